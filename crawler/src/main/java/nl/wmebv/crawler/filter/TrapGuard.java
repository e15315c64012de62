package nl.wmebv.crawler.filter;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies {@link TrapLimits} to URLs the crawler has not seen yet: static rules (length, depth, repeated
 * segments, parameter count) and a counter of distinct queries per path. Thread-safe; call
 * {@link #admit} once per new URL, since it counts.
 */
public final class TrapGuard {
  private final TrapLimits limits;
  private final Map<String, AtomicInteger> queriesPerPath = new ConcurrentHashMap<>();

  public TrapGuard(TrapLimits limits) {
    this.limits = limits;
  }

  /** Empty when the URL may enter the frontier (and counts it), else the rule that refused it. */
  public Optional<String> admit(URI uri) {
    Optional<String> rule = check(uri);
    if (rule.isPresent()) {
      return rule;
    }
    if (uri.getRawQuery() != null) {
      String key = uri.getHost() + uri.getRawPath();
      int n = queriesPerPath.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      if (n > limits.maxUrlsPerPath()) {
        return Optional.of("more than " + limits.maxUrlsPerPath() + " query variants of " + uri.getRawPath());
      }
    }
    return Optional.empty();
  }

  /** The static rules only; counts nothing. */
  public Optional<String> check(URI uri) {
    String s = uri.toString();
    if (s.length() > limits.maxUrlLength()) {
      return Optional.of("URL longer than " + limits.maxUrlLength() + " characters");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String[] segments = path.split("/");
    Map<String, Integer> counts = new HashMap<>();
    int depth = 0;
    for (String segment : segments) {
      if (segment.isEmpty()) {
        continue;
      }
      depth++;
      if (counts.merge(segment, 1, Integer::sum) > limits.maxRepeatedSegment()) {
        return Optional.of("path segment '" + segment + "' repeated more than " + limits.maxRepeatedSegment()
            + " times");
      }
    }
    if (depth > limits.maxPathDepth()) {
      return Optional.of("path deeper than " + limits.maxPathDepth() + " segments");
    }
    String query = uri.getRawQuery();
    if (query != null && query.split("&").length > limits.maxQueryParams()) {
      return Optional.of("more than " + limits.maxQueryParams() + " query parameters");
    }
    return Optional.empty();
  }
}
