package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.Http;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.sheet.ExportStamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inventory import through the API on the real database (issue 14 §1): our own export imports
 * back without a change, a municipality's own spreadsheet creates and updates, twice changes
 * nothing, bad rows and newer decisions are guarded, a dry run writes nothing, and only editors of
 * the municipality may import.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InventoryImportTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP =
      TestApps.app(DB, "scheduler.enabled", "false");
  private static final String CSV = "text/csv";

  static Http http;
  static Inventory inv;

  @BeforeAll
  static void users() {
    TestUsers.create(DB.jdbi(), "imke", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "piet", Role.EDITOR);
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER);
    http = new Http(APP.getLocalPort(), "imke");
    inv = new Inventory(DB.jdbi());
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  private static String path(long municipality, String query) {
    return "/api/municipalities/" + municipality + "/inventory-import?" + query;
  }

  private static Http.Reply importCsv(long municipality, String query, String csv) {
    return http.postFile(path(municipality, query), CSV, csv.getBytes(StandardCharsets.UTF_8));
  }

  private static long audit(long municipality) {
    return inv.count("SELECT count(*) FROM audit_event WHERE municipality_id = ?", municipality);
  }

  private static List<String> results(Http.Reply reply) {
    List<String> results = new ArrayList<>();
    reply.body().get("rows").forEach(r -> results.add(r.get("result").asText()));
    return results;
  }

  @Test
  void ourOwnExportImportsBackWithoutAChange() {
    long[] z = inv.municipality("zwolle");
    long wonen = inv.cluster(z[0], "Wonen", 1);
    long a = inv.product(z[0], z[1], "Huurtoeslag", "/huurtoeslag", null, "DIGITAL");
    long b = inv.product(z[0], z[1], "Bijstand", "/bijstand", null, "NONE");
    inv.product(z[0], z[1], "Paspoort", "/paspoort", null, "NOT_DIGITAL");
    assertThat(
            http.patch(
                    "/api/products/" + a,
                    "{\"version\": 1, \"clusterId\": "
                        + wonen
                        + ", \"inScope\": true, "
                        + "\"messageTypes\": [\"aanvraag\", \"melding\"], \"channelStatusOverride\": \"DIGITAL\", "
                        + "\"textStatus\": \"REWRITTEN\", \"notes\": \"Formulier; met \\\"aanhalingstekens\\\"\"}",
                    null)
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    "/api/products/" + b + "/actions",
                    "{\"type\": \"CREATE_EFORM\", \"owner\": \"Team KCC\", "
                        + "\"deadline\": \"2026-03-15\", \"status\": \"IN_PROGRESS\"}")
                .status())
        .isEqualTo(201);
    long events = audit(z[0]);

    for (String format : List.of("csv", "xlsx")) {
      byte[] file = http.download("/api/municipalities/" + z[0] + "/export." + format);
      Http.Reply reply =
          http.postFile(
              path(z[0], "dryRun=false"),
              format.equals("csv") ? CSV : InventoryImportResource.XLSX,
              file);
      assertThat(reply.status()).as(format + ": " + reply.text()).isEqualTo(200);
      assertThat(reply.body().get("matched").asInt()).as(format).isEqualTo(3);
      assertThat(reply.body().get("unchanged").asInt()).as(reply.text()).isEqualTo(3);
      assertThat(reply.body().get("created").asInt() + reply.body().get("updated").asInt())
          .isZero();
    }
    assertThat(audit(z[0])).as("nothing written").isEqualTo(events);
    assertThat(inv.count("SELECT count(*) FROM product WHERE municipality_id = ?", z[0]))
        .isEqualTo(3);
  }

  @Test
  void aMunicipalitysOwnSpreadsheetCreatesAndUpdatesAndTwiceChangesNothing() {
    long[] k = inv.municipality("kampen");
    inv.cluster(k[0], "Sociaal Domein", 1);
    long huur = inv.product(k[0], k[1], "Huurtoeslag", "/huurtoeslag", null, "NONE");
    String csv =
        """
        Product;Cluster;Digitaal kanaal (ja/nee);Actiehouder;Deadline;Opmerkingen;Pagina
        Huurtoeslag;sociaal domein;ja;Fatima;15-03-2026;Via Mijn Kampen;https://www.example.nl/huurtoeslag
        Kwijtschelding;;nee;;;Nog uitzoeken;https://www.kampen.nl/kwijtschelding
        """;

    Http.Reply first = importCsv(k[0], "dryRun=false", csv);
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    assertThat(results(first)).containsExactly("updated", "created");
    assertThat(first.body().get("applied").asBoolean()).isTrue();
    assertThat(first.body().get("rows").get(0).get("productId").asLong()).isEqualTo(huur);
    assertThat(first.body().get("rows").get(0).get("changes").toString())
        .contains("\"field\":\"owner\"")
        .contains("\"to\":\"2026-03-15\"")
        .contains("\"field\":\"channelStatus\",\"from\":null,\"to\":\"DIGITAL\"");
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND channel_status_override = 'DIGITAL' "
                    + "AND notes = 'Via Mijn Kampen' AND cluster_set_by_person AND cluster_id IS NOT NULL",
                huur))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM action WHERE product_id = ? AND type = 'OTHER' AND owner = 'Fatima' "
                    + "AND deadline = DATE '2026-03-15' AND status = 'OPEN'",
                huur))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE municipality_id = ? AND name = 'Kwijtschelding' "
                    + "AND from_spreadsheet AND is_new AND review_reason = 'Uit spreadsheet' AND channel_status_override = 'ABSENT' "
                    + "AND spreadsheet_page_url = 'https://www.kampen.nl/kwijtschelding'",
                k[0]))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM audit_event WHERE municipality_id = ? AND actor = 'imke' "
                    + "AND event IN ('product.imported', 'product.created_from_spreadsheet', 'action.created')",
                k[0]))
        .isEqualTo(4);
    long events = audit(k[0]);

    Http.Reply second = importCsv(k[0], "dryRun=false", csv);
    assertThat(second.status()).as(second.text()).isEqualTo(200);
    assertThat(results(second)).containsExactly("unchanged", "unchanged");
    assertThat(second.body().get("matched").asInt()).isEqualTo(2);
    assertThat(audit(k[0])).as("the second import writes nothing").isEqualTo(events);
    assertThat(inv.count("SELECT count(*) FROM product WHERE municipality_id = ?", k[0]))
        .isEqualTo(2);
  }

  @Test
  void theProductOwnersAddressComesFromTheSpreadsheetAndAWrongOneIsABadRow() {
    long[] z = inv.municipality("eigenaarstad");
    long huur = inv.product(z[0], z[1], "Huurtoeslag", "/huurtoeslag", null, "NONE");
    inv.product(z[0], z[1], "Kwijtschelding", "/kwijtschelding", null, "NONE");
    String csv =
        """
        Product;Producteigenaar (e-mail)
        Huurtoeslag;inkomen@zwolle.nl
        Kwijtschelding;geen adres
        """;

    Http.Reply refused = importCsv(z[0], "dryRun=false", csv);
    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(results(refused)).containsExactly("updated", "bad");
    assertThat(refused.body().get("rows").get(1).get("message").asText())
        .contains("geen e-mailadres");

    Http.Reply accepted = importCsv(z[0], "dryRun=false&acceptBadRows=true", csv);
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    assertThat(accepted.body().get("rows").get(0).get("changes").toString())
        .contains("\"field\":\"productOwnerEmail\",\"from\":null,\"to\":\"inkomen@zwolle.nl\"");
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND owner_email = 'inkomen@zwolle.nl'",
                huur))
        .isEqualTo(1);
  }

  @Test
  void badRowsGetADutchMessageAndStopTheImportUnlessTheGoodRowsAreAccepted() {
    long[] d = inv.municipality("deventer");
    inv.cluster(d[0], "Burgerzaken", 1);
    long pas = inv.product(d[0], d[1], "Paspoort", "/paspoort", null, "NONE");
    String csv =
        """
        Product;Cluster;Deadline;Tekststatus;Opmerkingen
        Paspoort;Burgerzaken;;Herschreven;Goed
        Rijbewijs;Burgerzaken;31-02-2026;;
        Parkeren;Verkeer;;;
        Afval;;;Prachtig;
        """;
    long events = audit(d[0]);

    Http.Reply refused = importCsv(d[0], "dryRun=false", csv);
    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.body().get("applied").asBoolean()).isFalse();
    assertThat(refused.body().get("bad").asInt()).isEqualTo(3);
    assertThat(refused.body().get("message").asText())
        .contains("3 rows are bad; nothing was imported");
    assertThat(results(refused)).containsExactly("updated", "bad", "bad", "bad");
    JsonNode rows = refused.body().get("rows");
    assertThat(rows.get(1).get("row").asInt()).isEqualTo(3);
    assertThat(rows.get(1).get("message").asText()).contains("\"31-02-2026\" is geen datum");
    assertThat(rows.get(2).get("message").asText())
        .contains("Cluster \"Verkeer\" bestaat niet bij deze gemeente");
    assertThat(rows.get(3).get("message").asText())
        .contains("\"Prachtig\" is geen toegestane waarde voor tekststatus");
    assertThat(audit(d[0])).isEqualTo(events);
    assertThat(inv.count("SELECT count(*) FROM product WHERE municipality_id = ?", d[0]))
        .isEqualTo(1);

    Http.Reply accepted = importCsv(d[0], "dryRun=false&acceptBadRows=true", csv);
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    assertThat(accepted.body().get("updated").asInt()).isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND text_status = 'REWRITTEN' AND notes = 'Goed'",
                pas))
        .isEqualTo(1);
    assertThat(inv.count("SELECT count(*) FROM product WHERE municipality_id = ?", d[0]))
        .as("no bad row created")
        .isEqualTo(1);
  }

  @Test
  void aDecisionMadeInTheToolAfterTheExportIsNotOverwrittenUnlessChosenAndThenAudited() {
    long[] o = inv.municipality("ommen");
    long wonen = inv.cluster(o[0], "Wonen", 1);
    long a = inv.product(o[0], o[1], "Bouwvergunning", "/bouwvergunning", null, "NONE");
    long b = inv.product(o[0], o[1], "Kapvergunning", "/kapvergunning", null, "NONE");
    String stamp = ExportStamp.line(OffsetDateTime.now().minusDays(1));
    // after the export: piet decides on a's notes and b's cluster
    assertThat(
            http.as("piet")
                .patch(
                    "/api/products/" + a,
                    "{\"version\": 1, \"notes\": \"Besloten in de tool\"}",
                    null)
                .status())
        .isEqualTo(200);
    assertThat(
            http.as("piet")
                .patch("/api/products/" + b, "{\"version\": 1, \"clusterId\": " + wonen + "}", null)
                .status())
        .isEqualTo(200);
    String csv =
        stamp
            + "\nNr.;Product;Cluster;Kanaal besluit;Notities\n"
            + a
            + ";Bouwvergunning;;;Oude notitie uit Excel\n"
            + b
            + ";Kapvergunning;Wonen;;Notitie voor kap\n";

    Http.Reply guarded = importCsv(o[0], "dryRun=false", csv);
    assertThat(guarded.status()).as(guarded.text()).isEqualTo(200);
    assertThat(results(guarded))
        .as("b's cluster is the same; its notes were not decided after the export")
        .containsExactly("conflict", "updated");
    assertThat(guarded.body().get("rows").get(0).get("message").asText())
        .contains("nieuwere beslissing genomen over: Notities");
    assertThat(guarded.body().get("message").asText()).contains("1 rows would overwrite decisions");
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND notes = 'Besloten in de tool'", a))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND notes = 'Notitie voor kap'", b))
        .isEqualTo(1);

    Http.Reply overwritten = importCsv(o[0], "dryRun=false&overwriteNewer=true", csv);
    assertThat(results(overwritten)).containsExactly("updated", "unchanged");
    assertThat(overwritten.body().get("rows").get(0).get("message").asText())
        .contains("Overschrijft een nieuwere beslissing");
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND notes = 'Oude notitie uit Excel'",
                a))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM audit_event WHERE product_id = ? AND event = 'product.import_overwrote' "
                    + "AND actor = 'imke' AND changes -> 'notes' ->> 'from' = 'Besloten in de tool' "
                    + "AND changes -> 'notes' ->> 'to' = 'Oude notitie uit Excel'",
                a))
        .isEqualTo(1);
  }

  @Test
  void aDryRunReportsWhatWouldChangeAndWritesNothing() {
    long[] r = inv.municipality("raalte");
    long pas = inv.product(r[0], r[1], "Paspoort", "/paspoort", null, "NONE");
    long events = audit(r[0]);

    Http.Reply dry =
        importCsv(
            r[0], "dryRun=true", "Product,Opmerkingen\nPaspoort,Afspraak nodig\nNieuw product,\n");
    assertThat(dry.status()).as(dry.text()).isEqualTo(200);
    assertThat(dry.body().get("applied").asBoolean()).isFalse();
    assertThat(dry.body().get("message").asText()).contains("Dry run");
    assertThat(dry.body().get("updated").asInt()).isEqualTo(1);
    assertThat(dry.body().get("created").asInt()).isEqualTo(1);
    assertThat(dry.body().get("rows").get(0).get("productId").asLong()).isEqualTo(pas);
    assertThat(audit(r[0])).isEqualTo(events);
    assertThat(inv.count("SELECT count(*) FROM product WHERE municipality_id = ?", r[0]))
        .isEqualTo(1);
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE id = ? AND notes IS NULL AND version = 1", pas))
        .isEqualTo(1);
  }

  @Test
  void onlyEditorsOfTheMunicipalityImportAndBadRequestsAreRefused() {
    long[] h = inv.municipality("hardenberg");
    long[] elsewhere = inv.municipality("dalfsen");
    inv.product(h[0], h[1], "Paspoort", "/paspoort", null, "NONE");
    TestUsers.createScoped(DB.jdbi(), "alleen.dalfsen", Role.EDITOR, elsewhere[0]);
    byte[] csv = "Product;Opmerkingen\nPaspoort;x\n".getBytes(StandardCharsets.UTF_8);

    assertThat(http.as("lezer").postFile(path(h[0], "dryRun=false"), CSV, csv).status())
        .isEqualTo(403);
    Http.Reply foreign = http.as("alleen.dalfsen").postFile(path(h[0], "dryRun=false"), CSV, csv);
    assertThat(foreign.status()).as(foreign.text()).isEqualTo(404);
    assertThat(http.postFile(path(999_999, "dryRun=true"), CSV, csv).status()).isEqualTo(404);
    assertThat(http.postFile(path(h[0], "dryRun=false"), "text/plain", csv).status())
        .isEqualTo(415);
    Http.Reply zip =
        http.postFile(
            path(h[0], "dryRun=true"),
            InventoryImportResource.XLSX,
            new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    assertThat(zip.status()).isEqualTo(400);
    assertThat(zip.body().get("message").asText())
        .isEqualTo("The file is not a readable CSV or XLSX");
    assertThat(http.postFile(path(h[0], "acceptBadRows=true"), CSV, csv).text())
        .contains("dryRun must be true or false");
    Http.Reply noProducts =
        http.postFile(
            path(h[0], "dryRun=true"),
            CSV,
            "Kleur;Maat\nrood;L\n".getBytes(StandardCharsets.UTF_8));
    assertThat(noProducts.status()).isEqualTo(422);
    assertThat(noProducts.text()).contains("No column of the file gives the product");
    assertThat(
            inv.count(
                "SELECT count(*) FROM product WHERE municipality_id = ? AND notes IS NOT NULL",
                h[0]))
        .isZero();
  }
}
