package nl.wmebv.service.db;

/**
 * A SC feed record ready to store: the feed's values with the page URL normalized (bound by name).
 */
public record FeedItem(
    String url,
    String name,
    String uniformName,
    String uplUri,
    String[] uplUris,
    String audience,
    String title,
    String abstractText,
    String[] subjects,
    String online,
    String aanvraagUrl) {}
