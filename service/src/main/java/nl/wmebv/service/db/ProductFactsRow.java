package nl.wmebv.service.db;

import java.util.List;

/**
 * A product (not gone) with its decisions, effective channel status and its page's analysis as JSON
 * text.
 */
public record ProductFactsRow(
    long id,
    String name,
    String clusterName,
    Boolean inScope,
    List<String> messageTypes,
    String channelStatus,
    String pageUrl,
    String analysis) {}
