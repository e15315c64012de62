package nl.wmebv.service.resources.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.service.Inventory;
import nl.wmebv.service.SessionLogin;
import nl.wmebv.service.TestApps;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.TestUsers;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.auth.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The actions page (/acties) in Dutch, "Mijn acties", and the dashboard's overdue and due actions
 * per cluster.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ActionsPageTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();
  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.app(DB);
  static final LocalDate TODAY = LocalDate.now(DutchTime.ZONE);

  static SessionLogin browser;
  static SessionLogin.Session anna;
  static long m;
  static long wonen;
  static long werk;
  static long paspoort;

  @BeforeAll
  static void inventory() {
    TestUsers.create(DB.jdbi(), "anna", Role.VIEWER);
    Inventory inv = new Inventory(DB.jdbi());
    long[] zwolle = inv.municipality("zwolle");
    m = zwolle[0];
    wonen = inv.cluster(m, "Wonen", 1);
    werk = inv.cluster(m, "Werk", 2);
    paspoort = inv.product(m, zwolle[1], "Paspoort", "/paspoort", wonen, "NONE");
    long bouw = inv.product(m, zwolle[1], "Bouwvergunning", "/bouwvergunning", werk, "NONE");
    long uitkering = inv.product(m, zwolle[1], "Uitkering", "/uitkering", null, "NONE");
    action(inv, paspoort, "CREATE_EFORM", "anna", TODAY.minusDays(5), "OPEN"); // Wonen: late
    action(
        inv, paspoort, "REPAIR_LINK", "Jan", TODAY.plusDays(10), "IN_PROGRESS"); // Wonen: due soon
    action(inv, paspoort, "REWRITE_TEXT", "Jan", TODAY.minusDays(2), "DONE"); // done: neither
    action(
        inv,
        bouw,
        "ADD_DIGID",
        "Anna",
        TODAY.plusDays(30),
        "OPEN"); // Werk: due soon (the 30th day)
    action(inv, bouw, "OTHER", "Jan", TODAY.plusDays(31), "OPEN"); // Werk: later
    action(inv, bouw, "DESIGNATE_EMAIL", "Piet", TODAY.minusDays(1), "IN_PROGRESS"); // Werk: late
    action(inv, uitkering, "OTHER", "Piet", TODAY.minusDays(3), "OPEN"); // without cluster: late
    browser = new SessionLogin(APP.getLocalPort());
    anna = browser.login("anna");
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  private static void action(
      Inventory inv, long product, String type, String owner, LocalDate deadline, String status) {
    inv.sql(
        "INSERT INTO action (product_id, type, owner, deadline, status) VALUES (?, ?, ?, ?, ?)",
        product,
        type,
        owner,
        deadline,
        status);
  }

  private static String page(String path) {
    SessionLogin.Reply r = browser.page(anna, path);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private static int rows(String html) {
    return html.split("<tr", -1).length - 2; // less the header row
  }

  @Test
  void showsTheActionsInADutchTableByDeadlineWithTheOverdueMark() {
    String html = page("/acties?gemeente=" + m);
    assertThat(html)
        .contains(
            "<a href=\"/acties\">Acties</a>",
            "<h1>Acties van gemeente zwolle</h1>",
            ">Eigenaar</a></th>",
            "<th scope=\"col\">Actie</th>",
            ">Product</a></th>",
            "<th scope=\"col\">Cluster</th>",
            ">Deadline</a></th>",
            "<th scope=\"col\">Status</th>",
            "gesorteerd op deadline");
    assertThat(html)
        .contains(
            "E-formulier maken", "Kapotte link herstellen", "DigiD toevoegen", "Bezig", "Klaar")
        .contains("<a href=\"/producten/" + paspoort + "\">Paspoort</a>", "<td>Wonen</td>")
        .contains(DutchTime.date(TODAY.minusDays(5)) + " <span class=\"flag late\">te laat</span>");
    assertThat(rows(html)).isEqualTo(7);
    assertThat(html.split("class=\"overdue\"", -1).length - 1)
        .isEqualTo(3); // done past its deadline is not late
    // by deadline: the oldest first
    int fiveDaysLate = html.indexOf(DutchTime.date(TODAY.minusDays(5)));
    int threeDaysLate = html.indexOf(DutchTime.date(TODAY.minusDays(3)));
    assertThat(fiveDaysLate).isLessThan(threeDaysLate);
    assertThat(threeDaysLate).isLessThan(html.indexOf(DutchTime.date(TODAY.plusDays(31))));
    // the filter form is a GET form on the page itself
    assertThat(html)
        .contains(
            "<form method=\"get\" action=\"/acties\"",
            "name=\"eigenaar\"",
            "name=\"cluster\"",
            "name=\"status\"",
            "name=\"telaat\" value=\"ja\"",
            "name=\"deadlineVoor\"")
        .doesNotContain("<script>");
  }

  @Test
  void filtersOnlyLateClusterStatusAndDeadline() {
    String late = page("/acties?gemeente=" + m + "&telaat=ja");
    assertThat(rows(late)).isEqualTo(3);
    assertThat(late).contains("value=\"ja\" checked");
    assertThat(rows(page("/acties?gemeente=" + m + "&cluster=" + werk))).isEqualTo(3);
    assertThat(rows(page("/acties?gemeente=" + m + "&status=DONE"))).isEqualTo(1);
    assertThat(rows(page("/acties?gemeente=" + m + "&deadlineVoor=" + TODAY))).isEqualTo(4);
    String bad = page("/acties?gemeente=" + m + "&deadlineVoor=morgen");
    assertThat(bad)
        .contains("role=\"alert\"", "Dit filter klopt niet")
        .doesNotContain("class=\"overdue\"");
  }

  @Test
  void mijnActiesFiltersOnTheLoggedInUser() {
    String all = page("/acties?gemeente=" + m);
    Matcher link = Pattern.compile("<a href=\"([^\"]+)\">Mijn acties</a>").matcher(all);
    assertThat(link.find()).as(all).isTrue();
    assertThat(link.group(1)).isEqualTo("/acties?gemeente=" + m + "&amp;eigenaar=anna");
    String mine = page(link.group(1).replace("&amp;", "&"));
    assertThat(mine)
        .contains("<strong>Mijn acties</strong>", "E-formulier maken", "DigiD toevoegen")
        .doesNotContain("Kapotte link herstellen", "Piet", "<td>Jan</td>");
    assertThat(rows(mine)).isEqualTo(2); // "anna" and "Anna": the same person
  }

  @Test
  void theDashboardShowsPerClusterTheActionsOverdueAndDueInThirtyDays() {
    String html = page("/");
    assertThat(html).contains("Acties te laat / deadline binnen 30 dagen");
    String acties = "/acties?gemeente=" + m + "&amp;cluster=";
    assertThat(row(html, "Wonen"))
        .contains("<a class=\"error\" href=\"" + acties + wonen + "&amp;telaat=ja\">1 te laat</a>")
        .contains("<a href=\"" + acties + wonen + "\">1 binnen 30 dagen</a>");
    assertThat(row(html, "Werk")).contains("1 te laat</a>", "1 binnen 30 dagen</a>");
    assertThat(row(html, "(geen cluster)"))
        .contains(acties + "none&amp;telaat=ja\">1 te laat</a>", "0 binnen 30 dagen");
  }

  /** The dashboard's table row of a cluster. */
  private static String row(String html, String cluster) {
    Matcher r =
        Pattern.compile(
                "<tr>\\s*<th scope=\"row\">(?:<a[^>]*>)?"
                    + Pattern.quote(cluster)
                    + "(?:</a>)?</th>.*?</tr>",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(r.find()).as(cluster + " in " + html).isTrue();
    return r.group();
  }
}
