package nl.wmebv.service.db;

/**
 * One cluster's counts in the export's summary ({@link ExportDao#SUMMARY}); clusterId null: no
 * cluster.
 */
public record ClusterSummaryRow(
    Long clusterId,
    String clusterName,
    long products,
    long inScope,
    long digital,
    long actionsOpen,
    long actionsInProgress,
    long actionsDone,
    long textNotReviewed,
    long textNeedsRewriting,
    long textRewritten,
    long textApproved) {}
