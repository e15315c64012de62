package nl.wmebv.crawler.detect.product;

/**
 * Why a page is a product page, with its names.
 *
 * @param name the page's own product name (title or h1)
 * @param uniformName the UPL uniform product name, or null when unknown
 * @param uplUri the UPL URI, or null when unknown
 * @param audience "particulier", "ondernemer", both comma-separated, or null
 * @param evidence the rule that decided it is a product (e.g. "meta:DCTERMS.type",
 *     "url:/producten/")
 */
public record ProductInfo(
    String name, String uniformName, String uplUri, String audience, String evidence) {}
