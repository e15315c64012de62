package nl.wmebv.service.db;

import java.util.List;

/**
 * A product a channel is designated for, with the message types of that designation and, for
 * display, the product's name, cluster, own message types, the organ a person chose for it (or
 * null) and its uniform name.
 */
public record DesignatedProductRow(
    long channelId,
    long productId,
    String productName,
    String clusterName,
    List<String> messageTypes,
    List<String> productMessageTypes,
    String organ,
    String uniformName) {}
