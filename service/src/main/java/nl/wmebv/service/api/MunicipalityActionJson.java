package nl.wmebv.service.api;

import java.time.LocalDate;

/**
 * An action in the municipality's list: the action with its product and cluster. {@code overdue}:
 * the deadline is before today in the Netherlands and the action is not done.
 */
public record MunicipalityActionJson(
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
