package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.wmebv.crawler.UnseenCmsSites.Product;
import nl.wmebv.crawler.UnseenCmsSites.Scenario;
import nl.wmebv.crawler.UnseenCmsSites.Site;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.crawler.detect.StubForms;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelChecker;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Crawls the five {@link UnseenCmsSites} with the real crawler, page analysis and channel visits,
 * and prints per site what issue 13 measures: product precision and recall, channel status
 * accuracy, broken channels caught, chrome channels taken for a product's, coverage, site requests
 * per product page, visits, calendar fetches. Written to target/unseen-cms-measurement.txt for
 * bench/README.md.
 */
class UnseenCmsMeasurementTest {
  private static final int PRODUCTS = 60;
  private static final Pattern CALENDAR = Pattern.compile(".*(maand=|/evenementen/).*");
  private static final String FORM =
      "<html><head><title>Aanvraag</title></head><body><h1>Aanvraag</h1><form "
          + "method=\"post\" action=\"verzenden\"><label>Naam <input name=\"naam\"></label><label>Toelichting "
          + "<textarea name=\"toelichting\"></textarea></label><button type=\"submit\">Verzenden</button></form>"
          + "</body></html>";
  private static final String APPOINTMENT =
      "<html><head><title>Afspraak maken</title></head><body><h1>Afspraak "
          + "maken</h1><p>Kies een datum en een tijd.</p></body></html>";

  private final GeneratedSite site = new GeneratedSite();
  private final StubForms stubs = new StubForms();

  @RegisterExtension WireMockExtension wm = site.server();

  @AfterEach
  void stop() {
    stubs.close();
  }

