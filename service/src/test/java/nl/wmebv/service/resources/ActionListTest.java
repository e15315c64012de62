package nl.wmebv.service.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.Http;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.api.ActionFilter;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.action.ActionService;
import nl.wmebv.service.core.action.DueActions;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GET /api/municipalities/{id}/actions: who does what, by when, filtered and sorted; overdue by the
 * Dutch date.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ActionListTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);
  // the service decides "overdue" on the Dutch date, so the fixtures do too
  static final LocalDate TODAY = LocalDate.now(DutchTime.ZONE);

  static Http http;
  static long m;
  static long wonen;
  static long paspoort;
  static long late;
  static long linkRepair;
  static long doneDigid;
  static long rewrite;
  static long noDeadline;
  static long dueToday;

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "lezer", Role.VIEWER); // reading the list is anybody's
    http = new Http(APP.getLocalPort(), "lezer");
    Inventory inv = new Inventory(DB.jdbi());
    long[] zwolle = inv.municipality("zwolle");
    m = zwolle[0];
    wonen = inv.cluster(m, "Wonen", 1);
    long werk = inv.cluster(m, "Werk", 2);
    paspoort = inv.product(m, zwolle[1], "Paspoort", "/paspoort", wonen, "NONE");
    long bouw = inv.product(m, zwolle[1], "Bouwvergunning", "/bouwvergunning", werk, "NONE");
    long uitkering = inv.product(m, zwolle[1], "Uitkering", "/uitkering", null, "NONE");
    late = action(inv, paspoort, "CREATE_EFORM", "Anna", TODAY.minusDays(5), "OPEN");
    linkRepair = action(inv, paspoort, "REPAIR_LINK", "Jan", TODAY.plusDays(10), "IN_PROGRESS");
    doneDigid = action(inv, bouw, "ADD_DIGID", " anna ", TODAY.minusDays(1), "DONE");
    rewrite = action(inv, bouw, "REWRITE_TEXT", "Jan", TODAY.plusDays(60), "OPEN");
    noDeadline = action(inv, uitkering, "OTHER", null, null, "OPEN");
    dueToday = action(inv, uitkering, "DESIGNATE_EMAIL", "Piet", TODAY, "OPEN");
    long[] other = inv.municipality("kampen");
    action(
        inv,
        inv.product(other[0], other[1], "Paspoort", "/kampen-paspoort", null, "NONE"),
        "OTHER",
        "Anna",
        TODAY.minusDays(9),
        "OPEN");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  private static long action(
      Inventory inv, long product, String type, String owner, LocalDate deadline, String status) {
    inv.sql(
        "INSERT INTO action (product_id, type, owner, deadline, status) VALUES (?, ?, ?, ?, ?)",
        product,
        type,
        owner,
        deadline,
        status);
    return inv.count("SELECT max(id) FROM action");
  }

  private static List<Long> ids(String query) {
    Http.Reply r = http.get("/api/municipalities/" + m + "/actions" + query);
    assertThat(r.status()).as(query + ": " + r.text()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    r.body().forEach(a -> ids.add(a.get("id").asLong()));
    return ids;
  }

  @Test
  void listsTheMunicipalitysActionsByDeadlineWithProductClusterAndOverdue() {
    assertThat(ids("")).containsExactly(late, doneDigid, dueToday, linkRepair, rewrite, noDeadline);
    JsonNode first = http.get("/api/municipalities/" + m + "/actions").body().get(0);
    assertThat(first.get("productId").asLong()).isEqualTo(paspoort);
    assertThat(first.get("productName").asText()).isEqualTo("Paspoort");
    assertThat(first.get("clusterId").asLong()).isEqualTo(wonen);
    assertThat(first.get("clusterName").asText()).isEqualTo("Wonen");
    assertThat(first.get("type").asText()).isEqualTo("CREATE_EFORM");
    assertThat(first.get("owner").asText()).isEqualTo("Anna");
    assertThat(first.get("deadline").asText()).isEqualTo(TODAY.minusDays(5).toString());
    assertThat(first.get("status").asText()).isEqualTo("OPEN");
    assertThat(first.get("overdue").asBoolean()).isTrue();
    // done past its deadline, due today and without a deadline: none is late
    for (JsonNode a : http.get("/api/municipalities/" + m + "/actions").body()) {
      assertThat(a.get("overdue").asBoolean())
          .as(a.toString())
          .isEqualTo(a.get("id").asLong() == late);
    }
  }

  @Test
  void filtersOnOwnerStatusOverdueDeadlineAndCluster() {
    assertThat(ids("?owner=ANNA"))
        .containsExactly(late, doneDigid); // ignoring case and surrounding spaces
    assertThat(ids("?owner=Jan&status=OPEN")).containsExactly(rewrite);
    assertThat(ids("?status=OPEN")).containsExactly(late, dueToday, rewrite, noDeadline);
    assertThat(ids("?status=DONE")).containsExactly(doneDigid);
    assertThat(ids("?overdue=true")).containsExactly(late);
    assertThat(ids("?overdue=false"))
        .containsExactly(doneDigid, dueToday, linkRepair, rewrite, noDeadline);
    assertThat(ids("?deadlineBefore=" + TODAY)).containsExactly(late, doneDigid);
    assertThat(ids("?deadlineBefore=" + TODAY.plusDays(30)))
        .containsExactly(late, doneDigid, dueToday, linkRepair);
    assertThat(ids("?cluster=" + wonen)).containsExactly(late, linkRepair);
    assertThat(ids("?cluster=none")).containsExactly(dueToday, noDeadline);
    assertThat(ids("?cluster=" + wonen + "&overdue=true&owner=anna")).containsExactly(late);
    assertThat(ids("?owner=Niemand")).isEmpty();
  }

  @Test
  void sortsByDeadlineOwnerOrProduct() {
    assertThat(ids("?sort=deadline"))
        .containsExactly(late, doneDigid, dueToday, linkRepair, rewrite, noDeadline);
    assertThat(ids("?sort=owner"))
        .containsExactly(late, doneDigid, linkRepair, rewrite, dueToday, noDeadline);
    assertThat(ids("?sort=product"))
        .containsExactly(doneDigid, rewrite, late, linkRepair, dueToday, noDeadline);
    assertThat(ids("?sort=PRODUCT&status=OPEN"))
        .containsExactly(rewrite, late, dueToday, noDeadline);
  }

  @Test
  void overdueStartsAtTheDutchMidnightAfterTheDeadline() {
    Inventory inv = new Inventory(DB.jdbi());
    long[] deventer = inv.municipality("deventer");
    long product =
        inv.product(deventer[0], deventer[1], "Parkeervergunning", "/parkeren", null, "NONE");
    long id = action(inv, product, "OTHER", "Anna", LocalDate.of(2026, 12, 3), "OPEN");
    // 23:30 UTC on the deadline is already the next day in the Netherlands (CET, UTC+1)
    ActionService service =
        new ActionService(
            DB.jdbi(),
            new ObjectMapper(),
            Clock.fixed(Instant.parse("2026-12-03T23:30:00Z"), ZoneOffset.UTC));
    assertThat(service.today()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(service.list(deventer[0], ActionFilter.all()))
        .singleElement()
        .satisfies(a -> assertThat(a.id()).isEqualTo(id))
        .satisfies(a -> assertThat(a.overdue()).isTrue());
    ActionService anHourEarlier =
        new ActionService(
            DB.jdbi(),
            new ObjectMapper(),
            Clock.fixed(Instant.parse("2026-12-03T22:30:00Z"), ZoneOffset.UTC));
    assertThat(anHourEarlier.list(deventer[0], ActionFilter.all()).get(0).overdue()).isFalse();
    assertThat(service.dueByCluster(deventer[0])).containsEntry(0L, new DueActions(1, 0));
    assertThat(anHourEarlier.dueByCluster(deventer[0])).containsEntry(0L, new DueActions(0, 1));
  }

  @Test
  void refusesABadParameterNamingItAndAnswers404ForAnUnknownMunicipality() {
    String base = "/api/municipalities/" + m + "/actions?";
    for (String[] c :
        new String[][] {
          {"status=LATE", "status"},
          {"status=open", "status"},
          {"overdue=yes", "overdue"},
          {"deadlineBefore=31-12-2026", "deadlineBefore"},
          {"deadlineBefore=2026-02-30", "deadlineBefore"},
          {"cluster=abc", "cluster"},
          {"cluster=0", "cluster"},
          {"sort=name", "sort"},
          {"sort=deadline%3BDROP%20TABLE%20action", "sort"},
          {"owner=" + "x".repeat(201), "owner"}
        }) {
      Http.Reply r = http.get(base + c[0]);
      assertThat(r.status()).as(c[0]).isEqualTo(400);
      assertThat(r.body().get("message").asText()).as(c[0]).startsWith(c[1] + " must be");
    }
    assertThat(http.get("/api/municipalities/999999/actions").status()).isEqualTo(404);
    assertThat(ids("?owner=x%27%20OR%201%3D1%20--")).isEmpty(); // a bound value, not SQL
  }
}
