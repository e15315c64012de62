package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import nl.wmebv.service.Http;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16: the product page shows the product's bestuursorgaan and the channels designated for it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProductDesignationPageTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);

  private static Http anna;
  private static WebPageClient web;
  private static long m;
  private static long site;
  private static Inventory inv;

  @BeforeAll
  static void setUp() {
    TestUsers.create(DB.jdbi(), "anna", Role.EDITOR);
    anna = new Http(APP.getLocalPort(), "anna");
    web = new WebPageClient(APP.getLocalPort());
    inv = new Inventory(DB.jdbi());
    long[] kampen = inv.municipality("kampen");
    m = kampen[0];
    site = kampen[1];
  }

  @AfterAll
  static void tearDown() {
    DB.close();
  }

  @Test
  void aDesignatedProductShowsItsChannelWithIdentificationAndMessageTypes() {
    long klacht = inv.product(m, site, "Klacht indienen", "/klacht", null, "DIGITAL");
    long other = inv.product(m, site, "Paspoort", "/paspoort", null, "NOT_DIGITAL");
    // the helper's made-up analysis is not one the page can read; these products need none
    inv.sql(
        "UPDATE page SET analysis = NULL WHERE id IN (SELECT page_id FROM product WHERE id IN (?, ?))",
        klacht,
        other);
    Http.Reply created =
        anna.post(
            "/api/municipalities/" + m + "/designations",
            """
        {"kind": "SPECIFIC_FORM", "name": "Klachtformulier", "url": "https://kampen.nl/form/klacht",
         "identification": "DIGID", "products": [{"productId": %d, "messageTypes": ["klacht"]}]}"""
                .formatted(klacht));
    assertThat(created.status()).as(created.text()).isEqualTo(201);

    String page = web.get("anna", "/producten/" + klacht).body();
    String section = page.substring(page.indexOf("<h2>Aanwijzing</h2>"));
    section = section.substring(0, section.indexOf("</section>"));
    assertThat(section)
        .contains("Bestuursorgaan: ")
        .contains("(voorstel)")
        .contains("<a href=\"https://kampen.nl/form/klacht\">Klachtformulier</a>")
        .contains("DigiD")
        .contains("Klacht")
        .doesNotContain("Nog geen kanaal");

    String none = web.get("anna", "/producten/" + other).body();
    assertThat(none)
        .contains("Nog geen kanaal aangewezen voor dit product.")
        .doesNotContain("Klachtformulier");
  }

  @Test
  void aFindingOnAProductBecomesOneActionInOneClick() {
    long[] zwolle = inv.municipality("zwolle");
    long product =
        inv.product(zwolle[0], zwolle[1], "Parkeervergunning", "/parkeren", null, "NOT_DIGITAL");
    inv.sql(
        "UPDATE product SET in_scope = true, message_types = '{aanvraag}' WHERE id = ?", product);
    inv.sql(
        "UPDATE page SET analysis = NULL WHERE id = (SELECT page_id FROM product WHERE id = ?)",
        product);
    String page = web.get("anna", "/aanwijzing?gemeente=" + zwolle[0]).body();
    assertThat(page)
        .contains("name=\"regel\" value=\"NO_DESIGNATED_CHANNEL\"")
        .contains("name=\"product\" value=\"" + product + "\"")
        .contains("Maak actie");

    for (int click = 0; click < 2; click++) {
      WebPageClient.Page r =
          web.postForm(
              "anna",
              "/aanwijzing/bevindingen/actie",
              "gemeente",
              "" + zwolle[0],
              "regel",
              "NO_DESIGNATED_CHANNEL",
              "product",
              "" + product);
      assertThat(r.status()).isEqualTo(303);
    }
    var actions = anna.get("/api/municipalities/" + zwolle[0] + "/actions").body();
    assertThat(actions.findValuesAsText("description"))
        .containsExactly("Aanwijzing: Product in scope zonder aangewezen kanaal");
    assertThat(
            web.get("anna", "/aanwijzing?gemeente=" + zwolle[0] + "&melding=actie-bestond").body())
        .contains("Voor deze bevinding staat al een open actie bij het product.");

    // a product of another municipality, or a rule that found nothing there, makes no action
    long kampenProduct = inv.product(m, site, "Hondenbelasting", "/honden", null, "NOT_DIGITAL");
    web.postForm(
        "anna",
        "/aanwijzing/bevindingen/actie",
        "gemeente",
        "" + zwolle[0],
        "regel",
        "NO_DESIGNATED_CHANNEL",
        "product",
        "" + kampenProduct);
    web.postForm(
        "anna",
        "/aanwijzing/bevindingen/actie",
        "gemeente",
        "" + zwolle[0],
        "regel",
        "DESIGNATED_CHANNEL_BROKEN",
        "product",
        "" + product);
    assertThat(
            anna.get("/api/municipalities/" + m + "/actions")
                .body()
                .findValuesAsText("description"))
        .doesNotContain("Aanwijzing: Product in scope zonder aangewezen kanaal");
    assertThat(anna.get("/api/municipalities/" + zwolle[0] + "/actions").body()).hasSize(1);
  }
}