  /** The figures of one site. */
  record Figures(
      String style,
      int tp,
      int fp,
      int fn,
      int statusRight,
      int products,
      int brokenCaught,
      int broken,
      int chrome,
      int covered,
      int siteRequests,
      int visits,
      int calendar,
      String misses) {
    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double status() {
      return (double) statusRight / products;
    }

    double requestsPerProduct() {
      return (double) siteRequests / products;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%-11s P %.3f R %.3f status %.3f (%d/%d) broken %d/%d chrome %d "
              + "coverage %.3f site requests/product page %.2f visits %d calendar %d",
          style,
          precision(),
          recall(),
          status(),
          statusRight,
          products,
          brokenCaught,
          broken,
          chrome,
          (double) covered / products,
          requestsPerProduct(),
          visits,
          calendar);
    }
  }

  @Test
  void fiveUnseenCmsStyles() throws IOException {
    StringBuilder report =
        new StringBuilder(
            "unseen CMS sites: 5 styles x "
                + PRODUCTS
                + " real SC product names (3 query-routed)\n");
    List<Figures> all = new ArrayList<>();
    for (Site s : UnseenCmsSites.all(PRODUCTS)) {
      Figures f = crawl(s);
      all.add(f);
      report.append(f.line()).append('\n').append(f.misses());
    }
    System.out.println(report);
    Path out = Path.of("target", "unseen-cms-measurement.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    for (Figures f : all) {
      assertThat(f.precision()).as(f.line()).isGreaterThanOrEqualTo(0.97);
      assertThat(f.recall()).as(f.line()).isGreaterThanOrEqualTo(0.97);
      assertThat(f.status()).as(f.line()).isGreaterThanOrEqualTo(0.95);
      assertThat(f.brokenCaught()).as(f.line()).isEqualTo(f.broken());
      assertThat(f.chrome()).as(f.line()).isZero();
      assertThat(f.covered()).as(f.line()).isEqualTo(f.products());
      assertThat(f.requestsPerProduct()).as(f.line()).isLessThanOrEqualTo(1.5);
      assertThat(f.calendar()).as(f.line()).isLessThanOrEqualTo(40);
    }
  }

  private Figures crawl(Site s) {
    wm.resetAll();
    stubs.server.resetRequests();
    String base = wm.baseUrl();
    site.serve(
        wm,
        url -> {
          String html = s.page(url);
          return html == null ? null : html.replace("<loc>BASE", "<loc>" + base);
        });
    s.products().values().forEach(p -> serveTarget(s, p));
    AnalysisConfig config =
        AnalysisConfig.defaults()
            .withChecks(true, Duration.ofSeconds(2))
            .withAllowPrivateAddresses(true);
    URI siteHost = URI.create(base);
    SiteAnalyzer analyzer =
        new SiteAnalyzer(
            config,
            new ChannelChecker(
                config,
                u -> siteHost.getAuthority().equals(u.getAuthority()) ? u : stubs.route(u)));
    TestCrawls.Collector c = new TestCrawls.Collector();
    new Crawler(TestCrawls.config(base + "/").build(), analyzer).run(c, null);
    return figures(s, c, GeneratedSite.requests(wm));
  }

  private Figures figures(Site s, TestCrawls.Collector c, Map<String, Integer> requests) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int statusRight = 0;
    int brokenCaught = 0;
    int chrome = 0;
    int covered = 0;
    StringBuilder misses = new StringBuilder();
    Map<String, PageRecord> byPath = c.byPath();
    for (Map.Entry<String, PageRecord> e : byPath.entrySet()) {
      PageAnalysis a = e.getValue().analysis();
      Product p = s.products().get(e.getKey());
      boolean said = a != null && a.isProduct();
      tp += said && p != null ? 1 : 0;
      fp += said && p == null ? 1 : 0;
      if (said && p == null) {
        misses.append("    not a product: ").append(e.getKey()).append('\n');
      }
    }
    for (Map.Entry<String, Product> e : s.products().entrySet()) {
      Product p = e.getValue();
      PageRecord r = byPath.get(e.getKey());
      covered += r != null ? 1 : 0;
      PageAnalysis a = r == null ? null : r.analysis();
      if (a == null || !a.isProduct()) {
        fn++;
        misses
            .append("    missed product: ")
            .append(e.getKey())
            .append(' ')
            .append(p.name())
            .append('\n');
        continue;
      }
      if (a.channelStatus() == p.scenario().status) {
        statusRight++;
      } else {
        misses
            .append("    status ")
            .append(p.scenario())
            .append(' ')
            .append(p.name())
            .append(": got ")
            .append(a.channelStatus())
            .append(' ')
            .append(a.channels().stream().map(this::brief).toList())
            .append('\n');
      }
      if (p.scenario() == Scenario.BROKEN_FORM && a.channelStatus() == ChannelStatus.BROKEN) {
        brokenCaught++;
      }
      chrome +=
          (int)
              a.channels().stream()
                  .filter(
                      ch ->
                          ch.target().startsWith("mailto:info@")
                              || ch.target().endsWith(s.contactKey()))
                  .count();
    }
    int siteRequests = requests.values().stream().mapToInt(Integer::intValue).sum();
    int calendar =
        requests.entrySet().stream()
            .filter(e -> CALENDAR.matcher(e.getKey()).matches())
            .mapToInt(Map.Entry::getValue)
            .sum();
    int broken =
        (int)
            s.products().values().stream()
                .filter(p -> p.scenario() == Scenario.BROKEN_FORM)
                .count();
    return new Figures(
        s.style(),
        tp,
        fp,
        fn,
        statusRight,
        s.products().size(),
        brokenCaught,
        broken,
        chrome,
        covered,
        siteRequests,
        stubs.server.getAllServeEvents().size(),
        calendar,
        misses.toString());
  }

  private String brief(Channel ch) {
    return ch.type() + " " + ch.target() + (ch.check() == null ? "" : " " + ch.check().found());
  }

  private void serveTarget(Site s, Product p) {
    String target = UnseenContent.target(s, p);
    if (target == null || target.startsWith("mailto:")) {
      return;
    }
    URI routed = stubs.route(URI.create(target));
    ResponseDefinitionBuilder answer =
        switch (p.scenario()) {
          case DIGID_FORM, SIDE_BUTTON ->
              aResponse()
                  .withStatus(302)
                  .withHeader("Location", "https://digid.nl/inloggen?SAMLRequest=" + p.slug());
          case OPEN_FORM -> html(FORM);
          case BROKEN_FORM ->
              aResponse().withStatus(p.id() % 2 == 0 ? 404 : 500).withBody("Niet gevonden");
          case APPOINTMENT -> html(APPOINTMENT);
          case PDF ->
              aResponse()
                  .withStatus(200)
                  .withHeader("Content-Type", "application/pdf")
                  .withBody("%PDF-1.4");
          default ->
              html(
                  "<html><head><title>Omgevingsloket</title></head><body><h1>Aanvragen</h1></body></html>");
        };
    stubs.server.stubFor(
        any(urlPathMatching(Pattern.quote(routed.getRawPath()))).atPriority(1).willReturn(answer));
  }

  private static ResponseDefinitionBuilder html(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(body);
  }
}
