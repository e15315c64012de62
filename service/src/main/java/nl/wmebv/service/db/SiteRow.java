package nl.wmebv.service.db;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of the site table: one crawlable website of a municipality. */
public record SiteRow(
    long id,
    long municipalityId,
    String baseUrl,
    List<String> includePatterns,
    List<String> excludePatterns,
    List<String> extraHosts,
    OffsetDateTime createdAt) {}
