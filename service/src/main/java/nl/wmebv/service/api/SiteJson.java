package nl.wmebv.service.api;

import java.util.List;

/** A crawlable website of a municipality. */
public record SiteJson(long id, String baseUrl, List<String> includePatterns, List<String> excludePatterns) {}
