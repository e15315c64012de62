package nl.wmebv.crawler.detect.channel;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.crawler.fetch.AddressGuard;
import nl.wmebv.crawler.fetch.FetchOptions;
import nl.wmebv.crawler.fetch.FetchResult;
import nl.wmebv.crawler.fetch.HttpFetcher;

/**
 * Visits a channel's target to see that it answers and what it is: one bounded GET per target and
 * crawl (a deadline for the whole exchange, a body cap, redirects followed by hand so every hop
 * passes the crawler's {@link AddressGuard}), then {@link TargetClassifier} says whether it is a
 * login gate, a web form, an appointment system, a document, a calculator or an information page.
 * 4xx/5xx, no answer, a redirect loop, a private address or a demand for a client certificate is
 * broken, with the reason in Dutch. Thread-safe.
 */
public final class ChannelChecker {
  private static final String AGENT =
      "WMEBV-channel-check/0.1 (+inventory of municipal e-services)";

  /**
   * Enough of any real form page to classify it; a larger page is reachable but left unclassified.
   */
  private static final long MAX_BODY = 1 << 20;

  private final HttpFetcher http;
  private final AddressGuard guard;
  private final Duration timeout;
  private final int maxRedirects;
  private final UnaryOperator<URI> route;
  private final ConcurrentHashMap<String, CompletableFuture<ChannelCheck>> cache =
      new ConcurrentHashMap<>();

  /**
   * Hosts where a visit found a login gate or a web form, or that the SC feed names: the
   * municipality's forms.
   */
  private final java.util.Set<String> formHosts = ConcurrentHashMap.newKeySet();

  /** A checker with the config's timeout, redirect limit and address policy. */
  public ChannelChecker(AnalysisConfig config) {
    this(config, UnaryOperator.identity());
  }

  /**
   * A checker that sends each request to {@code route.apply(url)} instead of the URL itself (tests
   * route every host to a local stub server); verdicts and final URLs stay in terms of the original
   * URLs.
   */
  public ChannelChecker(AnalysisConfig config, UnaryOperator<URI> route) {
    this.timeout = config.checkTimeout();
    this.maxRedirects = config.maxRedirects();
    this.guard = new AddressGuard(config.allowPrivateAddresses());
    this.route = route;
    this.http = new HttpFetcher(AGENT, timeout, 1, guard);
  }

  /**
   * The channel with its check, when it is a digital channel with a web target and not yet checked.
   */
  public Channel check(Channel channel) {
    if (channel.check() != null
        || !channel.type().digital()
        || !channel.target().startsWith("http")) {
      return channel;
    }
    return channel.withCheck(check(channel.target()));
  }

  /** Visits one URL (cached: the same form linked from ten pages is requested once). */
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
      mine.complete(broken(0, key, 0, "check failed: " + e, "Controle mislukt"));
    }
    ChannelCheck done = mine.join();
    if (done.ok() && done.found() != null && done.found().channel()) {
      formHosts.add(host(key));
    }
    return done;
  }

  /**
   * Tells the checker the municipality's form hosts known beforehand (the SC feed's aanvraagURLs).
   */
  public void knowFormHosts(java.util.Collection<String> hosts) {
    hosts.stream()
        .filter(h -> h != null && !h.isBlank())
        .map(h -> h.toLowerCase(java.util.Locale.ROOT))
        .forEach(formHosts::add);
  }

  /**
   * True when the URL is on a host where forms of this municipality live (learned by visits, or
   * from the feed).
   */
  public boolean onFormHost(String url) {
    return formHosts.contains(host(url));
  }

  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "" : h.toLowerCase(java.util.Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private ChannelCheck request(String target) {
    long start = System.nanoTime();
    URI uri;
    try {
      uri = URI.create(target);
    } catch (IllegalArgumentException e) {
      return broken(0, target, 0, "invalid URL", "Ongeldig adres");
    }
    Set<String> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!visited.add(uri.toString())) {
        return broken(
            0,
            uri.toString(),
            millis(start),
            "redirect loop: the redirects come back to " + uri,
            "Doorverwijzingslus");
      }
      Optional<String> refused = guard.check(route.apply(uri));
      if (refused.isPresent()) {
        return broken(0, uri.toString(), millis(start), refused.get(), "Intern adres geweigerd");
      }
      FetchResult r =
          http.fetch(
              route.apply(uri),
              new FetchOptions(
                  "GET", MAX_BODY, Map.of(), next -> false, TargetClassifier::readable));
      if (r.error() != null && r.error().startsWith("body larger")) {
        return new ChannelCheck(
            true,
            r.status(),
            uri.toString(),
            millis(start),
            null,
            TargetKind.INFO_PAGE,
            "Pagina te groot om te beoordelen");
      }
      if (r.error() != null) {
        return failed(uri, r.error(), millis(start));
      }
      int status = r.status();
      String location = r.header("location");
      if (status >= 300 && status < 400 && location != null) {
        if (hop >= maxRedirects) {
          return broken(
              status,
              uri.toString(),
              millis(start),
              "more than " + maxRedirects + " redirects",
              "Meer dan " + maxRedirects + " doorverwijzingen");
        }
        try {
          uri = uri.resolve(location.trim());
        } catch (IllegalArgumentException e) {
          return broken(
              status,
              uri.toString(),
              millis(start),
              "bad redirect location",
              "Ongeldige doorverwijzing");
        }
        TargetClassifier.Found login = TargetClassifier.nationalLogin(uri);
        if (login != null) {
          // the form sends its visitor to DigiD or eHerkenning: that says it all, and their login
          // pages are
          // national infrastructure we do not load for every form of every municipality
          return new ChannelCheck(
              true, status, uri.toString(), millis(start), null, login.kind(), login.reason());
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        return broken(
            status,
            uri.toString(),
            millis(start),
            "HTTP " + status,
            "Antwoordt met foutcode " + status);
      }
      TargetClassifier.Found found = TargetClassifier.classify(uri, r.contentType(), html(r));
      return new ChannelCheck(
          true, status, uri.toString(), millis(start), null, found.kind(), found.reason());
    }
  }

  private ChannelCheck failed(URI uri, String error, long millis) {
    String lower = error.toLowerCase(java.util.Locale.ROOT);
    String reason =
        lower.startsWith("timeout") || lower.contains("connect timeout")
            ? "Geen antwoord binnen " + timeout.toSeconds() + " s"
            : lower.contains("certificate") || lower.contains("handshake")
                ? "Vraagt om een clientcertificaat of" + " weigert de beveiligde verbinding"
                : lower.contains("unknown host")
                    ? "Het adres bestaat niet (onbekende host)"
                    : "Geen antwoord (" + error + ")";
    return broken(
        0,
        uri.toString(),
        millis,
        error.startsWith("timeout")
            ? "timeout after " + timeout.toMillis() + " ms"
            : "no response: " + error,
        reason);
  }

  private static ChannelCheck broken(
      int status, String url, long millis, String error, String reason) {
    return new ChannelCheck(false, status, url, millis, error, TargetKind.BROKEN, reason);
  }

  private static String html(FetchResult r) {
    if (r.body() == null) {
      return null;
    }
    return new String(r.body(), r.headerCharset().orElse(StandardCharsets.UTF_8));
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
