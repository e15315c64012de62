package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmebv.crawler.detect.PageAnalyzer;

/** Helpers for crawls against WireMock: fast test configs, HTML stubs, collected records. */
public final class TestCrawls {
  private TestCrawls() {}

  /**
   * A fast configuration for a site on loopback: no delay, private addresses allowed, short
   * timeout.
   */
  public static CrawlConfigBuilder config(String baseUrl) {
    return CrawlConfig.defaults(URI.create(baseUrl)).toBuilder()
        .threads(3)
        .allowPrivateAddresses(true)
        .requestTimeout(Duration.ofSeconds(2))
        .benchMode();
  }

  /** Stubs an HTML page (UTF-8) at the path. */
  public static void page(WireMockExtension wm, String path, String title, String body) {
    wm.stubFor(
        get(urlEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(
                        "<!doctype html><html><head><title>"
                            + title
                            + "</title></head><body>"
                            + body
                            + "</body></html>")));
  }

  /** Builds links to the given paths. */
  public static String links(String... paths) {
    StringBuilder sb = new StringBuilder();
    for (String p : paths) {
      sb.append("<a href=\"").append(p).append("\">").append(p).append("</a>\n");
    }
    return sb.toString();
  }

  /** A listener that keeps every record. */
  public static final class Collector implements CrawlListener {
    public final List<PageRecord> pages = Collections.synchronizedList(new ArrayList<>());
    public final List<CrawlProgress> progress = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onPage(PageRecord page) {
      pages.add(page);
    }

    @Override
    public void onProgress(CrawlProgress p) {
      progress.add(p);
    }

    /** Records by URL path (query included). */
    public Map<String, PageRecord> byPath() {
      synchronized (pages) {
        return pages.stream()
            .collect(Collectors.toMap(p -> pathOf(p.url()), Function.identity(), (a, b) -> a));
      }
    }
  }

  /** The path and query of a URL. */
  public static String pathOf(String url) {
    URI u = URI.create(url);
    return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  /** Runs a crawl and returns the collector. */
  public static Collector crawl(CrawlConfig config) {
    Collector c = new Collector();
    new Crawler(config, PageAnalyzer.NONE).run(c, null);
    return c;
  }
}
