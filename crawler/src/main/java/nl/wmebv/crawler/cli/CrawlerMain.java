package nl.wmebv.crawler.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.wmebv.crawler.CrawlConfig;
import nl.wmebv.crawler.CrawlConfigBuilder;
import nl.wmebv.crawler.CrawlListener;
import nl.wmebv.crawler.CrawlProgress;
import nl.wmebv.crawler.CrawlSummary;
import nl.wmebv.crawler.Crawler;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.detect.PageAnalyzer;
import nl.wmebv.crawler.detect.SiteAnalyzer;
import nl.wmebv.crawler.detect.config.AnalysisConfig;
import nl.wmebv.crawler.fetch.AddressGuard;

/**
 * Command line: {@code java -jar wmebv-crawler-cli.jar <base-url> --out pages.jsonl [options]}; one
 * JSON object per page, a progress line on stderr, a summary line on stdout. Exit 0 done, 1 failed,
 * 2 usage.
 */
public final class CrawlerMain {
  private CrawlerMain() {}

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      // before the first logger exists: WARN level, from a file name that cannot clash with the
      // service's
      System.setProperty("logback.configurationFile", "wmebv-crawler-cli-logback.xml");
    }
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line and returns the exit code (used by tests, no System.exit). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CliOptions options;
    try {
      options = CliOptions.parse(args);
    } catch (CliOptions.UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(CliOptions.USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(CliOptions.USAGE);
      return 0;
    }
    Optional<String> refused = new AddressGuard(options.allowPrivate()).check(options.base());
    if (refused.isPresent()) {
      err.println(
          "error: "
              + options.base()
              + ": "
              + refused.get()
              + (options.allowPrivate() ? "" : " (use --allow-private for a local demo site)"));
      return 2;
    }
    CrawlConfig config = config(options);
    try (BufferedWriter file = Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8);
        JsonLines lines = new JsonLines(file)) {
      Crawler crawler =
          new Crawler(config, options.noAnalysis() ? PageAnalyzer.NONE : Analyzers.forCli(config));
      CountDownLatch finished = new CountDownLatch(1);
      Thread hook =
          new Thread(
              () -> {
                crawler.stop(); // Ctrl-C: let pages in flight finish so the JSON lines file is
                // complete
                awaitQuietly(finished);
              });
      Runtime.getRuntime().addShutdownHook(hook);
      CrawlSummary summary;
      try {
        summary = crawler.run(listener(lines, err), null);
      } finally {
        finished.countDown();
      }
      removeHook(hook);
      err.print("\r" + " ".repeat(90) + "\r");
      summary
          .traps()
          .forEach(
              t ->
                  err.println(
                      "trap: "
                          + t.pattern()
                          + " ("
                          + t.reason()
                          + "; not fetched: "
                          + t.refused()
                          + ")"));
      out.printf(
          Locale.ROOT,
          "pages=%d errors=%d skipped=%d duplicates=%d traps=%d seconds=%.1f pages/s=%.1f%s%n",
          summary.pages(),
          summary.errors(),
          summary.skipped(),
          summary.duplicates(),
          summary.traps().size(),
          summary.seconds(),
          summary.pagesPerSecond(),
          summary.stopped() ? " (stopped)" : "");
      if (summary.pageLimitReached()) {
        err.println(
            "page limit reached: the site links more than "
                + config.maxPages()
                + " URLs; the rest were not crawled (raise --max-pages)");
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  static CrawlConfig config(CliOptions o) {
    CrawlConfigBuilder b =
        CrawlConfig.defaults(o.base()).toBuilder()
            .includes(o.includes())
            .excludes(o.excludes())
            .allowPrivateAddresses(o.allowPrivate());
    if (o.maxPages() != null) {
      b.maxPages(o.maxPages());
    }
    if (o.maxDepth() != null) {
      b.maxDepth(o.maxDepth());
    }
    if (o.threads() != null) {
      b.threads(o.threads());
    }
    if (o.userAgent() != null) {
      b.userAgent(o.userAgent());
    }
    if (o.delayMs() != null) {
      b.delayMs(o.delayMs());
      if (o.delayMs() == 0) {
        b.maxConcurrencyPerHost(o.threads() == null ? 4 : o.threads()); // bench mode
      }
    }
    if (o.perHost() != null) {
      b.maxConcurrencyPerHost(o.perHost());
    }
    return b.build();
  }

  private static CrawlListener listener(JsonLines lines, PrintStream err) {
    return new CrawlListener() {
      @Override
      public void onPage(PageRecord page) {
        lines.write(page);
      }

      @Override
      public void onProgress(CrawlProgress p) {
        err.printf(
            Locale.ROOT,
            "\rfetched %d  queued %d  errors %d  skipped %d  %.1f pages/s  %ds   ",
            p.fetched(),
            p.queued(),
            p.errors(),
            p.skipped(),
            p.pagesPerSecond(),
            p.elapsedMillis() / 1000);
        err.flush();
      }
    };
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is running, nothing to remove
    }
  }

  /** Which page analyzer the command line uses. */
  static final class Analyzers {
    private Analyzers() {}

    static PageAnalyzer forCli(CrawlConfig config) {
      // channel checks may reach private addresses exactly when the crawl may (the local demo site)
      return new SiteAnalyzer(
          AnalysisConfig.defaults().withAllowPrivateAddresses(config.allowPrivateAddresses()));
    }
  }
}
