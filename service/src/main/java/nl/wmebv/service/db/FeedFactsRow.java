package nl.wmebv.service.db;

/**
 * A feed product with what the crawl knows of its page: its own page, or else the municipality's
 * crawled page with the feed URL.
 */
public record FeedFactsRow(
    long id,
    String name,
    String feedPageUrl,
    String feedOnlineAanvragen,
    String feedAanvraagUrl,
    String detectedChannelStatus,
    String channelStatusOverride,
    Long pageId,
    String pageUrl,
    Integer pageHttpStatus,
    String pageChannelStatus,
    String pageAnalysis) {}
