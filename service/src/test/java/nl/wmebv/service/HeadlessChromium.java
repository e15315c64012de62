package nl.wmebv.service;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven by Selenium, for browser tests; skips the test (assumption)
 * when Debian's chromium and chromium-driver are not installed, and fails it then under CI=true.
 * One browser serves every test of the JVM in turn; the JVM's end quits it and deletes its profile.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 1000;
  private static HeadlessChromium shared;
  // the window size a launched browser has, which a test may change and the next one gets back
  private static Dimension startSize;

  public final WebDriver driver;
  public final WebDriverWait wait;
  private final Path profile;

  private HeadlessChromium(WebDriver driver, Path profile) {
    this.driver = driver;
    // htmx swaps and page loads replace elements while a wait polls them: retry instead of failing.
    // Besides
    // the stale-element error, ChromeDriver 156 reports a node swapped out mid-call as a plain
    // WebDriverException
    // ("Node with given id does not belong to the document"); a wait that never comes true still
    // times out and
    // names the last error
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    this.wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
    this.profile = profile;
  }

  /**
   * The browser for one test: this JVM's Chromium, started on first use and shared by every browser
   * test (starting one took seconds), handed out with no cookies, one blank window at the start
   * size and no console messages; without one installed it skips the calling test, or fails it
   * under CI=true.
   */
  public static synchronized HeadlessChromium start() {
    requireInstalled(CHROMEDRIVER.canExecute() && CHROMIUM.canExecute(), System.getenv("CI"));
    if (shared != null && !reset(shared)) {
      quit(shared);
      shared = null;
    }
    if (shared == null) {
      if (startSize == null) {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(HeadlessChromium::quitShared, "quit-chromium"));
      }
      shared = launch();
      startSize = shared.driver.manage().window().getSize();
    }
    return shared;
  }

  private static HeadlessChromium launch() {
    try {
      Path profile = Files.createTempDirectory("wmebv-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      // the background-networking flags keep Chromium off the (closed) network of this machine
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=" + WIDTH + "," + HEIGHT,
          "--user-data-dir=" + profile);
      // the console log, so a test can see that the Content-Security-Policy refused nothing of ours
      options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER)
              .usingAnyFreePort()
              .build();
      return new HeadlessChromium(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Brings the shared browser back to the state of a fresh one (what a test may have changed: its
   * cookies for every host, the windows it opened, the window size, the page and its console
   * messages); false when the browser no longer answers.
   */
  private static boolean reset(HeadlessChromium browser) {
    try {
      ChromeDriver chrome = (ChromeDriver) browser.driver;
      String first = chrome.getWindowHandles().iterator().next();
      for (String handle : chrome.getWindowHandles()) {
        if (!handle.equals(first)) {
          chrome.switchTo().window(handle).close();
        }
      }
      chrome.switchTo().window(first);
      chrome.get("about:blank");
      chrome.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
      chrome.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
      if (!chrome.manage().window().getSize().equals(startSize)) {
        chrome.manage().window().setSize(startSize);
      }
      chrome.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
      return true;
    } catch (WebDriverException e) {
      return false;
    }
  }

  private static synchronized void quitShared() {
    if (shared != null) {
      quit(shared);
      shared = null;
    }
  }

  private static void quit(HeadlessChromium browser) {
    try {
      browser.driver.quit();
    } catch (WebDriverException e) {
      // a browser that died is gone already; its profile is still deleted below
    }
    try (Stream<Path> files = Files.walk(browser.profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temp profile left behind is harmless
    }
  }

  /**
   * Returns when the browser is installed; else skips the test (assumption), except on CI ({@code
   * CI=true}), where a missing browser would silently drop the browser tests, so it fails.
   */
  static void requireInstalled(boolean installed, String ci) {
    if (installed) {
      return;
    }
    String needed =
        CHROMEDRIVER
            + " and "
            + CHROMIUM
            + " are needed (apt-get install chromium chromium-driver)";
    if ("true".equalsIgnoreCase(ci == null ? "" : ci.trim())) {
      fail("Browser test failed: CI=true and " + needed);
    }
    assumeTrue(false, "Browser test skipped: " + needed + "; under CI=true this fails");
  }

  /** Logs in through the login page, starting from {@code path} (which redirects there). */
  public void login(String baseUrl, String path, String username, String password) {
    driver.get(baseUrl + path);
    wait.until(ExpectedConditions.urlContains("/login"));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  /** The visible text of the page's main content. */
  /** The console messages of level SEVERE since the last call (script errors, CSP refusals). */
  public java.util.List<String> consoleErrors() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .toList();
  }

  public String mainText() {
    return driver.findElement(By.tagName("main")).getText();
  }

  /** Saves a screenshot under target/screenshots (to look at what a person sees). */
  public void screenshot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends the test's use of the browser; the browser itself stays for the next test ({@link
   * #start()} resets it) and quits when the JVM ends.
   */
  @Override
  public void close() {}
}
