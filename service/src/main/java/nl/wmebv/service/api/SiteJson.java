package nl.wmebv.service.api;

import java.util.List;

/**
 * A crawlable website of a municipality: its base URL, more hosts crawled with it and its URL
 * patterns.
 */
public record SiteJson(
    long id,
    String baseUrl,
    List<String> extraHosts,
    List<String> includePatterns,
    List<String> excludePatterns) {}
