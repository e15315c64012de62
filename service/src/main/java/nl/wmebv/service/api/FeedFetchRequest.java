package nl.wmebv.service.api;

/** Body of POST /api/municipalities/{id}/sc-feed/fetch: the feed URL, or null for the one used last time. */
public record FeedFetchRequest(String url) {}
