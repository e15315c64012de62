package nl.wmebv.service.core.sc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import nl.wmebv.crawler.fetch.AddressGuard;
import nl.wmebv.crawler.fetch.FetchOptions;
import nl.wmebv.crawler.fetch.FetchResult;
import nl.wmebv.crawler.fetch.HttpFetcher;
import nl.wmebv.service.config.CrawlerSettings;
import nl.wmebv.service.config.ReferenceSettings;
import nl.wmebv.service.core.sc.FeedRejectedException.Kind;

/**
 * Fetches an SC feed over HTTP(S) with the crawler's {@link HttpFetcher}: one deadline for the
 * whole exchange (connect, headers and a body that may trickle), a size limit, and private and
 * loopback addresses refused on the URL and after each redirect, so a URL typed into the service
 * cannot reach the internal network.
 */
public class ScFeedFetcher {
  private static final int MAX_REDIRECTS = 5;

  private final Duration timeout;
  private final long maxBytes;
  private final HttpFetcher http;

  /**
   * The fetcher as configured: the crawler's address guard and user agent, the reference.* limits.
   */
  public static ScFeedFetcher of(CrawlerSettings crawler, ReferenceSettings reference) {
    return new ScFeedFetcher(
        new AddressGuard(crawler.isAllowPrivateAddresses()),
        Duration.ofSeconds(reference.getScFeedFetchTimeoutSeconds()),
        reference.scFeedMaxBytes(),
        crawler.getUserAgent());
  }

  public ScFeedFetcher(AddressGuard guard, Duration timeout, long maxBytes, String userAgent) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.http = new HttpFetcher(userAgent, timeout, MAX_REDIRECTS, guard);
  }

  /**
   * The feed's bytes; {@link FeedRejectedException} with a clear message when it cannot be fetched.
   */
  public byte[] fetch(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "'" + url + "' is not a valid URL");
    }
    if (uri.getScheme() == null
        || !uri.getScheme().matches("(?i)https?")
        || uri.getHost() == null) {
      throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "'" + url + "' is not an http(s) URL");
    }
    FetchResult r = http.fetch(uri, FetchOptions.of("GET", maxBytes));
    if (r.error() != null) {
      throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, message(r));
    }
    if (r.status() != 200) {
      throw new FeedRejectedException(
          Kind.NOT_ACCEPTABLE,
          "Cannot fetch the feed from " + r.finalUrl() + ": HTTP " + r.status());
    }
    return r.body();
  }

  private String message(FetchResult r) {
    String error = r.error();
    if (error.startsWith("timeout")) {
      return "Fetching the feed from "
          + r.finalUrl()
          + " timed out after "
          + timeout.toSeconds()
          + " s";
    }
    if (error.startsWith("body larger than")) {
      return "The feed at "
          + r.finalUrl()
          + " is larger than the limit of "
          + maxBytes / (1024 * 1024)
          + " MB";
    }
    if (error.startsWith("too many redirects")) {
      return "Fetching the feed from "
          + r.requestedUrl()
          + " took more than "
          + MAX_REDIRECTS
          + " redirects";
    }
    return "Cannot fetch the feed from " + r.finalUrl() + ": " + error;
  }

  /** Reads at most {@code max} bytes; null when there are more. */
  public static byte[] readLimited(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
