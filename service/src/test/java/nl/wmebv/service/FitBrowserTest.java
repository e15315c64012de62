package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.session.SessionService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page fits the window: at 1366 px no demo product page and no session page (every product of
 * a started session per cluster) is wider than the window; at 390 px the dashboard, the inventory
 * and every product page need no horizontal page scrolling (tables scroll inside their own
 * wrapper).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class FitBrowserTest {
  private static final TestDatabase DB = TestDatabase.createMigrated();

  static final DropwizardAppExtension<WmebvConfiguration> APP = TestApps.demo(DB);

  private static final int WIDE = 1366;
  private static final int NARROW = 390;
  private static List<Long> products;
  private static List<String> sessionPages;

  private HeadlessChromium browser;

  @BeforeAll
  static void demoCrawledAndSessionsStarted() throws InterruptedException {
    TestUsers.create(DB.jdbi(), "consultant", Role.EDITOR);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM crawl_run WHERE status = 'FINISHED'")
                        .mapTo(Integer.class)
                        .one())
        == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the demo crawl did not finish");
      }
      Thread.sleep(250);
    }
    products =
        DB.jdbi()
            .withHandle(
                h -> h.createQuery("SELECT id FROM product ORDER BY id").mapTo(Long.class).list());
    assertThat(products).as("the demo's product pages").hasSizeGreaterThanOrEqualTo(50);
    SessionService sessions = new SessionService(DB.jdbi(), new ObjectMapper());
    List<Long> clusters =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT DISTINCT cluster_id FROM product WHERE cluster_id IS NOT NULL ORDER BY cluster_id")
                        .mapTo(Long.class)
                        .list());
    sessionPages = new ArrayList<>();
    for (long cluster : clusters) {
      long id =
          sessions.plan(String.valueOf(cluster), "2026-03-10", "14:30", "Anna, Bram", "consultant");
      sessions.start(id);
      sessionPages.add("/sessies/" + id);
      int count = sessions.productIds(sessions.find(id)).size();
      for (int n = 1; n <= count; n++) {
        sessionPages.add("/sessies/" + id + "/product/" + n);
      }
    }
    assertThat(sessionPages.size() - clusters.size())
        .as("session mode covers every clustered product")
        .isGreaterThanOrEqualTo(40);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @BeforeEach
  void login() {
    browser = HeadlessChromium.start();
    browser.login(base(), "/", "consultant", TestUsers.PASSWORD);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  /**
   * At 1366 px no product or session page, nor the dashboard and the inventory, is wider than the
   * window; at 390 px the dashboard, the inventory and every product page need no horizontal
   * scrolling. A page loaded once is measured at both widths (the window is resized in between,
   * which lays the page out again), so the test loads each page once.
   */
  @Test
  void noPageIsWiderThanTheWindowAt1366AndTheMainPagesNotAt390() {
    List<String> both = new ArrayList<>(List.of("/", "/inventaris"));
    both.addAll(products.stream().map(id -> "/producten/" + id).toList());
    List<String> wide = new ArrayList<>();
    int width = windowWidth(WIDE);
    for (String path : both) {
      load(path);
      wide.addAll(tooWide(path, width));
      width = windowWidth(width == WIDE ? NARROW : WIDE);
      wide.addAll(tooWide(path, width));
    }
    width = windowWidth(WIDE);
    for (String path : sessionPages) {
      load(path);
      wide.addAll(tooWide(path, width));
    }
    assertThat(wide).as("pages wider than the window (width: path: scrollWidth)").isEmpty();
    windowWidth(NARROW);
    load("/inventaris");
    browser.screenshot("inventaris-390");
  }

  private void load(String path) {
    browser.driver.get(base() + path);
    assertThat(browser.driver.findElements(By.tagName("main"))).as(path).isNotEmpty();
  }

  /**
   * The page when its document is wider than the window, with the width: wider than the window's
   * width less its vertical scroll bar (clientWidth), which is stricter than window.innerWidth.
   */
  private List<String> tooWide(String path, int width) {
    List<?> widths =
        (List<?>)
            ((JavascriptExecutor) browser.driver)
                .executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
    long scroll = ((Number) widths.get(0)).longValue();
    long window = ((Number) widths.get(1)).longValue();
    return scroll > window
        ? List.of(width + ": " + path + ": " + scroll + " " + widest())
        : List.of();
  }

  /** The outermost elements that stick out on the right, to say in the failure what is too wide. */
  private String widest() {
    return String.valueOf(
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                """
        const w = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > w + 1
              && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1))
          .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
        """));
  }

  /**
   * Sets the window so that the page's viewport is exactly {@code width} wide (asserted); returns
   * the width.
   */
  private int windowWidth(int width) {
    browser.driver.manage().window().setSize(new Dimension(width, width == WIDE ? 900 : 844));
    Object inner = ((JavascriptExecutor) browser.driver).executeScript("return window.innerWidth;");
    assertThat(((Number) inner).intValue()).as("the viewport width").isEqualTo(width);
    return width;
  }

  private static String base() {
    return "http://localhost:" + APP.getLocalPort();
  }
}
