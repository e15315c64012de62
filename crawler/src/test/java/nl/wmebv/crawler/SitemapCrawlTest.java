package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.crawl;
import static nl.wmebv.crawler.TestCrawls.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SitemapCrawlTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static String urlset(String... urls) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String u : urls) {
      sb.append("<url><loc>").append(u).append("</loc></url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }

  private static byte[] gzip(String s) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void seedsFromRobotsSitemapIndexAndGzip() throws Exception {
    String base = wm.baseUrl();
    wm.stubFor(
        get(urlEqualTo("/robots.txt"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(
                        "User-agent: *\nDisallow:\nSitemap: " + base + "/sitemap_index.xml\n")));
    wm.stubFor(
        get(urlEqualTo("/sitemap_index.xml"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/xml")
                    .withBody(
                        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + "<sitemap><loc>"
                            + base
                            + "/sitemaps/pages.xml.gz</loc></sitemap>"
                            + "<sitemap><loc>"
                            + base
                            + "/sitemaps/news.xml</loc></sitemap></sitemapindex>")));
    wm.stubFor(
        get(urlEqualTo("/sitemaps/pages.xml.gz"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/x-gzip")
                    .withBody(
                        gzip(
                            urlset(
                                base + "/producten/verborgen-product",
                                base + "/producten/paspoort")))));
    wm.stubFor(
        get(urlEqualTo("/sitemaps/news.xml"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(urlset(base + "/nieuws/1", "https://elders.example/niet-van-ons"))));
    page(wm, "/", "Home", TestCrawls.links("/producten/paspoort"));
    page(wm, "/producten/paspoort", "Paspoort", "");
    page(wm, "/producten/verborgen-product", "Alleen in de sitemap", "");
    page(wm, "/nieuws/1", "Nieuws", "");

    var byPath = crawl(TestCrawls.config(base).build()).byPath();
    assertThat(byPath)
        .containsOnlyKeys("/", "/producten/paspoort", "/producten/verborgen-product", "/nieuws/1");
    assertThat(byPath.get("/producten/verborgen-product").title())
        .isEqualTo("Alleen in de sitemap");
    assertThat(byPath.get("/producten/verborgen-product").depth()).isZero();
  }

  @Test
  void plainSitemapXmlIsReadWithoutRobots() {
    String base = wm.baseUrl();
    wm.stubFor(
        get(urlEqualTo("/sitemap.xml"))
            .willReturn(aResponse().withStatus(200).withBody(urlset(base + "/alleen-sitemap"))));
    page(wm, "/", "Home", "");
    page(wm, "/alleen-sitemap", "Gevonden", "");
    assertThat(crawl(TestCrawls.config(base).build()).byPath()).containsKey("/alleen-sitemap");
  }

  @Test
  void sitemapUrlsAreCappedByMaxPages() {
    String base = wm.baseUrl();
    String[] many = new String[500];
    for (int i = 0; i < many.length; i++) {
      many[i] = base + "/p" + i;
    }
    wm.stubFor(
        get(urlEqualTo("/sitemap.xml"))
            .willReturn(aResponse().withStatus(200).withBody(urlset(many))));
    page(wm, "/", "Home", "");
    assertThat(crawl(TestCrawls.config(base).maxPages(20).build()).pages).hasSize(20);
  }
}
