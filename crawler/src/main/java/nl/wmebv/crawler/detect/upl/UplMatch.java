package nl.wmebv.crawler.detect.upl;

/**
 * A page title matched to a UPL product.
 *
 * @param entry the matched product
 * @param confidence 0..1; 1 when the title, stripped of verbs such as "aanvragen", equals the
 *     uniform name
 */
public record UplMatch(UplEntry entry, double confidence) {}
