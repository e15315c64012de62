package nl.wmebv.service.core.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmebv.service.api.CrawlChangesJson;
import nl.wmebv.service.api.CrawlChangesJson.Change;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.mail.Mailer;
import nl.wmebv.service.db.ProductDao;
import nl.wmebv.service.db.ProductOwnerRow;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.CrawlKind;
import nl.wmebv.service.vocabulary.Vocabularies;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each product's owner by e-mail, once a crawl or channel watch has ended, of the channels it
 * found broken, recovered or changed: one Dutch message per owner and run. Only runs that ended
 * FINISHED or PAGE_LIMIT (a stopped or failed run is resumed later and tells then); a send that
 * fails is logged and changes nothing else.
 */
public class ChannelMail {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelMail.class);
  private static final Set<String> ENDED = Set.of("FINISHED", "PAGE_LIMIT");

  private final Jdbi jdbi;
  private final CrawlChangeReport report;
  private final Mailer mailer;

  public ChannelMail(Jdbi jdbi, CrawlChangeReport report, Mailer mailer) {
    this.jdbi = jdbi;
    this.report = report;
    this.mailer = mailer;
  }

  /** One channel change of a product, in Dutch. */
  record Line(Change change, String what) {}

  /** Sends the run's messages, if mail is on and the run changed a channel of an owned product. */
  public void afterRun(long runId, String kind) {
    if (!mailer.enabled()) {
      return;
    }
    try {
      CrawlChangesJson changes = report.of(runId);
      if (!ENDED.contains(changes.status())) {
        return;
      }
      Map<Long, Line> lines = lines(changes);
      if (lines.isEmpty()) {
        return;
      }
      long[] ids = lines.keySet().stream().mapToLong(Long::longValue).toArray();
      Map<String, List<Line>> byOwner = new LinkedHashMap<>();
      for (ProductOwnerRow owner : jdbi.onDemand(ProductDao.class).owners(ids)) {
        byOwner
            .computeIfAbsent(owner.ownerEmail(), k -> new ArrayList<>())
            .add(lines.get(owner.id()));
      }
      byOwner.forEach((to, owned) -> send(runId, kind, changes, to, owned));
    } catch (RuntimeException e) {
      LOG.warn("Channel e-mails of crawl run {} not sent: {}", runId, e.toString());
    }
  }

  private void send(
      long runId, String kind, CrawlChangesJson changes, String to, List<Line> owned) {
    try {
      mailer.send(to, subject(owned), body(kind, changes, owned));
      LOG.info("Told {} of {} channel change(s) found by crawl run {}", to, owned.size(), runId);
    } catch (Mailer.MailFailure e) {
      LOG.warn("Channel e-mail of crawl run {} to {} not sent: {}", runId, to, e.getMessage());
    }
  }

  /** Per product its one change: broken first, then lost, then recovered or gained. */
  private static Map<Long, Line> lines(CrawlChangesJson changes) {
    Map<Long, Line> lines = new LinkedHashMap<>();
    changes
        .channelsBroken()
        .forEach(c -> lines.putIfAbsent(c.productId(), line(c, "werkt niet meer")));
    changes
        .channelsLost()
        .forEach(c -> lines.putIfAbsent(c.productId(), line(c, "is niet meer digitaal")));
    changes
        .channelsGained()
        .forEach(c -> lines.putIfAbsent(c.productId(), line(c, "werkt (weer)")));
    return lines;
  }

  private static Line line(Change c, String what) {
    return new Line(c, what);
  }

  private static String subject(List<Line> owned) {
    Line first = owned.get(0);
    String name = oneLine(first.change().name());
    return owned.size() == 1
        ? "Digitaal kanaal van \"" + name + "\" " + first.what()
        : "Digitale kanalen van " + owned.size() + " producten gewijzigd";
  }

  private static String body(String kind, CrawlChangesJson changes, List<Line> owned) {
    StringBuilder text = new StringBuilder("Beste producteigenaar,\n\n");
    text.append(CrawlKind.CHANNEL_WATCH.code().equals(kind) ? "De kanaalcontrole" : "De crawl")
        .append(" van ")
        .append(changes.finishedAt() == null ? "vandaag" : DutchTime.dateTime(changes.finishedAt()))
        .append(" zag bij uw producten:\n\n");
    for (Line line : owned) {
      Change c = line.change();
      text.append("- ")
          .append(oneLine(c.name()))
          .append(": het digitale kanaal ")
          .append(line.what())
          .append(" (was: ")
          .append(status(c.from()))
          .append(", nu: ")
          .append(status(c.to()))
          .append(")\n  ")
          .append(c.url())
          .append("\n");
    }
    return text.append(
            "\nHet product staat in de inventaris op 'Te beoordelen'. Dit bericht is automatisch"
                + " verstuurd door de WMEBV-kanaleninventaris.\n")
        .toString();
  }

  private static String status(String code) {
    return code == null ? "onbekend" : Vocabularies.label(ChannelStatus.class, code);
  }

  /** A crawled name in a subject or a list line: no line breaks or other control characters. */
  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
  }
}
