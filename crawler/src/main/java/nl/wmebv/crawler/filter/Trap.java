package nl.wmebv.crawler.filter;

/**
 * A URL pattern the crawl recognised as a trap, to keep (a re-crawl need not walk it again).
 *
 * @param pattern host, path and query with each date as {@code {date}}, e.g. {@code
 *     g.nl/agenda?maand={date}}
 * @param reason why, in English
 * @param refused URLs of the pattern that were not fetched
 */
public record Trap(String pattern, String reason, int refused) {}
