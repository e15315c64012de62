package nl.wmebv.service.core.session;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.wmebv.service.api.SessionDecisionJson;
import nl.wmebv.service.api.SessionDecisionSnapshot;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.api.SessionReportJson;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.MessageType;
import nl.wmebv.service.vocabulary.Term;
import nl.wmebv.service.vocabulary.TextStatus;
import nl.wmebv.service.vocabulary.Vocabularies;

/**
 * The verslag of a cluster session in words, as the web page, the Word file and the PDF show it:
 * the facts, a summary, the action list ("wie doet wat vóór wanneer") and every decision. Text from
 * the data is kept as it is; each output escapes it its own way.
 */
public record SessionMinutes(
    long sessionId,
    String title,
    String municipality,
    String cluster,
    String planned,
    String started,
    String finished,
    String status,
    String statusCode,
    String participants,
    String createdBy,
    List<String> recorders,
    Summary summary,
    List<ActionItem> actions,
    List<Decision> decisions,
    LocalDate plannedDate) {

  /** Written where the data has nothing. */
  public static final String NONE = "—";

  /** The owner of an action nobody has taken on yet. */
  public static final String NO_OWNER = "Nog geen eigenaar";

  /** One decision in words. */
  public record Decision(
      long productId,
      String product,
      String scope,
      String messageTypes,
      String channelStatus,
      String action,
      String owner,
      String deadline,
      String actionStatus,
      String textStatus,
      String notes,
      String decidedBy,
      String decidedAt) {}

  /** One line of the action list: who does what, for which product, before when. */
  public record ActionItem(
      String owner, String action, String product, String deadline, String status) {}

  /** How many actions one owner has. */
  public record OwnerCount(String owner, int actions) {}

  /** The products of one scope decision, by product name; count is in words ("2 producten"). */
  public record ScopeLine(String label, List<String> products, String count) {
    ScopeLine(String label, List<String> products) {
      this(
          label,
          List.copyOf(products),
          nl.wmebv.service.vocabulary.Noun.PRODUCT.count(products.size()));
    }

    /** The product names, comma-separated, or "—". */
    public String names() {
      return products.isEmpty() ? NONE : String.join(", ", products);
    }
  }

  /**
   * The products in scope, out of scope and undecided (in that order), and the actions per owner.
   */
  public record Summary(List<ScopeLine> scope, List<OwnerCount> actionsPerOwner) {}

  /** The verslag of the given session and its decisions. */
  public static SessionMinutes of(SessionReportJson report) {
    SessionJson s = report.session();
    List<SessionDecisionJson> ds = report.decisions();
    List<String> recorders =
        ds.stream()
            .map(SessionDecisionJson::decidedBy)
            .filter(Objects::nonNull)
            .distinct()
            .sorted(String.CASE_INSENSITIVE_ORDER)
            .toList();
    List<ActionItem> actions = actions(ds);
    return new SessionMinutes(
        s.id(),
        "Verslag clustersessie " + s.clusterName(),
        s.municipalityName(),
        s.clusterName(),
        DutchTime.dayInText(s.plannedAt()),
        DutchTime.dayInText(s.startedAt()),
        DutchTime.dayInText(s.finishedAt()),
        status(s.status()),
        s.status(),
        s.participants() == null || s.participants().isBlank() ? NONE : s.participants(),
        s.createdBy(),
        recorders,
        summary(ds, actions),
        actions,
        ds.stream().map(SessionMinutes::decision).toList(),
        s.plannedAt() == null ? null : DutchTime.local(s.plannedAt()).toLocalDate());
  }

  /** The Dutch word for a session's status. */
  public static String status(String code) {
    return switch (code == null ? "" : code) {
      case "PLANNED" -> "Gepland";
      case "IN_PROGRESS" -> "Bezig";
      case "DONE" -> "Afgerond";
      default -> code;
    };
  }

  /**
   * The download's file name, e.g. verslag-burgerzaken-2026-12-03.docx (the planned day, Dutch
   * time).
   */
  public String fileName(String extension) {
    String ascii = Normalizer.normalize(cluster, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return "verslag-"
        + (slug.isEmpty() ? "sessie" : slug)
        + (plannedDate == null ? "" : "-" + plannedDate)
        + "."
        + extension;
  }

  /** The line under the title: municipality, cluster and day. */
  public String subtitle() {
    return "Gemeente " + municipality + " · cluster " + cluster + " · " + planned;
  }

  /** The session's status with its start and end, e.g. "Afgerond (gestart ..., afgerond ...)". */
  public String statusLine() {
    if ("PLANNED".equals(statusCode)) {
      return status;
    }
    return status
        + " (gestart "
        + started
        + ("DONE".equals(statusCode) ? ", afgerond " + finished : "")
        + ")";
  }

  private static List<ActionItem> actions(List<SessionDecisionJson> ds) {
    record Sortable(ActionItem item, boolean owned, LocalDate deadline) {}
    List<Sortable> items = new ArrayList<>();
    for (SessionDecisionJson d : ds) {
      SessionDecisionSnapshot.Action a = d.decision().action();
      if (a == null) {
        continue;
      }
      boolean owned = a.owner() != null && !a.owner().isBlank();
      items.add(
          new Sortable(
              new ActionItem(
                  owned ? a.owner() : NO_OWNER,
                  actionText(a),
                  d.productName(),
                  DutchTime.date(a.deadline()),
                  label(ActionStatus.class, a.status())),
              owned,
              a.deadline()));
    }
    // by owner (those without one last), then the earliest deadline first, then by product
    return items.stream()
        .sorted(
            Comparator.comparing(Sortable::owned)
                .reversed()
                .thenComparing(x -> x.item().owner(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Sortable::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(x -> x.item().product(), String.CASE_INSENSITIVE_ORDER))
        .map(Sortable::item)
        .toList();
  }

  private static Summary summary(List<SessionDecisionJson> ds, List<ActionItem> actions) {
    List<String> in = new ArrayList<>();
    List<String> out = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    for (SessionDecisionJson d : ds) {
      Boolean scope = d.decision().inScope();
      (scope == null ? undecided : scope ? in : out).add(d.productName());
    }
    Map<String, Integer> perOwner = new LinkedHashMap<>();
    actions.forEach(a -> perOwner.merge(a.owner(), 1, Integer::sum));
    return new Summary(
        List.of(
            new ScopeLine("Binnen de WMEBV", in),
            new ScopeLine("Buiten de WMEBV", out),
            new ScopeLine("Nog niet besloten", undecided)),
        perOwner.entrySet().stream().map(e -> new OwnerCount(e.getKey(), e.getValue())).toList());
  }

  /**
   * One decision in words, as the verslag writes it (the meeting's follow panel shows the same
   * words).
   */
  public static Decision decision(SessionDecisionJson d) {
    SessionDecisionSnapshot s = d.decision();
    String scope = s.inScope() == null ? "Nog niet besloten" : s.inScope() ? "Ja" : "Nee";
    String types =
        s.messageTypes() == null || s.messageTypes().isEmpty()
            ? NONE
            : String.join(
                ", ", s.messageTypes().stream().map(t -> label(MessageType.class, t)).toList());
    String channel =
        s.channelStatusOverride() != null
            ? label(ChannelStatus.class, s.channelStatusOverride())
            : label(ChannelStatus.class, s.channelStatus()) + " (volgens de crawler)";
    SessionDecisionSnapshot.Action a = s.action();
    return new Decision(
        d.productId(),
        d.productName(),
        scope,
        types,
        channel,
        a == null ? "Geen actie" : actionText(a),
        a == null || a.owner() == null ? NONE : a.owner(),
        a == null ? NONE : DutchTime.date(a.deadline()),
        a == null ? NONE : label(ActionStatus.class, a.status()),
        label(TextStatus.class, s.textStatus()),
        s.notes() == null ? "" : s.notes(),
        d.decidedBy(),
        DutchTime.dateTime(d.decidedAt()));
  }

  private static String actionText(SessionDecisionSnapshot.Action a) {
    return label(ActionType.class, a.type())
        + (a.description() == null || a.description().isBlank() ? "" : ": " + a.description());
  }

  private static <T extends Enum<T> & Term> String label(Class<T> vocabulary, String code) {
    return code == null ? NONE : Vocabularies.label(vocabulary, code);
  }
}
