package nl.wmebv.crawler.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static nl.wmebv.crawler.TestCrawls.links;
import static nl.wmebv.crawler.TestCrawls.page;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrawlerMainTest {
  @RegisterExtension
  WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return CrawlerMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void reportsDuplicatesAndTheCalendarItRecognised() throws Exception {
    java.time.YearMonth m = java.time.YearMonth.now();
    page(wm, "/", "Home", links("/index.html", "/agenda?maand=" + m));
    page(
        wm,
        "/index.html",
        "Home",
        links("/index.html", "/agenda?maand=" + m)); // the same bytes as "/": one page
    for (int i = 0; i < 3; i++) { // each month is empty: the pages differ only in their dates
      page(
          wm,
          "/agenda?maand=" + m.plusMonths(i),
          "Agenda " + m.plusMonths(i),
          links("/agenda?maand=" + m.plusMonths(i + 1)));
    }
    int code =
        run(
            wm.baseUrl() + "/",
            "--out",
            tmp.resolve("p.jsonl").toString(),
            "--allow-private",
            "--delay-ms",
            "0",
            "--threads",
            "1",
            "--no-analysis");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("pages=4 errors=0 skipped=0 duplicates=1 traps=1");
    assertThat(err.toString())
        .contains(
            "trap: localhost/agenda?maand={date} (calendar: pages that differ only in"
                + " their dates; not fetched: 1)");
  }

  @Test
  void writesOneJsonObjectPerPageAndASummary() throws Exception {
    page(wm, "/", "Gemeente Voorbeeld", links("/producten/paspoort", "/weg", "/niet"));
    page(wm, "/producten/paspoort", "Paspoort aanvragen", "<p>Privé</p>");
    Path file = tmp.resolve("pages.jsonl");
    int code =
        run(
            wm.baseUrl(),
            "--out",
            file.toString(),
            "--allow-private",
            "--delay-ms",
            "0",
            "--threads",
            "2",
            "--exclude",
            "/niet",
            "--max-pages",
            "100");
    assertThat(code).as(err.toString()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      lines.add(json.readTree(line));
    }
    assertThat(lines).hasSize(3);
    JsonNode paspoort =
        lines.stream()
            .filter(n -> n.get("url").asText().endsWith("/producten/paspoort"))
            .findFirst()
            .orElseThrow();
    assertThat(paspoort.get("title").asText()).isEqualTo("Paspoort aanvragen");
    assertThat(paspoort.get("status").asInt()).isEqualTo(200);
    assertThat(paspoort.get("contentType").asText()).isEqualTo("text/html");
    assertThat(paspoort.get("depth").asInt()).isEqualTo(1);
    assertThat(paspoort.get("contentHash").asText()).hasSize(64);
    assertThat(paspoort.has("finalUrl")).isTrue();
    assertThat(paspoort.get("error").isNull()).isTrue();
    JsonNode weg =
        lines.stream()
            .filter(n -> n.get("url").asText().endsWith("/weg"))
            .findFirst()
            .orElseThrow();
    assertThat(weg.get("error").asText()).isEqualTo("HTTP 404");
    assertThat(out.toString()).contains("pages=3 errors=1");
    assertThat(err.toString()).contains("fetched");
  }

  @Test
  void robotsRefusalsAreSkippedInTheLinesAndTheSummaryNotErrors() throws Exception {
    wm.stubFor(
        get(urlEqualTo("/robots.txt"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/plain")
                    .withBody("User-agent: *\nDisallow: /zoeken\n")));
    page(wm, "/", "Gemeente Voorbeeld", links("/zoeken?q=a", "/zoeken?q=b", "/weg"));
    Path file = tmp.resolve("pages.jsonl");
    int code = run(wm.baseUrl(), "--out", file.toString(), "--allow-private", "--delay-ms", "0");
    assertThat(code).as(err.toString()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      lines.add(json.readTree(line));
    }
    JsonNode zoeken =
        lines.stream()
            .filter(n -> n.get("url").asText().contains("/zoeken?q=a"))
            .findFirst()
            .orElseThrow();
    assertThat(zoeken.get("skipped").asBoolean()).isTrue();
    assertThat(zoeken.get("error").asText()).isEqualTo("disallowed by robots.txt");
    JsonNode weg =
        lines.stream()
            .filter(n -> n.get("url").asText().endsWith("/weg"))
            .findFirst()
            .orElseThrow();
    assertThat(weg.get("skipped").asBoolean()).isFalse();
    assertThat(out.toString()).contains("pages=4 errors=1 skipped=2 ");
    assertThat(err.toString()).contains("skipped ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      --out x.jsonl                                    | missing <base-url>
      https://gemeente.nl                              | missing --out
      https://gemeente.nl --out x --threads veel       | --threads needs a whole number
      https://gemeente.nl --out x --threads 0          | --threads must be at least 1
      https://gemeente.nl --out x --bogus              | unknown option --bogus
      https://gemeente.nl --out x --include (          | invalid regular expression
      ftp://gemeente.nl --out x                        | must be an absolute http:// or https:// URL
      javascript:alert(1) --out x                      | must be an absolute http:// or https:// URL
      http://127.0.0.1:8080/ --out x                   | private address 127.0.0.1
      http://user:pw@gemeente.nl/ --out x              | must not contain user credentials
      https://gemeente.nl --out                        | --out needs a value
      http://[::1 --out x                              | invalid base URL
      http://[fe80::1%25zz]/ --out x                   | unknown host
      http://[1::2::3]/ --out x                        | invalid base URL
      http://[::ffff:127.0.0.1]/ --out x               | private address
      http://[gggg::1]/ --out x                        | invalid base URL
      """)
  void badArgumentsGiveOneMessageAndExitCode2(String args, String message) {
    assertThat(run(args.split(" "))).isEqualTo(2);
    assertThat(err.toString()).contains(message);
    assertThat(err.toString().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
  }

  @Test
  void helpExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("usage:");
  }
}
