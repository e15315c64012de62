package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.crawl;
import static nl.wmebv.crawler.TestCrawls.links;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A re-crawl asks for less: known pages that are not due and that the sitemap dates no later than
 * their last request are not requested at all; a page the sitemap dates later, a page without a
 * lastmod and a due page are asked; a new page linked from an asked page is still found.
 */
class RecrawlSkipTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final Instant LAST_ASKED = Instant.parse("2026-11-01T00:00:00Z");

  private void page(String path, String body) {
    wm.stubFor(
        get(urlEqualTo(path))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>" + body + "</body></html>")));
  }

  private void sitemap(String... pathAndDate) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < pathAndDate.length; i += 2) {
      xml.append("<url><loc>").append(wm.baseUrl()).append(pathAndDate[i]).append("</loc>");
      if (pathAndDate[i + 1] != null) {
        xml.append("<lastmod>").append(pathAndDate[i + 1]).append("</lastmod>");
      }
      xml.append("</url>");
    }
    wm.stubFor(
        get(urlEqualTo("/sitemap.xml"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/xml")
                    .withBody(xml + "</urlset>")));
  }

  @Test
  void notDuePagesDatedUnchangedByTheSitemapAreNotRequested() {
    page("/", links("/a", "/b", "/c", "/d", "/product"));
    page("/a", links("/a1"));
    page("/a1", "alleen via a");
    page("/b", "b");
    page("/c", "c, gewijzigd");
    page("/d", "d");
    page("/product", links("/nieuw"));
    page("/nieuw", "nieuw");
    sitemap(
        "/",
        "2026-10-01",
        "/a",
        "2026-10-01",
        "/a1",
        "2026-10-01",
        "/b",
        null,
        "/c",
        "2026-11-20",
        "/product",
        "2026-10-01");
    Map<String, PreviousFetch> previous = new HashMap<>();
    for (String p : new String[] {"/", "/a", "/a1", "/b", "/c", "/d"}) {
      previous.put(wm.baseUrl() + p, new PreviousFetch(null, null, "h" + p, 1, LAST_ASKED));
    }
    previous.put(wm.baseUrl() + "/product", new PreviousFetch(null, null, "hp", 1, null));

    var result = crawl(TestCrawls.config(wm.baseUrl()).previous(previous).build());

    Set<String> asked =
        Set.copyOf(wm.findAll(anyRequestedFor(anyUrl())).stream().map(r -> r.getUrl()).toList());
    assertThat(asked)
        .as("base always, no lastmod, a newer lastmod, not in the sitemap, due, new")
        .contains("/", "/b", "/c", "/d", "/product", "/nieuw")
        .doesNotContain("/a", "/a1");
    assertThat(result.byPath()).containsKeys("/", "/b", "/c", "/d", "/product", "/nieuw");
    assertThat(result.byPath()).doesNotContainKeys("/a", "/a1");
    wm.verify(0, getRequestedFor(urlEqualTo("/a")));
  }

  @Test
  void aSecondCrawlOfAnUnchangedSiteAsksOnlyTheDuePages() {
    StringBuilder home = new StringBuilder();
    String[] sitemap = new String[2 * 41];
    sitemap[0] = "/";
    sitemap[1] = "2026-10-01";
    for (int i = 0; i < 40; i++) {
      home.append(links("/p" + i));
      page("/p" + i, i < 4 ? "product " + i : "pagina " + i);
      sitemap[2 * i + 2] = "/p" + i;
      sitemap[2 * i + 3] = "2026-10-01";
    }
    page("/", home.toString());
    sitemap(sitemap);
    var first = crawl(TestCrawls.config(wm.baseUrl()).build());
    int firstRequests = wm.findAll(anyRequestedFor(anyUrl())).size();
    Map<String, PreviousFetch> previous = new HashMap<>();
    first.pages.forEach(
        p ->
            previous.put(
                p.url(),
                new PreviousFetch(
                    p.etag(),
                    p.lastModified(),
                    p.contentHash(),
                    p.depth(),
                    p.url().matches(".*/p[0-3]$") ? null : LAST_ASKED)));
    wm.resetRequests();

    Crawler again = new Crawler(TestCrawls.config(wm.baseUrl()).previous(previous).build(), null);
    TestCrawls.Collector second = new TestCrawls.Collector();
    again.run(second, null);

    int secondRequests = wm.findAll(anyRequestedFor(anyUrl())).size();
    assertThat(first.pages).hasSize(41);
    assertThat(again.notRequested()).isEqualTo(36);
    assertThat(secondRequests)
        .as("robots.txt, sitemap, home and the 4 product pages of %s", firstRequests)
        .isEqualTo(firstRequests - 36)
        .isLessThanOrEqualTo(firstRequests * 60 / 100);
  }
}
