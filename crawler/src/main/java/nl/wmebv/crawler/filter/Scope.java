package nl.wmebv.crawler.filter;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which URLs belong to the crawl: the base host and its {@code www.} twin, extra hosts, and the
 * include/exclude regexes (searched in path plus query). Thread-safe.
 */
public final class Scope {
  private final Set<String> hosts = ConcurrentHashMap.newKeySet();
  private final List<Pattern> includes;
  private final List<Pattern> excludes;

  public Scope(
      URI base, Collection<String> extraHosts, List<String> includes, List<String> excludes) {
    addHost(base.getHost());
    extraHosts.forEach(this::addHost);
    this.includes = includes.stream().map(Pattern::compile).toList();
    this.excludes = excludes.stream().map(Pattern::compile).toList();
  }

  /** Adds a host (and its www. twin), e.g. where the base URL redirects to. */
  public void addHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    hosts.add(h);
    hosts.add(h.startsWith("www.") ? h.substring(4) : "www." + h);
  }

  /**
   * True when the URL's host is one of the site's hosts (also for canonical and redirect checks).
   */
  public boolean sameSite(URI uri) {
    String scheme = uri.getScheme();
    return uri.getHost() != null
        && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT))
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
  }

  /** True when the URL may be fetched: same site and the path patterns allow it. */
  public boolean allows(URI uri) {
    if (!sameSite(uri)) {
      return false;
    }
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    if (!includes.isEmpty() && includes.stream().noneMatch(p -> p.matcher(target).find())) {
      return false;
    }
    return excludes.stream().noneMatch(p -> p.matcher(target).find());
  }
}
