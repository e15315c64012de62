package nl.wmebv.crawler.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import nl.wmebv.crawler.fetch.FetchResult;
import nl.wmebv.crawler.fetch.HttpFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads sitemaps (XML, text, RSS/Atom, gzip, indexes) with crawler-commons, with the limits its
 * parser lacks (issue #611): bytes per file before and after gunzip, number of files, number of
 * URLs. Sitemap trouble is logged and skipped, never fatal.
 */
public final class SitemapReader {
  private static final Logger LOG = LoggerFactory.getLogger(SitemapReader.class);

  /** The sitemap protocol allows 50 MB per file; a municipal site needs far less. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  public static final int MAX_SITEMAPS = 100;

  private final HttpFetcher fetcher;
  private final long delayMs;
  private final int maxUrls;

  /**
   * @param delayMs pause between sitemap requests (politeness)
   * @param maxUrls the most page URLs returned
   */
  public SitemapReader(HttpFetcher fetcher, long delayMs, int maxUrls) {
    this.fetcher = fetcher;
    this.delayMs = delayMs;
    this.maxUrls = maxUrls;
  }

  /**
   * Reads the given sitemaps and the indexes they lead to.
   *
   * @param allowed whether a sitemap URL may be fetched (same site)
   * @param stopped checked between files
   * @return page URLs, as written in the sitemaps, without duplicates
   */
  public List<String> read(List<URI> sitemaps, Predicate<URI> allowed, BooleanSupplier stopped) {
    return new ArrayList<>(readDated(sitemaps, allowed, stopped).keySet());
  }

  /**
   * The same, with each URL's {@code lastmod} (null where the sitemap gives none), in sitemap
   * order; a URL listed twice keeps its latest {@code lastmod}.
   */
  public Map<String, Instant> readDated(
      List<URI> sitemaps, Predicate<URI> allowed, BooleanSupplier stopped) {
    SiteMapParser parser =
        new SiteMapParser(false); // not strict: /sitemaps/a.xml may list /anything
    Deque<URI> todo = new ArrayDeque<>(sitemaps);
    Set<String> visited = new HashSet<>();
    Map<String, Instant> urls = new LinkedHashMap<>();
    int files = 0;
    while (!todo.isEmpty()
        && files < MAX_SITEMAPS
        && urls.size() < maxUrls
        && !stopped.getAsBoolean()) {
      URI sitemap = todo.poll();
      if (!visited.add(sitemap.toString()) || !allowed.test(sitemap)) {
        continue;
      }
      if (files++ > 0 && delayMs > 0) {
        sleep(delayMs);
      }
      try {
        AbstractSiteMap parsed = fetchAndParse(parser, sitemap);
        if (parsed == null) {
          continue;
        }
        if (parsed.isIndex()) {
          for (AbstractSiteMap child : ((SiteMapIndex) parsed).getSitemaps()) {
            todo.add(child.getUrl().toURI());
          }
        } else {
          for (SiteMapURL u : ((SiteMap) parsed).getSiteMapUrls()) {
            if (urls.size() >= maxUrls) {
              break;
            }
            Instant lastmod = u.getLastModified() == null ? null : u.getLastModified().toInstant();
            String url = u.getUrl().toString();
            putLatest(urls, url, lastmod);
          }
        }
      } catch (Exception e) {
        LOG.warn("sitemap {} skipped: {}", sitemap, e.toString());
      }
    }
    return urls;
  }

  /**
   * Records {@code url}'s {@code lastmod} in {@code urls}; a URL already there keeps the later of
   * the two, or null (unknown) when either is. ({@code Map.merge} cannot hold the null.)
   */
  public static void putLatest(Map<String, Instant> urls, String url, Instant lastmod) {
    if (!urls.containsKey(url)) {
      urls.put(url, lastmod);
      return;
    }
    Instant known = urls.get(url);
    urls.put(url, known == null || lastmod == null ? null : later(known, lastmod));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private AbstractSiteMap fetchAndParse(SiteMapParser parser, URI sitemap) throws Exception {
    FetchResult r = fetcher.fetch(sitemap, "GET", MAX_BYTES);
    if (!r.ok()) {
      if (r.status() != 404) {
        LOG.warn(
            "sitemap {} not read: {}",
            sitemap,
            r.error() != null ? r.error() : "HTTP " + r.status());
      }
      return null;
    }
    byte[] body = r.body();
    if (body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
      body = gunzip(body); // decompress ourselves: a gzip bomb must hit our limit, not the heap
    }
    String type = firstNonBlank(body) == '<' ? "text/xml" : "text/plain";
    return parser.parseSiteMap(type, body, r.finalUrl().toURL());
  }

  static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      int n;
      long total = 0;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > MAX_BYTES) {
          throw new IOException("gzipped sitemap larger than " + MAX_BYTES + " bytes unpacked");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static int firstNonBlank(byte[] b) {
    int i = 0;
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      i = 3;
    }
    for (; i < b.length; i++) {
      if (!Character.isWhitespace(b[i])) {
        return b[i];
      }
    }
    return -1;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
