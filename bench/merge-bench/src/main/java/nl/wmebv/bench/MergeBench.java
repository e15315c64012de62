package nl.wmebv.bench;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jackson.Jackson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.detect.channel.Channel;
import nl.wmebv.crawler.detect.channel.ChannelCheck;
import nl.wmebv.crawler.detect.channel.ChannelStatus;
import nl.wmebv.crawler.detect.channel.ChannelType;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.product.ProductInfo;
import nl.wmebv.crawler.detect.text.Readability;
import nl.wmebv.service.core.crawl.InventoryMerger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Times {@link InventoryMerger#merge} on a synthetic crawl, in batches of 100 as CrawlJob merges them: a first
 * crawl (every page new) and a re-crawl of the same pages in which 5 % of the product pages changed channel.
 * Not a test. Usage: MergeBench jdbcUrl user municipalityId siteId [pages=20000] [productPercent=100]
 */
public final class MergeBench {
  private static final int BATCH = 100;
  private static final String[] SUBJECTS = {"Paspoort", "Parkeervergunning", "Omgevingsvergunning", "Kapvergunning",
      "Bijzondere bijstand", "Afvalpas", "Hondenbelasting", "Evenementenvergunning", "Uittreksel BRP", "Subsidie",
      "Standplaatsvergunning", "Gehandicaptenparkeerkaart", "Woningaanpassing", "Grofvuil", "Kwijtschelding"};
  private static final String[] VERBS = {"aanvragen", "verlengen", "wijzigen", "opzeggen", "melden", "doorgeven"};

  private MergeBench() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    long municipalityId = Long.parseLong(args[2]);
    long siteId = Long.parseLong(args[3]);
    int pages = args.length > 4 ? Integer.parseInt(args[4]) : 20_000;
    int productPercent = args.length > 5 ? Integer.parseInt(args[5]) : 100;

    DataSourceFactory factory = new DataSourceFactory();
    factory.setDriverClass("org.postgresql.Driver");
    factory.setUrl(url);
    factory.setUser(user);
    factory.setPassword("");
    factory.setMinSize(2);
    factory.setMaxSize(16);
    ManagedDataSource dataSource = factory.build(new MetricRegistry(), "merge-bench");
    dataSource.start();
    try {
      Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
      ObjectMapper json = Jackson.newObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
      InventoryMerger merger = new InventoryMerger(jdbi, json);
      String base = jdbi.withHandle(h -> h.createQuery("SELECT base_url FROM site WHERE id = :id")
          .bind("id", siteId).mapTo(String.class).one());

      List<PageRecord> first = new ArrayList<>(pages);
      List<PageRecord> second = new ArrayList<>(pages);
      int changed = 0;
      for (int i = 0; i < pages; i++) {
        boolean product = (i * 37) % 100 < productPercent;
        ChannelStatus status = statusOf(i);
        first.add(page(base, i, product, status, false));
        // the re-crawl: 5 % of the product pages show another channel verdict, the rest the same page again
        boolean change = product && i % 20 == 7;
        changed += change ? 1 : 0;
        second.add(page(base, i, product, change ? otherThan(status) : status, change));
      }
      // the JVM's first merges include class loading and JIT; a short warm-up on a page set of its own would
      // skew the database; the figures below include that start-up, as a real first crawl does.
      System.out.printf(Locale.ROOT, "pages=%d productPages=%d changedOnRecrawl=%d batch=%d%n", pages,
          first.stream().filter(p -> p.analysis().isProduct()).count(), changed, BATCH);
      run("first crawl (all pages new)", jdbi, merger, municipalityId, siteId, first);
      run("re-crawl (5 % of product pages changed channel)", jdbi, merger, municipalityId, siteId, second);
      jdbi.useHandle(h -> {
        var counts = h.createQuery("""
            SELECT count(*) AS products, count(*) FILTER (WHERE review_reason LIKE 'Kanaal gewijzigd%') AS changed,
                   (SELECT count(*) FROM audit_event WHERE municipality_id = :m) AS audit
            FROM product WHERE municipality_id = :m""").bind("m", municipalityId).mapToMap().one();
        System.out.println("check: " + counts);
      });
    } finally {
      dataSource.stop();
    }
  }

  private static void run(String label, Jdbi jdbi, InventoryMerger merger, long municipalityId, long siteId,
      List<PageRecord> records) {
    long runId = jdbi.withHandle(h -> h.createQuery(
        "INSERT INTO crawl_run (site_id, status) VALUES (:s, 'RUNNING') RETURNING id").bind("s", siteId)
        .mapTo(Long.class).one());
    long[] batchNanos = new long[(records.size() + BATCH - 1) / BATCH];
    long start = System.nanoTime();
    for (int b = 0; b < batchNanos.length; b++) {
      long t = System.nanoTime();
      merger.merge(municipalityId, siteId, runId, records.subList(b * BATCH, Math.min(records.size(), (b + 1) * BATCH)));
      batchNanos[b] = System.nanoTime() - t;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    jdbi.useHandle(h -> h.execute("UPDATE crawl_run SET status = 'FINISHED', finished_at = now(), pages = ? WHERE id = ?",
        records.size(), runId));
    Arrays.sort(batchNanos);
    System.out.printf(Locale.ROOT, "RESULT|%s|%d|%.1f|%.0f|%.0f|%.0f|%.0f%n", label, records.size(), seconds,
        records.size() / seconds, batchNanos[batchNanos.length / 2] / 1e6,
        batchNanos[(int) Math.ceil(batchNanos.length * 0.95) - 1] / 1e6, batchNanos[batchNanos.length - 1] / 1e6);
  }

  private static ChannelStatus statusOf(int i) {
    int r = i % 100;
    return r < 45 ? ChannelStatus.DIGITAL : r < 73 ? ChannelStatus.NOT_DIGITAL : r < 93 ? ChannelStatus.NONE
        : ChannelStatus.BROKEN;
  }

  private static ChannelStatus otherThan(ChannelStatus s) {
    return s == ChannelStatus.DIGITAL ? ChannelStatus.BROKEN : ChannelStatus.DIGITAL;
  }

  /** A page as the crawler reports it, with an analysis like SiteAnalyzer's for a product or an information page. */
  private static PageRecord page(String base, int i, boolean product, ChannelStatus status, boolean changed) {
    String name = SUBJECTS[i % SUBJECTS.length] + " " + VERBS[(i / SUBJECTS.length) % VERBS.length] + " " + i;
    String path = product ? "/producten/" : "/nieuws/";
    String url = base + path + i + "-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String hash = String.format(Locale.ROOT, "%016x", i * 0x9E3779B97F4A7C15L + status.ordinal() + (changed ? 7 : 0))
        .repeat(4);
    Readability readability = new Readability(180 + i % 400, 14 + i % 30, 300 + i % 700, 55 + i % 30,
        (i % 40) / 100.0, i % 3 != 0);
    PageAnalysis analysis;
    if (product) {
      ProductInfo info = new ProductInfo(name, SUBJECTS[i % SUBJECTS.length].toLowerCase(Locale.ROOT),
          "http://standaarden.overheid.nl/owms/terms/" + SUBJECTS[i % SUBJECTS.length].replace(' ', '_'),
          i % 3 == 0 ? "ondernemer" : "particulier", "meta:DCTERMS.type");
      analysis = new PageAnalysis(info, channels(base, i, status), status,
          i % 4 == 0 ? List.of("aanvraag", "bezwaar") : List.of("aanvraag"),
          List.of("Wat is het?", "Voorwaarden", "Aanvragen", "Kosten", "Contact"),
          i % 6 == 0 ? List.of("Hoe lang duurt het?") : List.of(), List.of(), readability);
    } else {
      analysis = new PageAnalysis(null, List.of(), ChannelStatus.NONE, List.of(), List.of(), List.of(), List.of(),
          readability);
    }
    return new PageRecord(url, url, 200, "text/html", name + " | Gemeente", 1 + i % 4, hash, true,
        "\"" + hash.substring(0, 16) + "\"", "Mon, 02 Nov 2026 10:00:00 GMT", null,
        i % 5 == 0 ? List.of(base + "/documenten/formulier-" + i + ".pdf") : List.of(), null, 40 + i % 200,
        analysis, null);
  }

  private static List<Channel> channels(String base, int i, ChannelStatus status) {
    String form = "https://formulieren.example.nl/" + i;
    return switch (status) {
      case DIGITAL -> List.of(
          new Channel(ChannelType.EFORM_DIGID, form, "Direct aanvragen", "Aanvragen",
              "link text 'Direct aanvragen' + DigiD login text", new ChannelCheck(true, 200, form, 80 + i % 300, null)),
          new Channel(ChannelType.APPOINTMENT_PHONE_VISIT, "tel:14000", "Bel 14 000", "Contact",
              "phone number in contact section", null));
      case BROKEN -> List.of(new Channel(ChannelType.EFORM_OPEN, form, "Formulier invullen", "Aanvragen",
          "link to a form host", new ChannelCheck(false, 404, form, 120, "HTTP 404")));
      case NOT_DIGITAL -> List.of(
          new Channel(ChannelType.PRINT_FORM, base + "/documenten/formulier-" + i + ".pdf",
              "Download het formulier (pdf)", "Aanvragen", "link to a PDF form", null),
          new Channel(ChannelType.APPOINTMENT_PHONE_VISIT, base + "/afspraak-maken", "Maak een afspraak",
              "Aanvragen", "appointment wording", null));
      case NONE -> List.of();
    };
  }
}
