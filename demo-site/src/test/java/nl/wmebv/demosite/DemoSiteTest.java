package nl.wmebv.demosite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoSiteTest {

  private static final Set<String> TYPES =
      Set.of(
          "EFORM_DIGID",
          "EFORM_EHERKENNING",
          "EFORM_OPEN",
          "NATIONAL_PORTAL",
          "EMAIL",
          "PRINT_FORM",
          "APPOINTMENT_PHONE_VISIT");
  private static final Set<String> DIGITAL_TYPES =
      Set.of("EFORM_DIGID", "EFORM_EHERKENNING", "EFORM_OPEN", "NATIONAL_PORTAL", "EMAIL");

  private static DemoSite site;
  private static HttpClient http;
  private static final Map<String, HttpResponse<byte[]>> CACHE = new HashMap<>();

  @BeforeAll
  static void startSite() {
    site = DemoSite.start("127.0.0.1", 0);
    http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterAll
  static void stopSite() {
    site.close();
  }

  private static HttpResponse<byte[]> get(String pathOrUrl, String... headers) {
    try {
      URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : site.uri(pathOrUrl);
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized HttpResponse<byte[]> cached(String path) {
    return CACHE.computeIfAbsent(path, DemoSiteTest::get);
  }

  private static Document doc(String path) {
    HttpResponse<byte[]> r = cached(path);
    String ct = r.headers().firstValue("Content-Type").orElse("");
    Charset cs =
        ct.toLowerCase().contains("iso-8859-1")
            ? StandardCharsets.ISO_8859_1
            : StandardCharsets.UTF_8;
    return Jsoup.parse(new String(r.body(), cs), site.uri(path).toString());
  }

  private static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static List<PageLabel> products() {
    return DemoSite.labels().stream().filter(PageLabel::isProduct).toList();
  }

  // ------------------------------------------------------------------ labels

  @Test
  void labelsDescribeAtLeast40ProductsOverSixClusters() {
    List<PageLabel> products = products();
    assertThat(products).hasSizeGreaterThanOrEqualTo(40);
    assertThat(DemoSite.productPaths())
        .hasSize(products.size())
        .allMatch(p -> p.startsWith("/producten/"));
    Map<String, Long> perCluster =
        products.stream().collect(Collectors.groupingBy(PageLabel::cluster, Collectors.counting()));
    assertThat(perCluster)
        .containsOnlyKeys(
            "Burgerzaken",
            "Sociaal Domein",
            "Ruimte en Omgeving",
            "Belastingen",
            "Openbare Ruimte",
            "Economie en Vergunningen");
    assertThat(perCluster.values()).allMatch(n -> n >= 5);
    for (PageLabel l : products) {
      assertThat(TYPES).as(l.path()).containsAll(l.channelTypes());
      switch (l.channelStatus()) {
        case "NONE" -> assertThat(l.channelTypes()).as(l.path()).isEmpty();
        case "NOT_DIGITAL" ->
            assertThat(l.channelTypes())
                .as(l.path())
                .isNotEmpty()
                .allMatch(t -> t.equals("PRINT_FORM") || t.equals("APPOINTMENT_PHONE_VISIT"));
        case "DIGITAL", "BROKEN" ->
            assertThat(l.channelTypes()).as(l.path()).anyMatch(DIGITAL_TYPES::contains);
        default -> throw new AssertionError("bad status " + l);
      }
    }
    Map<String, Long> perStatus =
        products.stream()
            .collect(Collectors.groupingBy(PageLabel::channelStatus, Collectors.counting()));
    assertThat(perStatus.get("BROKEN")).isGreaterThanOrEqualTo(3);
    assertThat(perStatus.get("NONE")).isGreaterThanOrEqualTo(3);
    assertThat(perStatus.get("NOT_DIGITAL")).isGreaterThanOrEqualTo(3);
    for (String t : TYPES) {
      assertThat(products.stream().filter(l -> l.channelTypes().contains(t)).count())
          .as(t)
          .isGreaterThanOrEqualTo(2);
    }
    Set<String> kinds = DemoSite.labels().stream().map(PageLabel::kind).collect(Collectors.toSet());
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "home", "category", "product", "news", "contact", "search", "form", "other");
    assertThat(DemoSite.labels().stream().filter(l -> l.kind().equals("news")))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(DemoSite.label("/producten/omgevingsvergunning").orElseThrow().channelTypes())
        .containsExactly("NATIONAL_PORTAL");
  }

  @Test
  void everyLabelledPathAnswers200WithHtml() {
    for (PageLabel l : DemoSite.labels()) {
      HttpResponse<byte[]> r = cached(l.path());
      assertThat(r.statusCode()).as(l.path()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .as(l.path())
          .startsWith("text/html; charset=");
    }
  }

  @Test
  void everyBundledHtmlFileIsLabelled() throws URISyntaxException, IOException {
    Path root =
        Path.of(DemoSite.class.getClassLoader().getResource("voorbeeldstad/index.html").toURI())
            .getParent();
    Set<String> labelled =
        DemoSite.labels().stream().map(PageLabel::path).collect(Collectors.toSet());
    List<String> files;
    try (Stream<Path> s = Files.walk(root)) {
      files =
          s.filter(p -> p.toString().endsWith(".html"))
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    for (String f : files) {
      String path;
      if (f.startsWith("_templates/")) {
        continue;
      } else if (f.startsWith("_loket/")) {
        path = "/loket/startform?id=" + f.substring(7, f.length() - 5);
      } else if (f.equals("index.html")) {
        path = "/";
      } else if (f.endsWith("/index.html")) {
        path = "/" + f.substring(0, f.length() - "index.html".length());
      } else {
        path = "/" + f.substring(0, f.length() - 5);
      }
      assertThat(labelled).as(f).contains(path);
    }
  }

  // ------------------------------------------------------------------ links

  private static Set<String> internalLinks(String path) {
    Document d = doc(path);
    Set<String> out = new LinkedHashSet<>();
    for (Element e : d.select("a[href], link[href], img[src], script[src], form[action]")) {
      String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
      String raw = e.attr(attr);
      if (!raw.startsWith("/") || raw.startsWith("//")) {
        assertThat(raw)
            .as("link on " + path)
            .matches("^(https?://(?!127\\.0\\.0\\.1).*|mailto:.*|#.*)$");
        continue;
      }
      String abs = e.absUrl(attr);
      int hash = abs.indexOf('#');
      out.add(hash < 0 ? abs : abs.substring(0, hash));
    }
    return out;
  }

  @Test
  void everyInternalLinkResolvesExceptOnBrokenProducts() {
    Map<String, Set<String>> failing = new TreeMap<>();
    for (PageLabel l : DemoSite.labels()) {
      for (String url : internalLinks(l.path())) {
        String rel = url.substring(site.baseUri().toString().length());
        HttpResponse<byte[]> r = cached(rel);
        if (r.statusCode() != 200) {
          failing
              .computeIfAbsent(l.path(), k -> new TreeSet<>())
              .add(rel + " -> " + r.statusCode());
        }
      }
    }
    Set<String> broken =
        products().stream()
            .filter(l -> l.channelStatus().equals("BROKEN"))
            .map(PageLabel::path)
            .collect(Collectors.toSet());
    assertThat(failing.keySet()).as(failing.toString()).isEqualTo(broken);
    assertThat(failing.values().stream().flatMap(Set::stream).toList())
        .containsExactlyInAnyOrder(
            "/formulieren/afvalpas-oud/ -> 404",
            "/formulieren/leerlingenvervoer-2023/ -> 404",
            "/loket/startform?id=verlopen -> 500");
  }

  @Test
  void sitemapOnlyProductIsNotLinkedAnywhere() {
    String hidden = "/producten/ontheffing-sluitingstijd";
    assertThat(DemoSite.label(hidden).orElseThrow().notes()).contains("ONLY in sitemap");
    for (PageLabel l : DemoSite.labels()) {
      assertThat(internalLinks(l.path())).as(l.path()).doesNotContain(site.uri(hidden).toString());
    }
    assertThat(body(get("/sitemap.xml"))).contains("<loc>" + site.baseUri() + hidden + "</loc>");
  }

  // ------------------------------------------------------------------ chrome and content

  @Test
  void siteChromeIsIdenticalOnEveryPage() {
    String footer = null;
    String header = null;
    for (PageLabel l : DemoSite.labels()) {
      if (l.kind().equals("form") || l.path().equals("/mijn/inloggen")) {
        continue; // e-loket pages have their own minimal template
      }
      Document d = doc(l.path());
      assertThat(d.select("main")).as(l.path()).hasSize(1);
      assertThat(d.select("nav.kruimelpad")).as(l.path()).hasSize(1);
      String f = d.selectFirst("footer").outerHtml();
      String h = d.selectFirst("header").outerHtml();
      if (footer == null) {
        footer = f;
        header = h;
      }
      assertThat(f).as(l.path()).isEqualTo(footer);
      assertThat(h).as(l.path()).isEqualTo(header);
    }
    assertThat(footer)
        .contains(
            "href=\"/contact/contactformulier\"",
            "mailto:info@voorbeeldstad.nl",
            "Bel 14 0123",
            "Openingstijden",
            "href=\"/agenda\"",
            "facebook.com");
    assertThat(header).contains("Mijn Voorbeeldstad", "action=\"/zoeken\"", "name=\"q\"");
  }

  @Test
  void productPagesCarryTheEvidenceTheirLabelsClaim() {
    for (PageLabel l : products()) {
      Document d = doc(l.path());
      Element main = d.selectFirst("main");
      assertThat(main.select("h1")).as(l.path()).hasSize(1);
      assertThat(main.select("h2").size()).as(l.path()).isGreaterThanOrEqualTo(2);
      String cluster = d.select("nav.kruimelpad a").get(1).attr("href");
      assertThat(DemoSite.label(cluster).orElseThrow().cluster())
          .as(l.path())
          .isEqualTo(l.cluster());

      String html = main.html();
      String text = main.text();
      boolean eformLink =
          !main.select(
                  "a[href^=/formulieren/], a[href^=/loket/], form[action^=/formulieren/], #openforms-container")
              .isEmpty();
      boolean portal = !main.select("a[href*=omgevingsloket.nl]").isEmpty();
      boolean email = html.contains("mailto:") || text.matches(".*[a-z]+@voorbeeldstad\\.nl.*");
      boolean print = !main.select("a[href$=.pdf], a[href$=.docx]").isEmpty();
      boolean visit =
          !main.select("a[href=/afspraak]").isEmpty()
              || text.contains("14 0123")
              || text.toLowerCase().matches(".*(kom langs|langskomen|balie).*");
      List<String> t = l.channelTypes();
      assertThat(eformLink)
          .as(l.path() + " e-form")
          .isEqualTo(t.stream().anyMatch(x -> x.startsWith("EFORM_")));
      assertThat(portal).as(l.path() + " portal").isEqualTo(t.contains("NATIONAL_PORTAL"));
      assertThat(email).as(l.path() + " email").isEqualTo(t.contains("EMAIL"));
      assertThat(print).as(l.path() + " print").isEqualTo(t.contains("PRINT_FORM"));
      assertThat(visit).as(l.path() + " visit").isEqualTo(t.contains("APPOINTMENT_PHONE_VISIT"));
      if (t.contains("EFORM_DIGID")) {
        assertThat(html).as(l.path()).containsAnyOf("DigiD");
      }
      if (t.contains("EFORM_EHERKENNING")) {
        assertThat(html).as(l.path()).contains("eHerkenning");
      }
      boolean meta = !d.select("head meta[name=OVERHEID.uniformeProductnaam]").isEmpty();
      assertThat(meta).as(l.path() + " meta").isEqualTo(l.notes().contains("html-meta"));
      if (meta) {
        assertThat(d.select("head meta[name=DCTERMS.type]").attr("content"))
            .isEqualTo("productbeschrijving");
        assertThat(
                d.select("head meta[name=OVERHEID.uniformeProductnaam.resourceIdentifier]")
                    .attr("content"))
            .startsWith("http://standaarden.overheid.nl/owms/terms/");
      }
    }
    assertThat(products().stream().filter(l -> l.notes().contains("html-meta")).count())
        .isBetween(3L, 12L);
  }

  @Test
  void formTargetsShowTheirLogin() {
    assertThat(body(cached("/loket/startform?id=verhuizing"))).contains("Log in met DigiD");
    assertThat(body(cached("/formulieren/bijzondere-bijstand/"))).contains("Log in met DigiD");
    assertThat(body(cached("/formulieren/exploitatievergunning-horeca/")))
        .contains("Log in met eHerkenning");
    assertThat(body(cached("/loket/startform?id=alcoholvergunning")))
        .contains("Log in met eHerkenning");
    assertThat(
            Jsoup.parse(body(cached("/formulieren/melding-openbare-ruimte/")))
                .select("form[method=post] button[type=submit]"))
        .hasSize(1);
    assertThat(get("/loket/startform?id=bestaat-niet").statusCode()).isEqualTo(404);
    assertThat(get("/loket/startform").statusCode()).isEqualTo(404);
    assertThat(get("/loket/startform?id=verlopen").statusCode()).isEqualTo(500);
    assertThat(get("/formulieren/afvalpas-oud/").statusCode()).isEqualTo(404);
  }

  @Test
  void postToAFormAnswersWithAThankYouPage() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(site.uri("/formulieren/klacht/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("naam=Jan&toelichting=test"))
            .build();
    HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Bedankt");
  }

  @Test
  void unknownPathAnswersDutch404() {
    HttpResponse<byte[]> r = get("/bestaat/niet");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(body(r)).contains("Pagina niet gevonden");
    assertThat(get("/labels.csv").statusCode()).isEqualTo(404);
    assertThat(get("/_templates/404").statusCode()).isEqualTo(404);
    assertThat(get("/producten/paspoort-aanvragen.html").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> redirect = get("/producten/paspoort-aanvragen/");
    assertThat(redirect.statusCode()).isEqualTo(301);
    assertThat(redirect.headers().firstValue("Location"))
        .hasValue(site.baseUri() + "/producten/paspoort-aanvragen");
    assertThat(get("/formulieren/klacht").statusCode()).isEqualTo(200);
  }

  @Test
  void documentsAreServedWithTheirTypes() {
    HttpResponse<byte[]> pdf = get("/documenten/geheimhouding-persoonsgegevens.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
    assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1))
        .contains("startxref")
        .endsWith("%%EOF\n");
    HttpResponse<byte[]> docx = get("/documenten/aanvraag-gehandicaptenparkeerkaart.docx");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Type").orElseThrow())
        .contains("wordprocessingml");
    assertThat(docx.body()[0]).isEqualTo((byte) 'P');
    assertThat(get("/css/site.css").headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/css");
    assertThat(get("/img/digid.svg").headers().firstValue("Content-Type"))
        .hasValue("image/svg+xml");
  }

  // ------------------------------------------------------------------ robots, sitemap

  @Test
  void robotsAndSitemapCarryTheRealBaseUrl() {
    String robots = body(get("/robots.txt"));
    assertThat(robots)
        .contains(
            "User-agent: *",
            "Disallow: /zoeken",
            "Disallow: /mijn/",
            "Sitemap: " + site.baseUri() + "/sitemap.xml")
        .doesNotContain("{{BASE}}");
    HttpResponse<byte[]> sm = get("/sitemap.xml");
    assertThat(sm.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
    Document xml = Jsoup.parse(body(sm), "", org.jsoup.parser.Parser.xmlParser());
    List<String> locs = xml.select("loc").eachText();
    assertThat(locs).allMatch(u -> u.startsWith(site.baseUri().toString()));
    List<String> rel =
        locs.stream().map(u -> u.substring(site.baseUri().toString().length())).toList();
    assertThat(rel)
        .containsAll(DemoSite.productPaths())
        .contains("/", "/burgerzaken", "/ondernemen");
    assertThat(rel)
        .containsAll(
            DemoSite.labels().stream()
                .filter(l -> l.kind().equals("news"))
                .map(PageLabel::path)
                .toList());
    for (String p : rel) {
      assertThat(cached(p).statusCode()).as(p).isEqualTo(200);
    }
  }

  // ------------------------------------------------------------------ caching, override, remove

  @Test
  void conditionalGetAndHead() throws Exception {
    HttpResponse<byte[]> first = get("/producten/verhuizing-doorgeven");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lm = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{32}\"");
    assertThat(lm).isEqualTo("Mon, 05 Jan 2026 09:00:00 GMT");
    assertThat(get("/producten/verhuizing-doorgeven", "If-None-Match", etag).statusCode())
        .isEqualTo(304);
    assertThat(get("/producten/verhuizing-doorgeven", "If-None-Match", "\"anders\"").statusCode())
        .isEqualTo(200);
    assertThat(get("/producten/verhuizing-doorgeven", "If-Modified-Since", lm).statusCode())
        .isEqualTo(304);
    assertThat(
            get(
                    "/producten/verhuizing-doorgeven",
                    "If-Modified-Since",
                    "Wed, 1 Jan 2025 00:00:00 GMT")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            get(
                    "/robots.txt",
                    "If-None-Match",
                    get("/robots.txt").headers().firstValue("ETag").orElseThrow())
                .statusCode())
        .isEqualTo(304);

    HttpResponse<Void> head =
        http.send(
            HttpRequest.newBuilder(site.uri("/producten/verhuizing-doorgeven"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("ETag")).hasValue(etag);
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(first.body().length));
    assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
  }

  @Test
  void overrideChangesETagAndRemoveAnswersGone() {
    String p = "/producten/afvalkalender";
    String oldTag = get(p).headers().firstValue("ETag").orElseThrow();
    try {
      site.override(p, "<html><body><main><h1>Afvalkalender</h1><p>Nieuw</p></main></body></html>");
      HttpResponse<byte[]> changed = get(p, "If-None-Match", oldTag);
      assertThat(changed.statusCode()).isEqualTo(200);
      assertThat(body(changed)).contains("Nieuw");
      String newTag = changed.headers().firstValue("ETag").orElseThrow();
      assertThat(newTag).isNotEqualTo(oldTag);
      assertThat(get(p, "If-None-Match", newTag).statusCode()).isEqualTo(304);
      assertThat(get(p, "If-Modified-Since", "Mon, 5 Jan 2026 09:00:00 GMT").statusCode())
          .isEqualTo(200);

      site.remove(p);
      assertThat(get(p).statusCode()).isEqualTo(410);
      site.restore(p);
      assertThat(get(p).headers().firstValue("ETag")).hasValue(oldTag);

      site.override(
          "/producten/nieuw-product", "<html><body><main><h1>Nieuw</h1></main></body></html>");
      assertThat(get("/producten/nieuw-product").statusCode()).isEqualTo(200);
    } finally {
      site.restoreAll();
    }
    assertThat(get("/producten/nieuw-product").statusCode()).isEqualTo(404);
    assertThat(site.hits(p)).isGreaterThanOrEqualTo(5);
    assertThat(site.totalHits()).isPositive();
  }

  // ------------------------------------------------------------------ encoding, calendar

  @Test
  void isoEncodedPageDecodesCorrectly() {
    HttpResponse<byte[]> r = get("/producten/reuniebijeenkomst-melden");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=ISO-8859-1");
    String latin = new String(r.body(), StandardCharsets.ISO_8859_1);
    assertThat(latin)
        .contains(
            "<meta charset=\"ISO-8859-1\">", "Reünie of buurtfeest melden", "geëmigreerde", "café");
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("Reünie");
    Document d;
    try {
      d = Jsoup.parse(new java.io.ByteArrayInputStream(r.body()), null, site.uri("/").toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertThat(d.selectFirst("h1").text()).isEqualTo("Reünie of buurtfeest melden");
    assertThat(body(get("/producten/huwelijk-of-partnerschap"))).contains("café");
  }

  @Test
  void calendarIsAnEndlessTrap() {
    Document d = doc("/agenda?maand=2026-11");
    assertThat(d.selectFirst("h1").text()).isEqualTo("Agenda november 2026");
    assertThat(d.select("a[rel=next]").attr("href")).isEqualTo("/agenda?maand=2026-12");
    assertThat(d.select("a[rel=prev]").attr("href")).isEqualTo("/agenda?maand=2026-10");
    String next = "/agenda?maand=2026-11";
    for (int i = 0; i < 30; i++) {
      HttpResponse<byte[]> r = get(next);
      assertThat(r.statusCode()).isEqualTo(200);
      next = Jsoup.parse(body(r)).select("a[rel=next]").attr("href");
    }
    assertThat(next).isEqualTo("/agenda?maand=2029-05");
    assertThat(doc("/agenda").select("a[rel=next]").attr("href"))
        .isEqualTo("/agenda?maand=2026-02");
    assertThat(get("/agenda?maand=xx").statusCode()).isEqualTo(404);
    assertThat(get("/agenda?maand=2026-13").statusCode()).isEqualTo(404);
  }

  @Test
  void serverIsMultiThreadedAndRestartsOnFreePorts() throws Exception {
    try (DemoSite other = DemoSite.start("127.0.0.1", 0)) {
      assertThat(other.baseUri().getPort()).isNotEqualTo(site.baseUri().getPort());
      List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> all = new ArrayList<>();
      for (String p : DemoSite.productPaths()) {
        all.add(
            http.sendAsync(
                HttpRequest.newBuilder(other.uri(p)).build(),
                HttpResponse.BodyHandlers.discarding()));
      }
      for (var f : all) {
        assertThat(f.get().statusCode()).isEqualTo(200);
      }
    }
  }
}
