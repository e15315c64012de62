package nl.wmebv.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.crawl;
import static nl.wmebv.crawler.TestCrawls.links;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecrawlTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String HOME =
      "<html><body>" + links("/etag", "/datum", "/gewijzigd", "/zonder") + "</body></html>";

  private void stub(String path, String body, String etag, String lastModified) {
    var response =
        aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(body);
    if (etag != null) {
      response.withHeader("ETag", etag);
    }
    if (lastModified != null) {
      response.withHeader("Last-Modified", lastModified);
    }
    wm.stubFor(get(urlEqualTo(path)).willReturn(response));
  }

  @Test
  void unchangedPagesCostA304AndChangedPagesAreReportedChanged() {
    String lm = "Wed, 01 Jan 2025 10:00:00 GMT";
    stub("/", HOME, null, null);
    stub("/etag", "<p>etag</p>", "\"v1\"", null);
    stub("/datum", "<p>datum</p>", null, lm);
    stub("/gewijzigd", "<p>versie 1</p>", "\"g1\"", null);
    stub("/zonder", "<p>zonder validators</p>", null, null);
    var first = crawl(TestCrawls.config(wm.baseUrl()).build());
    assertThat(first.pages).hasSize(5).allSatisfy(p -> assertThat(p.changed()).isTrue());

    Map<String, PreviousFetch> previous = new HashMap<>();
    first.pages.forEach(
        p ->
            previous.put(
                p.url(),
                new PreviousFetch(p.etag(), p.lastModified(), p.contentHash(), p.depth())));
    wm.resetAll();
    stub("/", HOME, null, null);
    wm.stubFor(
        get(urlEqualTo("/etag"))
            .withHeader("If-None-Match", equalTo("\"v1\""))
            .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));
    wm.stubFor(
        get(urlEqualTo("/datum"))
            .withHeader("If-Modified-Since", equalTo(lm))
            .willReturn(aResponse().withStatus(304)));
    stub("/gewijzigd", "<p>versie 2</p>", "\"g2\"", null); // ignores If-None-Match: content changed
    stub("/zonder", "<p>zonder validators</p>", null, null);

    var second = crawl(TestCrawls.config(wm.baseUrl()).previous(previous).build()).byPath();
    var before = first.byPath();
    assertThat(second.get("/etag").status()).isEqualTo(304);
    assertThat(second.get("/etag").changed()).isFalse();
    assertThat(second.get("/etag").contentHash()).isEqualTo(before.get("/etag").contentHash());
    assertThat(second.get("/etag").etag()).isEqualTo("\"v1\"");
    assertThat(second.get("/datum").status()).isEqualTo(304);
    assertThat(second.get("/datum").lastModified()).isEqualTo(lm);
    assertThat(second.get("/gewijzigd").changed()).isTrue();
    assertThat(second.get("/gewijzigd").contentHash())
        .isEqualTo(PageWorker.sha256("<p>versie 2</p>".getBytes(StandardCharsets.UTF_8)));
    assertThat(second.get("/zonder").changed()).as("same bytes, no validators").isFalse();
    assertThat(second.get("/").changed()).isFalse();
  }
}
