package nl.wmebv.service.db;

import java.time.LocalDate;

/**
 * One cluster's figures in one ISO week ({@link ExportDao#PROGRESS}); clusterId null: no cluster.
 */
public record WeekProgressRow(
    String isoWeek,
    LocalDate weekStart,
    Long clusterId,
    String clusterName,
    long inScope,
    long digital) {}
