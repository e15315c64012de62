package nl.wmebv.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one URL over HTTP/1.1 and follows redirects itself (counted, loop-detected, every hop
 * checked by the {@link AddressGuard} and connected to the very address it checked), with a byte
 * limit and one deadline per fetch for the whole exchange. Never throws for network trouble: every
 * failure is a {@link FetchResult} with an English {@code error}. Thread-safe; share one.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  // aborts an exchange that runs past its deadline (headers or a body that trickle)
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
  private static final long DRAIN_BYTES = 64 * 1024;

  private final RequestConfig requestConfig;
  private final String userAgent;
  private final Duration timeout;
  private final int maxRedirects;
  private final AddressGuard guard;

  /**
   * @param userAgent the User-Agent header value
   * @param timeout the time limit per request (connect, headers and body)
   * @param maxRedirects the most redirects followed per fetch
   * @param guard refuses private addresses on the first URL and on every hop
   */
  public HttpFetcher(String userAgent, Duration timeout, int maxRedirects, AddressGuard guard) {
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.maxRedirects = maxRedirects;
    this.guard = guard;
    this.requestConfig = requestConfig(timeout);
  }

  @SuppressWarnings(
      "deprecation") // the per-request connect timeout still works; the pool is shared by all
  // timeouts
  private static RequestConfig requestConfig(Duration timeout) {
    Timeout limit = Timeout.ofMilliseconds(timeout.toMillis());
    return RequestConfig.custom()
        .setRedirectsEnabled(false)
        .setConnectTimeout(limit)
        .setConnectionRequestTimeout(limit)
        .setResponseTimeout(limit)
        .build();
  }

  /** The guard applied to every URL and hop. */
  public AddressGuard guard() {
    return guard;
  }

  /**
   * Fetches with the given method (GET or HEAD), following allowed redirects, reading at most
   * maxBytes.
   */
  public FetchResult fetch(URI uri, String method, long maxBytes) {
    return fetch(uri, FetchOptions.of(method, maxBytes));
  }

  /** Fetches with full options (conditional headers, hop and body decisions). */
  public FetchResult fetch(URI uri, FetchOptions options) {
    long start = System.nanoTime();
    List<URI> hops = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    URI current = uri;
    visited.add(current.toString());
    while (true) {
      AddressGuard.Resolution checked = guard.resolve(current);
      if (!checked.allowed()) {
        return new FetchResult(uri, current, 0, null, null, hops, millis(start), checked.refusal());
      }
      FetchResult hop = fetchOnce(uri, current, checked.address(), options, hops, start);
      if (hop.error() != null || !REDIRECTS.contains(hop.status())) {
        return hop;
      }
      String location = hop.header("location");
      if (location == null || location.isBlank()) {
        return withError(hop, "redirect " + hop.status() + " without Location header", start);
      }
      URI next;
      try {
        next = resolve(current, location.trim());
      } catch (IllegalArgumentException e) {
        return withError(hop, "invalid redirect location: " + location, start);
      }
      if (!visited.add(next.toString())) {
        return new FetchResult(
            uri,
            next,
            hop.status(),
            hop.headers(),
            null,
            hops,
            millis(start),
            "redirect loop at " + next);
      }
      if (hops.size() >= maxRedirects) {
        return new FetchResult(
            uri,
            next,
            hop.status(),
            hop.headers(),
            null,
            hops,
            millis(start),
            "too many redirects (more than " + maxRedirects + ")");
      }
      // the caller's decision first: a redirect we would not follow anyway needs no DNS lookup
      if (!options.followHop().test(next)) {
        return new FetchResult(
            uri, next, hop.status(), hop.headers(), null, hops, millis(start), null);
      }
      hops.add(next);
      current = next;
    }
  }

  private FetchResult fetchOnce(
      URI requested,
      URI current,
      InetAddress address,
      FetchOptions options,
      List<URI> hops,
      long start) {
    HttpUriRequestBase request = new HttpUriRequestBase(options.method(), current);
    request.setConfig(requestConfig);
    request.setHeader("User-Agent", userAgent);
    request.setHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    options.headers().forEach(request::setHeader);
    // one deadline for the whole exchange: connect, headers that may trickle, and the body
    AtomicBoolean timedOut = new AtomicBoolean();
    long left = Math.max(1, timeout.toMillis() - millis(start));
    ScheduledFuture<?> deadline =
        WATCHDOG.schedule(
            () -> {
              timedOut.set(true);
              request.cancel();
            },
            left,
            TimeUnit.MILLISECONDS);
    ClassicHttpResponse response = null;
    try {
      response = SharedHttpClient.CLIENT.executeOpen(target(current, address), request, null);
      return read(requested, current, options, hops, start, request, response, timedOut);
    } catch (IOException | RuntimeException e) {
      String error =
          timedOut.get() || e instanceof SocketTimeoutException
              ? "timeout after " + timeout.toMillis() + " ms"
              : describe(e);
      return new FetchResult(requested, current, 0, null, null, hops, millis(start), error);
    } finally {
      deadline.cancel(false);
      closeQuietly(response);
    }
  }

  // a response is either read to its end (the connection goes back to the pool) or its exchange was
  // cancelled
  // (the connection is dropped), so closing reads nothing more; what a dropped connection throws is
  // no news
  private static void closeQuietly(ClassicHttpResponse response) {
    if (response == null) {
      return;
    }
    try {
      response.close();
    } catch (IOException | RuntimeException ignored) {
      // the exchange's result is already decided
    }
  }

  /**
   * The target host: the name (for the Host header, SNI and the certificate) at the address the
   * guard checked.
   */
  private static HttpHost target(URI uri, InetAddress address) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    String host = uri.getHost();
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return new HttpHost(scheme, address, bare, port);
  }

  private FetchResult read(
      URI requested,
      URI current,
      FetchOptions options,
      List<URI> hops,
      long start,
      HttpUriRequestBase request,
      ClassicHttpResponse response,
      AtomicBoolean timedOut) {
    Map<String, List<String>> headers = new HashMap<>();
    for (Header h : response.getHeaders()) {
      headers
          .computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(h.getValue());
    }
    int status = response.getCode();
    String type = FetchResult.mediaType(headers.getOrDefault("content-type", List.of("")).get(0));
    boolean wantBody =
        options.maxBytes() > 0
            && !options.method().equals("HEAD")
            && status >= 200
            && status < 300
            && options.readBody().test(type);
    HttpEntity entity = response.getEntity();
    long declared = firstLong(headers.get("content-length"));
    try {
      if (!wantBody || entity == null) {
        if (entity == null) {
          // HEAD, 204, 304: nothing to read, the connection is reusable
        } else if (declared >= 0 && declared <= DRAIN_BYTES) {
          // read a small redirect or error body to the end, so the connection can be reused
          readLimited(entity.getContent(), DRAIN_BYTES);
        } else {
          request.cancel(); // closing would read an unknown or large body to its end: drop the
          // connection
        }
        return new FetchResult(
            requested, current, status, headers, null, hops, millis(start), null);
      }
      if (declared > options.maxBytes()) {
        request.cancel();
        return new FetchResult(
            requested,
            current,
            status,
            headers,
            null,
            hops,
            millis(start),
            "body larger than " + options.maxBytes() + " bytes");
      }
      byte[] body = readLimited(entity.getContent(), options.maxBytes());
      if (body == null) {
        request.cancel();
        return new FetchResult(
            requested,
            current,
            status,
            headers,
            null,
            hops,
            millis(start),
            "body larger than " + options.maxBytes() + " bytes");
      }
      return new FetchResult(requested, current, status, headers, body, hops, millis(start), null);
    } catch (IOException | RuntimeException e) {
      request.cancel();
      String error =
          timedOut.get()
              ? "timeout after " + timeout.toMillis() + " ms while reading the body"
              : describe(e);
      return new FetchResult(requested, current, status, headers, null, hops, millis(start), error);
    }
  }

  private static long firstLong(List<String> values) {
    if (values == null || values.isEmpty()) {
      return -1;
    }
    try {
      return Long.parseLong(values.get(0).trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "wmebv-fetch-watchdog");
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true); // thousands of cancelled 20 s timers must not pile up
    return executor;
  }

  /**
   * Reads at most max bytes; null when the body is larger. The exchange's deadline closes a stalled
   * stream.
   */
  private static byte[] readLimited(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static URI resolve(URI base, String location) {
    try {
      return base.resolve(new URI(location)).normalize();
    } catch (java.net.URISyntaxException e) {
      // servers send spaces and non-ASCII in Location; encode the usual offenders and retry
      String encoded = location.replace(" ", "%20").replace("|", "%7C").replace("\"", "%22");
      return base.resolve(URI.create(encoded)).normalize();
    }
  }

  private static FetchResult withError(FetchResult r, String error, long start) {
    return new FetchResult(
        r.requestedUrl(),
        r.finalUrl(),
        r.status(),
        r.headers(),
        null,
        r.redirects(),
        millis(start),
        error);
  }

  static String describe(Exception e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof ConnectTimeoutException) {
      return "connect timeout";
    }
    if (e instanceof SocketTimeoutException) {
      return "timeout: " + msg;
    }
    if (e instanceof SSLException || e.getCause() instanceof SSLException) {
      return "TLS error: " + msg;
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof java.nio.channels.UnresolvedAddressException
        || e instanceof java.net.UnknownHostException) {
      return "unknown host";
    }
    if (e instanceof IllegalArgumentException) {
      return "invalid URL: " + msg;
    }
    return "I/O error: " + msg;
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * Nothing to release (the connection pool is shared by the process); kept for try-with-resources.
   */
  @Override
  public void close() {}
}
