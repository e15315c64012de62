package nl.wmebv.service.db;

/**
 * The full set of a person's decisions on a product, as written by {@link
 * ProductDecisionDao#update}. {@code reviewed} clears the new/needs-review flags and the review
 * reason; {@code organ} is the person's choice; {@code ownerEmail} who is told of a channel that
 * broke or recovered.
 */
public record ProductDecisions(
    Long clusterId,
    boolean clusterSetByPerson,
    Boolean inScope,
    String[] messageTypes,
    String channelStatusOverride,
    String textStatus,
    String notes,
    boolean reviewed,
    String organ,
    String ownerEmail) {}
