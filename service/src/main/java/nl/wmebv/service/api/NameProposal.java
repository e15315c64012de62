package nl.wmebv.service.api;

/**
 * A uniform product name proposed for a product without one, by matching its title to the UPL.
 *
 * @param name the uniform product name
 * @param uri its UPL URI
 * @param confidence 0..1 (1 when the title without verbs like "aanvragen" equals the name)
 * @param matchedTitle the title that was matched
 */
public record NameProposal(String name, String uri, double confidence, String matchedTitle) {}
