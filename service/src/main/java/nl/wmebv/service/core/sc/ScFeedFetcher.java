package nl.wmebv.service.core.sc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import nl.wmebv.crawler.fetch.AddressGuard;
import nl.wmebv.service.config.CrawlerSettings;
import nl.wmebv.service.config.ReferenceSettings;
import nl.wmebv.service.core.sc.FeedRejectedException.Kind;

/**
 * Fetches an SC feed over HTTP(S) with a timeout and a size limit, refusing private and loopback addresses
 * (also after each redirect), so a URL typed into the service cannot reach the internal network.
 */
public class ScFeedFetcher {
  private static final int MAX_REDIRECTS = 5;

  private final AddressGuard guard;
  private final Duration timeout;
  private final long maxBytes;
  private final String userAgent;
  private final HttpClient client;

  /** The fetcher as configured: the crawler's address guard and user agent, the reference.* limits. */
  public static ScFeedFetcher of(CrawlerSettings crawler, ReferenceSettings reference) {
    return new ScFeedFetcher(new AddressGuard(crawler.isAllowPrivateAddresses()),
        Duration.ofSeconds(reference.getScFeedFetchTimeoutSeconds()), reference.scFeedMaxBytes(),
        crawler.getUserAgent());
  }

  public ScFeedFetcher(AddressGuard guard, Duration timeout, long maxBytes, String userAgent) {
    this.guard = guard;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.userAgent = userAgent;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The feed's bytes; {@link FeedRejectedException} with a clear message when it cannot be fetched. */
  public byte[] fetch(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "'" + url + "' is not a valid URL");
    }
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Optional<String> refused = guard.check(uri);
      if (refused.isPresent()) {
        throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "Cannot fetch the feed from " + uri + ": "
            + refused.get());
      }
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent)
          .header("Accept", "application/xml, text/xml;q=0.9, */*;q=0.1").GET().build();
      HttpResponse<InputStream> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "Fetching the feed from " + uri + " timed out after "
            + timeout.toSeconds() + " s");
      } catch (IOException e) {
        throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "Cannot fetch the feed from " + uri + ": " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "Fetching the feed from " + uri + " was interrupted");
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
        close(response.body());
        uri = uri.resolve(response.headers().firstValue("Location").get());
        continue;
      }
      if (status != 200) {
        close(response.body());
        throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "Cannot fetch the feed from " + uri + ": HTTP "
            + status);
      }
      try (InputStream in = response.body()) {
        byte[] body = readLimited(in, maxBytes);
        if (body == null) {
          throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "The feed at " + uri + " is larger than the limit of "
              + maxBytes / (1024 * 1024) + " MB");
        }
        return body;
      } catch (IOException e) {
        throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "Reading the feed from " + uri + " failed: " + e);
      }
    }
    throw new FeedRejectedException(Kind.NOT_ACCEPTABLE, "Fetching the feed from " + url + " took more than "
        + MAX_REDIRECTS + " redirects");
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

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the response is abandoned anyway
    }
  }
}
