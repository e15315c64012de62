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

/** Issue 16: the product page shows the product's bestuursorgaan and the channels designated for it. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProductDesignationPageTest {
  private static final TestDatabase DB = TestDatabase.createEmpty();
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
    inv.sql("UPDATE page SET analysis = NULL WHERE id IN (SELECT page_id FROM product WHERE id IN (?, ?))", klacht,
        other);
    Http.Reply created = anna.post("/api/municipalities/" + m + "/designations", """
        {"kind": "SPECIFIC_FORM", "name": "Klachtformulier", "url": "https://kampen.nl/form/klacht",
         "identification": "DIGID", "products": [{"productId": %d, "messageTypes": ["klacht"]}]}""".formatted(klacht));
    assertThat(created.status()).as(created.text()).isEqualTo(201);

    String page = web.get("anna", "/producten/" + klacht).body();
    String section = page.substring(page.indexOf("<h2>Aanwijzing</h2>"));
    section = section.substring(0, section.indexOf("</section>"));
    assertThat(section).contains("Bestuursorgaan: ").contains("(voorstel)")
        .contains("<a href=\"https://kampen.nl/form/klacht\">Klachtformulier</a>").contains("DigiD")
        .contains("Klacht").doesNotContain("Nog geen kanaal");

    String none = web.get("anna", "/producten/" + other).body();
    assertThat(none).contains("Nog geen kanaal aangewezen voor dit product.").doesNotContain("Klachtformulier");
  }
}
