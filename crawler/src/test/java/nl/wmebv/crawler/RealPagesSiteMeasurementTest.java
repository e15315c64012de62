package nl.wmebv.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.RealPages;
import nl.wmebv.crawler.detect.RealPages.Label;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.crawler.detect.StubForms;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.crawler.detect.upl.UplIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real pages of 102 municipalities ({@link RealPages}) as one site, crawled as a municipality's
 * site is: every page at its real path on one host (its own municipality's links pointing there), a
 * home page linking a plain list of all pages, each page with its own municipality's chrome. Unlike
 * the page-at-a-time measurement, the chrome model, the site's overviews and the crawl's own visits
 * take part. Prints precision, recall and status accuracy.
 */
class RealPagesSiteMeasurementTest {
  private final GeneratedSite site = new GeneratedSite();
  private final StubForms stubs = new StubForms();

  @RegisterExtension WireMockExtension wm = site.server();

  @AfterEach
  void stop() {
    stubs.close();
  }

  @Test
  void realPagesCrawledAsOneSite() throws IOException {
    String base = wm.baseUrl();
    Map<String, Label> byPath = new LinkedHashMap<>();
    Map<String, String> html = new LinkedHashMap<>();
    for (Label l : RealPages.labels()) {
      String path = pathOf(l, byPath);
      byPath.put(path, l);
      html.put(path, onSite(RealPages.html(l), l, base));
      for (String t : l.targetList()) {
        int eq = t.lastIndexOf('=');
        RealPages.serveTarget(
            stubs, URI.create(onSite(t.substring(0, eq), l, base)), t.substring(eq + 1));
      }
    }
    html.put(
        "/",
        "<html><head><title>Home</title></head><body><main><h1>Welkom</h1>"
            + "<p><a href=\"/alle-paginas\">Alle pagina's</a></p></main></body></html>");
    StringBuilder list =
        new StringBuilder(
            "<html><head><title>Alle pagina's</title></head><body><main>"
                + "<h1>Alle pagina's</h1><ul>");
    byPath.forEach(
        (path, l) ->
            list.append("<li><a href=\"")
                .append(path)
                .append("\">")
                .append(l.municipality())
                .append(": ")
                .append(path)
                .append("</a></li>"));
    html.put("/alle-paginas", list.append("</ul></main></body></html>").toString());
    site.serve(wm, html::get);

    Optional<java.nio.file.Path> uplFile = SharedTestData.optional("upl/UPL-actueel.csv");
    AnalysisConfig config =
        AnalysisConfig.defaults()
            .withChecks(true, Duration.ofSeconds(2))
            .withAllowPrivateAddresses(true)
            .withUpl(uplFile.isPresent() ? UplIndex.load(uplFile.get()) : null);
    SiteAnalyzer analyzer = new SiteAnalyzer(config, new ChannelChecker(config, stubs::route));
    TestCrawls.Collector c = new TestCrawls.Collector();
    new Crawler(TestCrawls.config(base + "/").build(), analyzer).run(c, null);
    Figures f = figures(byPath, c.byPath());
    System.out.println(f.report());
    // measured 2026-12-03: 107 of 107 crawled, 1.000 / 0.958 / 0.968, as page at a time (issue 13's
    // targets for
    // a site built from the real pages of 80+ municipalities: 0.95 / 0.95 / 0.90)
    assertThat(f.covered()).as(f.report()).isEqualTo(byPath.size());
    assertThat(f.precision()).as(f.report()).isGreaterThanOrEqualTo(0.97);
    assertThat(f.recall()).as(f.report()).isGreaterThanOrEqualTo(0.95);
    assertThat(f.status()).as(f.report()).isGreaterThanOrEqualTo(0.96);
  }

  /** The figures of the crawl with the misses, printed. */
  record Figures(double precision, double recall, double status, int covered, String report) {}

  private static Figures figures(Map<String, Label> labels, Map<String, PageRecord> crawled) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int products = 0;
    int statusRight = 0;
    int covered = 0;
    StringBuilder misses = new StringBuilder();
    for (Map.Entry<String, Label> e : labels.entrySet()) {
      Label l = e.getValue();
      PageRecord r = crawled.get(e.getKey());
      covered += r != null ? 1 : 0;
      PageAnalysis a = r == null ? null : r.analysis();
      boolean said = a != null && a.isProduct();
      tp += said && l.product() ? 1 : 0;
      fp += said && !l.product() ? 1 : 0;
      fn += !said && l.product() ? 1 : 0;
      if (said != l.product()) {
        misses
            .append("  product ")
            .append(l.file())
            .append(": expected ")
            .append(l.product())
            .append(r == null ? " (not crawled)" : "")
            .append('\n');
      }
      if (l.product()) {
        products++;
        if (a != null && l.status().equals(String.valueOf(a.channelStatus()))) {
          statusRight++;
        } else {
          misses
              .append("  status ")
              .append(l.file())
              .append(": expected ")
              .append(l.status())
              .append(", got ")
              .append(a == null ? null : a.channelStatus())
              .append('\n');
        }
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double status = (double) statusRight / products;
    return new Figures(
        precision,
        recall,
        status,
        covered,
        String.format(
            Locale.ROOT,
            """
        real pages as one site: %d pages (%d product pages), %d crawled
        product detection: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)
        channel status accuracy on product pages: %.3f (%d/%d)
        %s""",
            labels.size(),
            products,
            covered,
            precision,
            recall,
            tp,
            fp,
            fn,
            status,
            statusRight,
            products,
            misses));
  }

  /**
   * The page's real path and query, under its municipality's name where another page has the same
   * path.
   */
  private static String pathOf(Label l, Map<String, Label> taken) {
    URI u = URI.create(l.url());
    String path =
        (u.getRawPath().isEmpty() ? "/" : u.getRawPath())
            + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    return taken.containsKey(path)
        ? "/" + l.municipality().toLowerCase(Locale.ROOT).replace(' ', '-') + path
        : path;
  }

  /** Text with the page's own municipal host (with or without www) replaced by the site's. */
  private static String onSite(String text, Label l, String base) {
    String host = URI.create(l.url()).getHost();
    String bare = host.startsWith("www.") ? host.substring(4) : host;
    String out = text;
    for (String h : List.of("www." + bare, bare)) {
      out = out.replace("https://" + h, base).replace("http://" + h, base);
    }
    return out;
  }
}
