package nl.wmebv.service.db;

import java.time.LocalDate;

/** An action joined to its product and cluster, as the municipality's action list reads it. */
public record ActionListRow(
    long id,
    long productId,
    String productName,
    Long clusterId,
    String clusterName,
    String type,
    String description,
    String owner,
    LocalDate deadline,
    String status,
    boolean overdue,
    int version) {}
