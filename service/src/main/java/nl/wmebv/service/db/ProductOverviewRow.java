package nl.wmebv.service.db;

/** A product with its page and cluster, for overviews. */
public record ProductOverviewRow(
    long id, String name, String uniformName, String clusterName, String detectedChannelStatus, String url,
    Integer httpStatus) {}
