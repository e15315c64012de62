package nl.wmebv.service.db;

/**
 * One change a crawl run made or saw on a product: the audit event ({@code product.created}, {@code
 * product.channel_changed}, {@code product.gone}) or, for what the observations show, null; the
 * values before and after (channel statuses, HTTP statuses or content hashes, by the query).
 */
public record CrawlChangeRow(
    String event, long productId, String name, String url, String fromValue, String toValue) {}
