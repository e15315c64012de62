package nl.wmebv.service.core.sc;

/**
 * One difference between a product's SC feed declaration and what the crawl found.
 *
 * @param productId the product
 * @param productName its name
 * @param code the rule's code, e.g. FEED_SAYS_NO_BUT_DIGITAL
 * @param label the Dutch label for the web view
 * @param message an English explanation with the specifics
 * @param feedPageUrl the page URL the feed declares
 * @param feedOnlineAanvragen the feed's onlineAanvragen
 * @param feedAanvraagUrl the feed's aanvraagURL
 * @param channelStatus the product's effective channel status
 */
public record Discrepancy(
    long productId,
    String productName,
    String code,
    String label,
    String message,
    String feedPageUrl,
    String feedOnlineAanvragen,
    String feedAanvraagUrl,
    String channelStatus) {}
