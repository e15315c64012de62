package nl.wmebv.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;

/**
 * Fetches one URL over HTTP/1.1 and follows redirects itself (counted, loop-detected, every hop checked
 * by the {@link AddressGuard}), with a byte limit and a time limit per request. Never throws for network
 * trouble: every failure is a {@link FetchResult} with an English {@code error}. Thread-safe; share one.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  // closes a body stream that stalls past the deadline: the request timeout only covers the headers
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
  private static final long DRAIN_BYTES = 64 * 1024;

  private final HttpClient client;
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
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(timeout)
        .build();
  }

  /** The guard applied to every URL and hop. */
  public AddressGuard guard() {
    return guard;
  }

  /** Fetches with the given method (GET or HEAD), following allowed redirects, reading at most maxBytes. */
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
      Optional<String> refused = guard.check(current);
      if (refused.isPresent()) {
        return new FetchResult(uri, current, 0, null, null, hops, millis(start), refused.get());
      }
      FetchResult hop = fetchOnce(uri, current, options, hops, start);
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
        return new FetchResult(uri, next, hop.status(), hop.headers(), null, hops, millis(start),
            "redirect loop at " + next);
      }
      if (hops.size() >= maxRedirects) {
        return new FetchResult(uri, next, hop.status(), hop.headers(), null, hops, millis(start),
            "too many redirects (more than " + maxRedirects + ")");
      }
      // the caller's decision first: a redirect we would not follow anyway needs no DNS lookup
      if (!options.followHop().test(next)) {
        return new FetchResult(uri, next, hop.status(), hop.headers(), null, hops, millis(start), null);
      }
      Optional<String> nextRefused = guard.check(next);
      if (nextRefused.isPresent()) {
        return new FetchResult(uri, next, hop.status(), hop.headers(), null, hops, millis(start),
            nextRefused.get());
      }
      hops.add(next);
      current = next;
    }
  }

  private FetchResult fetchOnce(URI requested, URI current, FetchOptions options, List<URI> hops, long start) {
    HttpRequest.Builder request = HttpRequest.newBuilder(current)
        .timeout(timeout)
        .header("User-Agent", userAgent)
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        .method(options.method(), HttpRequest.BodyPublishers.noBody());
    options.headers().forEach(request::header);
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchResult(requested, current, 0, null, null, hops, millis(start), "interrupted");
    } catch (IOException | RuntimeException e) {
      String error = e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException)
          ? "timeout after " + timeout.toMillis() + " ms" : describe(e);
      return new FetchResult(requested, current, 0, null, null, hops, millis(start), error);
    }
    Map<String, List<String>> headers = new HashMap<>();
    response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    int status = response.statusCode();
    String type = FetchResult.mediaType(headers.getOrDefault("content-type", List.of("")).get(0));
    boolean wantBody = options.maxBytes() > 0 && !options.method().equals("HEAD")
        && status >= 200 && status < 300 && options.readBody().test(type);
    try (InputStream in = response.body()) {
      long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
      if (!wantBody) {
        if (declared >= 0 && declared <= DRAIN_BYTES && !options.method().equals("HEAD")) {
          // read a small redirect or error body to the end, so the connection can be reused
          readLimited(in, DRAIN_BYTES, Math.max(1, timeout.toMillis() - millis(start)));
        }
        return new FetchResult(requested, current, status, headers, null, hops, millis(start), null);
      }
      if (declared > options.maxBytes()) {
        return new FetchResult(requested, current, status, headers, null, hops, millis(start),
            "body larger than " + options.maxBytes() + " bytes");
      }
      long remaining = timeout.toMillis() - millis(start);
      byte[] body = readLimited(in, options.maxBytes(), Math.max(1, remaining));
      if (body == null) {
        return new FetchResult(requested, current, status, headers, null, hops, millis(start),
            "body larger than " + options.maxBytes() + " bytes");
      }
      return new FetchResult(requested, current, status, headers, body, hops, millis(start), null);
    } catch (BodyTimeout e) {
      return new FetchResult(requested, current, status, headers, null, hops, millis(start),
          "timeout after " + timeout.toMillis() + " ms while reading the body");
    } catch (IOException e) {
      return new FetchResult(requested, current, status, headers, null, hops, millis(start), describe(e));
    }
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "wmebv-fetch-watchdog");
      t.setDaemon(true);
      return t;
    });
    executor.setRemoveOnCancelPolicy(true); // thousands of cancelled 20 s timers must not pile up
    return executor;
  }

  /** Reads at most max bytes; null when the body is larger. */
  private static byte[] readLimited(InputStream in, long max, long timeoutMillis) throws IOException {
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
      timedOut.set(true);
      try {
        in.close();
      } catch (IOException ignored) {
        // closing is best effort; the reader sees an exception or EOF either way
      }
    }, timeoutMillis, TimeUnit.MILLISECONDS);
    try {
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
      if (timedOut.get()) {
        throw new BodyTimeout();
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (timedOut.get()) {
        throw new BodyTimeout();
      }
      throw e;
    } finally {
      watchdog.cancel(false);
    }
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
    return new FetchResult(r.requestedUrl(), r.finalUrl(), r.status(), r.headers(), null, r.redirects(),
        millis(start), error);
  }

  static String describe(Exception e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof HttpConnectTimeoutException) {
      return "connect timeout";
    }
    if (e instanceof HttpTimeoutException) {
      return "timeout: " + msg;
    }
    if (e instanceof SSLException || e.getCause() instanceof SSLException) {
      return "TLS error: " + msg;
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof java.nio.channels.UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
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

  /** Nothing to release (the JDK 17 HttpClient has no close); kept so callers can use try-with-resources. */
  @Override
  public void close() {}

  private static final class BodyTimeout extends IOException {
    BodyTimeout() {
      super("body read timed out");
    }
  }
}
