package nl.wmebv.crawler.detect;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import nl.wmebv.crawler.fetch.AddressGuard;

/**
 * Checks that a digital channel's target answers: HEAD (GET where HEAD is refused with 403/405/501),
 * redirects followed by hand so every hop passes the crawler's {@link AddressGuard}; 4xx/5xx/timeout
 * is broken. Results are cached per target for the life of the checker (one crawl). Thread-safe.
 */
public final class ChannelChecker {
  private static final String AGENT = "WMEBV-channel-check/0.1 (+inventory of municipal e-services)";

  private final HttpClient client;
  private final AddressGuard guard;
  private final Duration timeout;
  private final int maxRedirects;
  private final UnaryOperator<URI> route;
  private final ConcurrentHashMap<String, CompletableFuture<ChannelCheck>> cache = new ConcurrentHashMap<>();

  /** A checker with the config's timeout, redirect limit and address policy. */
  public ChannelChecker(AnalysisConfig config) {
    this(config, UnaryOperator.identity());
  }

  /**
   * A checker that sends each request to {@code route.apply(url)} instead of the URL itself (tests route
   * every host to a local stub server); verdicts and final URLs stay in terms of the original URLs.
   */
  public ChannelChecker(AnalysisConfig config, UnaryOperator<URI> route) {
    this.timeout = config.checkTimeout();
    this.maxRedirects = config.maxRedirects();
    this.guard = new AddressGuard(config.allowPrivateAddresses());
    this.route = route;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(timeout).build();
  }

  /** The channel with its check, when it is a digital channel with a web target and not yet checked. */
  public Channel check(Channel channel) {
    if (channel.check() != null || !channel.type().digital() || !channel.target().startsWith("http")) {
      return channel;
    }
    return channel.withCheck(check(channel.target()));
  }

  /** Checks one URL (cached: the same form linked from ten pages is requested once). */
  public ChannelCheck check(String target) {
    String key = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
    CompletableFuture<ChannelCheck> mine = new CompletableFuture<>();
    CompletableFuture<ChannelCheck> prior = cache.putIfAbsent(key, mine);
    if (prior != null) {
      return prior.join();
    }
    try {
      mine.complete(request(key));
    } catch (RuntimeException e) {
      mine.complete(new ChannelCheck(false, 0, key, 0, "check failed: " + e));
    }
    return mine.join();
  }

  private ChannelCheck request(String target) {
    long start = System.nanoTime();
    URI uri;
    try {
      uri = URI.create(target);
    } catch (IllegalArgumentException e) {
      return new ChannelCheck(false, 0, target, 0, "invalid URL");
    }
    for (int hop = 0; ; hop++) {
      Optional<String> refused = guard.check(route.apply(uri));
      if (refused.isPresent()) {
        return new ChannelCheck(false, 0, uri.toString(), millis(start), refused.get());
      }
      HttpResponse<Void> response;
      try {
        response = send(uri, "HEAD");
        int s = response.statusCode();
        if (s == 403 || s == 405 || s == 501) {
          response = send(uri, "GET"); // many form platforms refuse HEAD but serve GET
        }
      } catch (HttpTimeoutException e) {
        return new ChannelCheck(false, 0, uri.toString(), millis(start), "timeout after " + timeout.toMillis() + " ms");
      } catch (IOException e) {
        return new ChannelCheck(false, 0, uri.toString(), millis(start), "no response: " + e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new ChannelCheck(false, 0, uri.toString(), millis(start), "interrupted");
      }
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (status >= 300 && status < 400 && location.isPresent()) {
        if (hop >= maxRedirects) {
          return new ChannelCheck(false, status, uri.toString(), millis(start), "more than " + maxRedirects + " redirects");
        }
        try {
          uri = uri.resolve(location.get().trim());
        } catch (IllegalArgumentException e) {
          return new ChannelCheck(false, status, uri.toString(), millis(start), "bad redirect location");
        }
        continue;
      }
      boolean ok = status >= 200 && status < 300;
      return new ChannelCheck(ok, status, uri.toString(), millis(start), ok ? null : "HTTP " + status);
    }
  }

  /**
   * Status and headers only: the request timeout covers the exchange up to the headers, and the body is never
   * read (closing its stream at once cancels the exchange), so a target that trickles its body one byte a second
   * costs at most the timeout instead of holding the crawl until it ends.
   */
  private HttpResponse<Void> send(URI uri, String method) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(route.apply(uri)).timeout(timeout)
        .header("User-Agent", AGENT).method(method, HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    response.body().close();
    return new StatusOnly(response);
  }

  /** A response whose body was not read. */
  private record StatusOnly(HttpResponse<InputStream> response) implements HttpResponse<Void> {
    @Override
    public int statusCode() {
      return response.statusCode();
    }

    @Override
    public HttpRequest request() {
      return response.request();
    }

    @Override
    public Optional<HttpResponse<Void>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return response.headers();
    }

    @Override
    public Void body() {
      return null;
    }

    @Override
    public Optional<javax.net.ssl.SSLSession> sslSession() {
      return response.sslSession();
    }

    @Override
    public URI uri() {
      return response.uri();
    }

    @Override
    public HttpClient.Version version() {
      return response.version();
    }
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
