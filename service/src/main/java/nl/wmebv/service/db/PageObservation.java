package nl.wmebv.service.db;

/** What one crawl saw of one URL, as stored by {@link PageDao#upsert}. */
public record PageObservation(
    String url,
    String finalUrl,
    int httpStatus,
    String contentType,
    String title,
    int depth,
    String contentHash,
    String etag,
    String lastModified,
    String error,
    boolean isProduct,
    String channelStatus,
    String analysis) {}
