package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The designation register on the crawled demo: decisions and designations recorded through the API
 * seed one inconsistency per check; the generated decision holds exactly what is designated;
 * versions show what changed.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesignationDemoTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.demo(DB);

  static Http api;
  static Inventory inv;
  static long m;
  static String base;

  @BeforeAll
  static void crawlAndDecide() throws InterruptedException {
    TestUsers.create(DB.jdbi(), "redacteur", Role.EDITOR);
    api = new Http(APP.getLocalPort(), "redacteur");
    inv = new Inventory(DB.jdbi());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (inv.count("SELECT count(*) FROM crawl_run WHERE status = 'FINISHED'") == 0) {
      assertThat(Instant.now()).as("demo crawl finished in time").isBefore(deadline);
      Thread.sleep(250);
    }
    m = inv.count("SELECT id FROM municipality ORDER BY id LIMIT 1");
    base = "/api/municipalities/" + m + "/designations";
    decide("omgevingsvergunning", "aanvraag");
    decide("boom-kappen", "aanvraag");
    decide("paspoort-aanvragen", "aanvraag");
    decide("afvalpas", "aanvraag");
    decide("terrasvergunning", "aanvraag");
    decide("bezwaar-maken", "bezwaar");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  static long product(String slug) {
    return inv.count(
        "SELECT p.id FROM product p JOIN page pg ON pg.id = p.page_id WHERE pg.url LIKE ?",
        "%/producten/" + slug);
  }

  static void decide(String slug, String type) {
    long id = product(slug);
    int version = api.get("/api/products/" + id).body().get("product").get("version").asInt();
    Http.Reply r =
        api.patch(
            "/api/products/" + id,
            "{\"version\": %d, \"inScope\": true, \"messageTypes\": [\"%s\"]}"
                .formatted(version, type),
            null);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
  }

  /** A web page or document, as a browser asks for it: status and body. */
  static Http.Reply html(String path) {
    jakarta.ws.rs.core.Response r =
        APP.client()
            .target("http://localhost:" + APP.getLocalPort() + path)
            .request()
            .header("Authorization", TestUsers.basic("redacteur"))
            .accept("text/html", "application/msword")
            .get();
    return new Http.Reply(r.getStatus(), null, r.readEntity(String.class));
  }

  static JsonNode proposal(String kind, String slug) {
    for (JsonNode p : api.get(base + "/proposals").body()) {
      if (p.get("kind").asText().equals(kind)
          && p.get("products").findValues("productId").stream()
              .anyMatch(id -> id.asLong() == product(slug))) {
        return p;
      }
    }
    throw new AssertionError("no " + kind + " proposal for " + slug);
  }

  @Test
  @Order(1)
  void eachCheckFindsItsSeededInconsistency() {
    JsonNode loket = proposal("OMGEVINGSLOKET", "omgevingsvergunning");
    assertThat(loket.get("products").findValues("productId"))
        .extracting(JsonNode::asLong)
        .contains(product("boom-kappen"));
    assertThat(
            api.post(
                    base + "/proposals/accept",
                    "{\"keys\": [\"" + loket.get("key").asText() + "\"]}")
                .status())
        .isEqualTo(200);
    String broken =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
            SELECT c->>'target' FROM page pg, jsonb_array_elements(pg.analysis->'channels') c
             WHERE pg.url LIKE '%/producten/afvalpas' AND c->'check'->>'ok' = 'false' LIMIT 1""")
                        .mapTo(String.class)
                        .one());
    assertThat(
            api.post(
                    base,
                    """
        {"kind": "SPECIFIC_FORM", "name": "Afvalpas aanvragen", "url": "%s", "identification": "DIGID",
         "domain": "Openbare Ruimte", "products": [{"productId": %d}]}"""
                        .formatted(broken, product("afvalpas")))
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    base,
                    """
        {"kind": "SPECIFIC_FORM", "name": "Terrasformulier", "url": "https://formulieren.voorbeeldstad.nl/terras/",
         "domain": "Economie en Vergunningen", "products": [{"productId": %d}]}"""
                        .formatted(product("terrasvergunning")))
                .status())
        .isEqualTo(201);

    JsonNode findings = api.get(base + "/checks").body().get("findings");
    assertThat(fired(findings, "NO_DESIGNATED_CHANNEL"))
        .contains(product("paspoort-aanvragen"))
        .doesNotContain(product("omgevingsvergunning"), product("afvalpas"));
    assertThat(fired(findings, "DESIGNATED_CHANNEL_BROKEN")).containsExactly(product("afvalpas"));
    assertThat(fired(findings, "DESIGNATED_CHANNEL_NOT_ON_PAGE"))
        .containsExactly(product("terrasvergunning"));
    assertThat(fired(findings, "UNDESIGNATED_CHANNEL"))
        .contains(product("bezwaar-maken"))
        .doesNotContain(product("omgevingsvergunning"));
    assertThat(
            StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.get("code").asText().equals("MESSAGE_TYPE_WITHOUT_CHANNEL"))
                .map(f -> f.get("messageType").asText()))
        .containsExactly("bezwaar");

    String page = html("/aanwijzing?gemeente=" + m).text();
    assertThat(page)
        .contains(
            "Aangewezen kanalen",
            "Aangewezen kanaal werkt niet",
            "Afvalpas aanvragen",
            "Voorstel uit de inventaris",
            "href=\"/aanwijzing\"");
  }

  static List<Long> fired(JsonNode findings, String code) {
    return StreamSupport.stream(findings.spliterator(), false)
        .filter(f -> f.get("code").asText().equals(code))
        .map(f -> f.get("productId").asLong())
        .toList();
  }

  @Test
  @Order(2)
  void theDecisionHoldsEveryDesignatedChannelAndProductAndNothingElse() {
    JsonNode register = api.get(base).body();
    Http.Reply draft = html("/aanwijzing/besluit?gemeente=" + m);
    assertThat(draft.status()).isEqualTo(200);
    Document doc = Jsoup.parse(draft.text());

    assertThat(doc.select("h1").text())
        .startsWith(
            "Besluit van het college van burgemeester en wethouders van de "
                + "gemeente Voorbeeldstad houdende aanwijzing van elektronische kanalen voor het verzenden van berichten "
                + "(Aanwijzingsbesluit elektronische kanalen Voorbeeldstad ");
    assertThat(doc.select("h2").eachText())
        .containsExactly(
            "Artikel 1 Begripsbepalingen",
            "Artikel 2 Aanwijzing van kanalen",
            "Artikel 3 Landelijke voorzieningen",
            "Artikel 4 Identificatie",
            "Artikel 5 Actualisering en publicatie van de bijlage",
            "Artikel 6 Intrekking",
            "Artikel 7 Inwerkingtreding",
            "Artikel 8 Citeertitel",
            "Toelichting",
            doc.select("h2.bijlage").text());
    assertThat(doc.select("h2.bijlage").text())
        .startsWith("Bijlage Aangewezen kanalen bij het Aanwijzingsbesluit");
    assertThat(doc.text())
        .contains(
            "gelet op artikel 2:13, tweede lid, en artikel 2:14 van de Algemene wet "
                + "bestuursrecht",
            "een bericht als bedoeld in artikel 2:13, eerste lid, van de Awb",
            "een jurist van de gemeente beoordeelt")
        .doesNotContain("Wet modernisering", "niet-aangewezen kanaal");
    assertThat(doc.select("ol.regels > li")).hasSize(4);
    assertThat(doc.select("li.regel-eigen-initiatief").text())
        .contains("uit eigen beweging", "in de bijlage");
    assertThat(doc.select("li.regel-op-verzoek").text())
        .contains("op verzoek", "in dat verzoek is genoemd");
    assertThat(doc.select("li.regel-andere-organisatie").text())
        .contains("taak uitvoert voor de gemeente", "die organisatie");
    // no contact form is designated: rule (d) names the general contact form to fill in, never the
    // Omgevingsloket
    assertThat(doc.select("li.regel-overig").text())
        .contains("algemene contactformulier", "[adres van het algemene contactformulier]")
        .doesNotContain("omgevingsloket", "Omgevingsloket");
    assertThat(doc.select("li.omgevingsloket").text())
        .contains(
            "In afwijking van artikel 2, eerste lid",
            "artikel 20.21 van de Omgevingswet",
            "omgevingswet.overheid.nl",
            "bezwaarschrift tegen een omgevingsvergunning",
            "zienswijze",
            "verzoek om handhaving");
    assertThat(doc.select("li.berichtenbox").text()).contains("artikel 5 van de Dienstenwet");
    assertThat(doc.select("p.intrekking").text()).contains("wordt ingetrokken");
    assertThat(doc.select("p.inwerkingtreding").text()).contains("treedt in werking");
    assertThat(doc.select("div.vaststelling").eachAttr("data-organ")).containsExactly("COLLEGE");
    assertThat(doc.select("meta[name=inventory-version]").attr("content"))
        .matches("i\\d+-[0-9a-f]{10}");

    Set<Long> channelIds =
        doc.select("tr.kanaal").eachAttr("data-channel-id").stream()
            .map(Long::valueOf)
            .collect(Collectors.toSet());
    Set<Long> productIds =
        doc.select("li.product").eachAttr("data-product-id").stream()
            .map(Long::valueOf)
            .collect(Collectors.toSet());
    Set<Long> designatedChannels = new HashSet<>();
    Set<Long> designatedProducts = new HashSet<>();
    register.forEach(
        c -> {
          designatedChannels.add(c.get("id").asLong());
          c.get("products").forEach(p -> designatedProducts.add(p.get("productId").asLong()));
          assertThat(doc.select("a[href=\"" + c.get("url").asText() + "\"]"))
              .as(c.get("url").asText())
              .isNotEmpty();
        });
    assertThat(channelIds).isEqualTo(designatedChannels);
    doc.select("tr.kanaal")
        .forEach(
            row -> {
              assertThat(row.select("td")).hasSize(5);
              assertThat(row.select("td").get(2).text()).as("identification").isNotBlank();
              assertThat(row.select("td").get(3).text()).as("organ").isEqualTo("college");
            });
    assertThat(productIds).isEqualTo(designatedProducts).contains(product("boom-kappen"));
    assertThat(doc.text()).doesNotContain("Paspoort", "Bezwaar maken");

    jakarta.ws.rs.core.Response download =
        APP.client()
            .target(
                "http://localhost:" + APP.getLocalPort() + "/aanwijzing/besluit/word?gemeente=" + m)
            .request()
            .header("Authorization", TestUsers.basic("redacteur"))
            .get();
    assertThat(download.getMediaType().toString()).startsWith("application/msword");
    assertThat(download.getHeaderString("Content-Disposition"))
        .contains("aanwijzingsbesluit-voorbeeldstad-");
    download.close();
    Http.Reply word = html("/aanwijzing/besluit/word?gemeente=" + m);
    assertThat(word.status()).isEqualTo(200);
    assertThat(Jsoup.parse(word.text()).select("tr.kanaal")).hasSize(register.size());
  }

  @Test
  @Order(3)
  void regeneratingShowsWhatChangedSinceTheLastVersion() {
    Http.Reply first =
        api.post("/api/municipalities/" + m + "/designation-decision/versions", null);
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(first.body().get("changes").get("channelsAdded")).hasSize(3);
    assertThat(
            api.get("/api/municipalities/" + m + "/designation-decision/changes")
                .body()
                .get("empty")
                .asBoolean())
        .isTrue();

    JsonNode terras =
        StreamSupport.stream(api.get(base).body().spliterator(), false)
            .filter(c -> c.get("name").asText().equals("Terrasformulier"))
            .findFirst()
            .orElseThrow();
    assertThat(api.delete(base + "/" + terras.get("id").asLong() + "?version=1").status())
        .isEqualTo(204);
    JsonNode bezwaar = proposal("SPECIFIC_FORM", "bezwaar-maken");
    assertThat(
            api.post(
                    base + "/proposals/accept",
                    "{\"keys\": [\"" + bezwaar.get("key").asText() + "\"]}")
                .status())
        .isEqualTo(200);

    JsonNode second =
        api.post("/api/municipalities/" + m + "/designation-decision/versions", null).body();
    JsonNode changes = second.get("changes");
    assertThat(changes.get("channelsRemoved").get(0).asText()).startsWith("Terrasformulier");
    assertThat(changes.get("channelsAdded")).hasSize(1);
    assertThat(changes.get("productsAdded").toString()).contains("Bezwaar maken");
    assertThat(changes.get("productsRemoved").toString()).contains("Terrasvergunning");
    assertThat(api.get("/api/municipalities/" + m + "/designation-decision/versions").body())
        .hasSize(2);
    String page = html("/aanwijzing?gemeente=" + m).text();
    assertThat(page).contains("Vastgelegde versies", "Kanaal vervallen: Terrasformulier");
    String stored =
        html("/aanwijzing/besluit/versies/" + first.body().get("id").asLong() + "?gemeente=" + m)
            .text();
    assertThat(Jsoup.parse(stored).text()).contains("Terrasformulier");
  }

  static void setOrgan(String slug, String organ) {
    long id = product(slug);
    int version = api.get("/api/products/" + id).body().get("product").get("version").asInt();
    Http.Reply r =
        api.patch(
            "/api/products/" + id,
            "{\"version\": %d, \"inScope\": true, \"organ\": %s}"
                .formatted(version, organ == null ? "null" : "\"" + organ + "\""),
            null);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
  }

  static Document draft() {
    return Jsoup.parse(html("/api/municipalities/" + m + "/designation-decision").text());
  }

  @Test
  @Order(4)
  void everyOrganOfADesignatedProductTakesTheJointDecisionWithItsOwnSignatureBlock() {
    JsonNode evenement =
        api.get("/api/products/" + product("evenementenvergunning")).body().get("product");
    assertThat(evenement.get("proposedOrgan").asText()).isEqualTo("BURGEMEESTER");
    assertThat(evenement.get("organ").isNull()).isTrue();
    assertThat(
            api.get("/api/products/" + product("paspoort-aanvragen"))
                .body()
                .get("product")
                .get("proposedOrgan")
                .asText())
        .isEqualTo("BURGEMEESTER");
    assertThat(
            api.get("/api/products/" + product("afvalpas"))
                .body()
                .get("product")
                .get("proposedOrgan")
                .asText())
        .isEqualTo("COLLEGE");
    int v = evenement.get("version").asInt();
    Http.Reply bad =
        api.patch(
            "/api/products/" + product("evenementenvergunning"),
            "{\"version\": %d, \"organ\": \"MAYOR\"}".formatted(v),
            null);
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.text()).contains("organ must be one of RAAD, COLLEGE, BURGEMEESTER");
    assertThat(
            api.get("/api/products/" + product("evenementenvergunning"))
                .body()
                .get("product")
                .get("version")
                .asInt())
        .isEqualTo(v);

    setOrgan("evenementenvergunning", null);
    setOrgan("klacht-indienen", "RAAD");
    assertThat(
            api.post(
                    base,
                    """
        {"kind": "SPECIFIC_FORM", "name": "Evenementformulier", "url": "https://formulieren.voorbeeldstad.nl/evenement/",
         "identification": "BOTH", "domain": "Economie en Vergunningen",
         "products": [{"productId": %d}]}"""
                        .formatted(product("evenementenvergunning")))
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(
                    base,
                    """
        {"kind": "SPECIFIC_FORM", "name": "Klachtformulier", "url": "https://formulieren.voorbeeldstad.nl/klacht/",
         "identification": "DIGID", "products": [{"productId": %d}]}"""
                        .formatted(product("klacht-indienen")))
                .status())
        .isEqualTo(201);
    assertThat(fired(api.get(base + "/checks").body().get("findings"), "NO_FALLBACK_CHANNEL"))
        .hasSize(1);
    Http.Reply contact =
        api.post(
            base,
            """
        {"kind": "CONTACT_FORM_DIGID", "name": "Contactformulier", "url": "https://www.voorbeeldstad.nl/contact",
         "identification": "DIGID", "eidas": true}""");
    assertThat(contact.status()).as(contact.text()).isEqualTo(201);
    assertThat(contact.body().get("eidas").asBoolean()).isTrue();
    JsonNode checks = api.get(base + "/checks").body();
    assertThat(fired(checks.get("findings"), "NO_FALLBACK_CHANNEL")).isEmpty();
    assertThat(checks.get("rules").findValuesAsText("explanation"))
        .hasSize(10)
        .allMatch(t -> !t.isBlank());

    Document doc = draft();
    assertThat(doc.select("h1").text())
        .startsWith(
            "Besluit van de raad, het college van burgemeester en wethouders "
                + "en de burgemeester van de gemeente Voorbeeldstad, ieder voor zover het zijn bevoegdheid betreft,");
    assertThat(doc.select("div.vaststelling").eachAttr("data-organ"))
        .containsExactly("RAAD", "COLLEGE", "BURGEMEESTER");
    assertThat(doc.select("div.vaststelling[data-organ=RAAD]").text())
        .contains("openbare vergadering van de raad", "De griffier,", "De voorzitter,");
    assertThat(doc.select("div.vaststelling[data-organ=BURGEMEESTER]").text())
        .contains("Aldus vastgesteld door de burgemeester");
    assertThat(doc.select("li.regel-overig").text())
        .contains("https://www.voorbeeldstad.nl/contact")
        .doesNotContain("omgevingsloket", "[adres");
    assertThat(row(doc, "Evenementformulier").select("td").get(3).text()).isEqualTo("burgemeester");
    assertThat(row(doc, "Klachtformulier").select("td").get(3).text()).isEqualTo("raad");
    assertThat(row(doc, "Contactformulier").select("td").get(2).text())
        .contains("DigiD Machtigen", "eIDAS");
    assertThat(row(doc, "Contactformulier").select("td").get(4).text())
        .contains("alle berichten waarvoor geen ander");
    assertThat(doc.select("li.mandaat").text()).contains("De raad verleent de griffier mandaat");
    assertThat(doc.select("li.mandaat").text())
        .contains("; het college van burgemeester en wethouders verleent");
    assertThat(doc.select("div.besluit > p").first().text())
        .isEqualTo(
            "De raad, het college van burgemeester en "
                + "wethouders en de burgemeester van de gemeente Voorbeeldstad, ieder voor zover het zijn bevoegdheid betreft;");
  }

  static org.jsoup.nodes.Element row(Document doc, String channel) {
    return doc.select("tr.kanaal").stream()
        .filter(r -> r.select("td").get(1).text().startsWith(channel))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bijlage row for " + channel));
  }

  @Test
  @Order(5)
  void theMunicipalitysChoicesGoIntoTheTextAndSeparateDecisionsSplitTheBijlage() {
    String settings = "/api/municipalities/" + m + "/designation-decision/settings";
    assertThat(api.get(settings).body().get("joint").asBoolean()).isTrue();
    Http.Reply wrong =
        api.send("PUT", settings, "{\"version\": 0, \"entryIntoForce\": \"1-1-2027\"}", null);
    assertThat(wrong.status()).isEqualTo(422);
    Http.Reply saved =
        api.send(
            "PUT",
            settings,
            """
        {"version": 0, "joint": true, "previousTitle": "Besluit elektronisch berichtenverkeer Voorbeeldstad 2012",
         "publicationUrl": "https://www.voorbeeldstad.nl/kanalen", "legalRemedies": true,
         "entryIntoForce": "2027-01-01"}""",
            null);
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(api.send("PUT", settings, "{\"version\": 0, \"joint\": false}", null).status())
        .isEqualTo(409);

    Document doc = draft();
    assertThat(doc.select("p.intrekking").text())
        .isEqualTo(
            "Het Besluit elektronisch berichtenverkeer Voorbeeldstad 2012 wordt ingetrokken.");
    assertThat(doc.select("p.inwerkingtreding").text()).contains("met ingang van 1 januari 2027");
    assertThat(doc.select("li.publicatie a").attr("href"))
        .isEqualTo("https://www.voorbeeldstad.nl/kanalen");
    assertThat(doc.select("p.rechtsmiddelen").text()).contains("binnen zes weken");

    assertThat(api.send("PUT", settings, "{\"version\": 1, \"joint\": false}", null).status())
        .isEqualTo(200);
    Document separate = draft();
    assertThat(separate.select("div.besluit")).hasSize(3);
    org.jsoup.nodes.Element mayor = separate.select("div.besluit").get(2);
    assertThat(mayor.select("h1").text())
        .startsWith("Besluit van de burgemeester van de gemeente Voorbeeldstad");
    assertThat(mayor.select("div.vaststelling").eachAttr("data-organ"))
        .containsExactly("BURGEMEESTER");
    assertThat(mayor.select("li.product").eachAttr("data-product-id"))
        .containsExactly(String.valueOf(product("evenementenvergunning")));
    assertThat(mayor.select("li.regel-overig").text())
        .contains("https://www.voorbeeldstad.nl/contact");
    assertThat(
            separate.select("div.besluit").get(1).select("li.product").eachAttr("data-product-id"))
        .contains(String.valueOf(product("boom-kappen")))
        .doesNotContain(String.valueOf(product("evenementenvergunning")));
    assertThat(api.send("PUT", settings, "{\"version\": 2, \"joint\": true}", null).status())
        .isEqualTo(200);
  }

  static jakarta.ws.rs.core.Response download(String path) {
    return APP.client()
        .target("http://localhost:" + APP.getLocalPort() + path)
        .request()
        .header("Authorization", TestUsers.basic("redacteur"))
        .get();
  }

  /**
   * The text of word/document.xml in a .docx (a zip), or an assertion error when it is not there.
   */
  static String documentXml(byte[] docx) throws java.io.IOException {
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml in the .docx");
  }

  @Test
  @Order(6)
  void theDecisionIsARealWordFileAndARealPdfAlsoForAStoredVersion() throws Exception {
    String api = "/api/municipalities/" + m + "/designation-decision";
    jakarta.ws.rs.core.Response docx = download(api + "/docx");
    assertThat(docx.getStatus()).isEqualTo(200);
    assertThat(docx.getMediaType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(docx.getHeaderString("Content-Disposition"))
        .contains("aanwijzingsbesluit-voorbeeldstad-", ".docx");
    byte[] bytes = docx.readEntity(byte[].class);
    String xml = documentXml(bytes);
    assertThat(xml)
        .contains(
            "Artikel 2 Aanwijzing van kanalen",
            "artikel 20.21 van de Omgevingswet",
            "omgevingswet.overheid.nl",
            "Evenementformulier",
            "Aldus vastgesteld door de burgemeester",
            "<w:tbl>");
    try (org.apache.poi.xwpf.usermodel.XWPFDocument word =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes))) {
      org.apache.poi.xwpf.usermodel.XWPFTable bijlage = word.getTables().get(0);
      assertThat(bijlage.getRow(0).getCell(3).getText()).isEqualTo("Bestuursorgaan");
      int channels = api(base).size();
      assertThat(bijlage.getRows())
          .hasSize(1 + channels + 2); // header, each channel, Omgevingsloket, Berichtenbox
    }

    jakarta.ws.rs.core.Response pdf = download(api + "/pdf");
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(pdf.getMediaType().toString()).isEqualTo("application/pdf");
    byte[] pdfBytes = pdf.readEntity(byte[].class);
    assertThat(new String(pdfBytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(pdfBytes.length).isGreaterThan(5000);

    long version = DesignationDemoTest.api.get(api + "/versions").body().get(0).get("id").asLong();
    assertThat(
            documentXml(download(api + "/versions/" + version + "/docx").readEntity(byte[].class)))
        .contains("Bezwaar maken")
        .doesNotContain("Evenementformulier");
    assertThat(
            new String(
                download(api + "/versions/" + version + "/pdf").readEntity(byte[].class),
                0,
                4,
                java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF");
    assertThat(download(api + "/versions/999999/docx").getStatus()).isEqualTo(404);
    assertThat(
            documentXml(
                download("/aanwijzing/besluit/docx?gemeente=" + m).readEntity(byte[].class)))
        .contains("Artikel 8 Citeertitel");
    assertThat(html("/aanwijzing?gemeente=" + m).text())
        .contains(
            "/aanwijzing/besluit/docx?gemeente=" + m,
            "/aanwijzing/besluit/pdf?gemeente=" + m,
            "een jurist van de gemeente beoordeelt het");
  }

  static com.fasterxml.jackson.databind.JsonNode api(String path) {
    return DesignationDemoTest.api.get(path).body();
  }

  @Test
  @Order(7)
  void aVersionMovesFromConceptToPublishedOneStepAtATimeAndItsTextNeverChanges() {
    String versions = "/api/municipalities/" + m + "/designation-decision/versions";
    JsonNode oldest = api(versions).get(api(versions).size() - 1);
    long id = oldest.get("id").asLong();
    assertThat(oldest.get("status").asText()).isEqualTo("CONCEPT");
    assertThat(oldest.get("label").asText()).matches("\\d{4}-\\d{2}-\\d{2} nr\\. 1");
    String text = html(versions + "/" + id).text();
    String status = versions + "/" + id + "/status";

    assertThat(
            api.post(
                    status,
                    """
        {"status": "VASTGESTELD", "adoptedOn": "2026-12-15", "adoptedBy": ["COLLEGE"]}""")
                .status())
        .isEqualTo(409);
    assertThat(api.post(status, "{\"status\": \"VOORGELEGD\"}").status()).isEqualTo(200);
    assertThat(api.post(status, "{\"status\": \"VASTGESTELD\"}").status()).isEqualTo(422);
    assertThat(
            api.post(
                    status,
                    """
        {"status": "VASTGESTELD", "adoptedOn": "2026-12-15", "adoptedBy": ["MAYOR"]}""")
                .status())
        .isEqualTo(422);
    Http.Reply adopted =
        api.post(
            status,
            """
        {"status": "VASTGESTELD", "adoptedOn": "2026-12-15", "adoptedBy": ["COLLEGE", "BURGEMEESTER"]}""");
    assertThat(adopted.status()).as(adopted.text()).isEqualTo(200);
    assertThat(adopted.body().get("adoptedBy").toString())
        .isEqualTo("[\"COLLEGE\",\"BURGEMEESTER\"]");
    assertThat(api.post(status, "{\"status\": \"VOORGELEGD\"}").status()).isEqualTo(409);
    assertThat(api.post(status, "{\"status\": \"CONCEPT\"}").status()).isEqualTo(409);
    Http.Reply published =
        api.post(
            status,
            """
        {"status": "BEKENDGEMAAKT", "gemeenteblad": "2026-123456",
         "gemeentebladUrl": "https://zoek.officielebekendmakingen.nl/gmb-2026-123456", "publishedOn": "2026-12-20",
         "entryIntoForce": "2027-01-01"}""");
    assertThat(published.status()).as(published.text()).isEqualTo(200);
    assertThat(published.body().get("status").asText()).isEqualTo("BEKENDGEMAAKT");
    assertThat(
            api.post(
                    status,
                    "{\"status\": \"BEKENDGEMAAKT\", \"gemeenteblad\": \"x\", "
                        + "\"publishedOn\": \"2026-12-21\", \"entryIntoForce\": \"2027-01-01\"}")
                .status())
        .isEqualTo(409);
    assertThat(html(versions + "/" + id).text()).isEqualTo(text);
    assertThat(api(versions).get(0).get("status").asText()).isEqualTo("CONCEPT");

    String page =
        Jsoup.parse(html("/aanwijzing?gemeente=" + m).text())
            .select("li[data-version-id=" + id + "]")
            .text();
    assertThat(page)
        .contains(
            "nr. 1",
            "Bekendgemaakt",
            "vastgesteld op 15-12-2026 door College van burgemeester en"
                + " wethouders, Burgemeester",
            "Gemeenteblad 2026-123456");
  }

  @Test
  @Order(8)
  void theWebFormsTakeDatesTheDutchWayAndShowThemSo() {
    String versions = "/api/municipalities/" + m + "/designation-decision/versions";
    long id = api.post(versions, null).body().get("id").asLong();
    SessionLogin login = new SessionLogin(APP.getLocalPort());
    SessionLogin.Session session = login.login("redacteur");
    String form = "/aanwijzing/besluit/versies/" + id + "/status";
    assertThat(login.form(session, form, "gemeente", "" + m, "status", "VOORGELEGD").status())
        .isEqualTo(303);
    SessionLogin.Reply refused =
        login.form(
            session,
            form,
            "gemeente",
            "" + m,
            "status",
            "VASTGESTELD",
            "adoptedOn",
            "31-02-2027",
            "adoptedBy",
            "COLLEGE");
    assertThat(refused.location()).contains("status-geweigerd");
    assertThat(version(versions, id).get("status").asText()).isEqualTo("VOORGELEGD");
    SessionLogin.Reply adopted =
        login.form(
            session,
            form,
            "gemeente",
            "" + m,
            "status",
            "VASTGESTELD",
            "adoptedOn",
            "3-2-2027",
            "adoptedBy",
            "COLLEGE");
    assertThat(adopted.location()).doesNotContain("geweigerd");
    assertThat(version(versions, id).get("adoptedOn").asText()).isEqualTo("2027-02-03");

    JsonNode settings = api("/api/municipalities/" + m + "/designation-decision/settings");
    SessionLogin.Reply saved =
        login.form(
            session,
            "/aanwijzing/instellingen",
            "gemeente",
            "" + m,
            "version",
            settings.get("version").asText(),
            "joint",
            "true",
            "entryIntoForce",
            "01-04-2027");
    assertThat(saved.location()).as(saved.body()).doesNotContain("ongeldig", "verouderd");
    assertThat(
            api("/api/municipalities/" + m + "/designation-decision/settings")
                .get("entryIntoForce")
                .asText())
        .isEqualTo("2027-04-01");
    String page =
        Jsoup.parse(login.page(session, "/aanwijzing?gemeente=" + m).body())
            .select("li[data-version-id=" + id + "]")
            .text();
    assertThat(page).contains("vastgesteld op 03-02-2027");
    assertThat(login.page(session, "/aanwijzing?gemeente=" + m).body())
        .contains("value=\"01-04-2027\"");
  }

  private static JsonNode version(String versions, long id) {
    return StreamSupport.stream(api(versions).spliterator(), false)
        .filter(v -> v.get("id").asLong() == id)
        .findFirst()
        .orElseThrow();
  }
}
