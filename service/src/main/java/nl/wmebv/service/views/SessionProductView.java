package nl.wmebv.service.views;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.AuditEventJson;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.ProductDetailJson;
import nl.wmebv.service.api.SessionDecisionJson;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.session.SessionMinutes;
import nl.wmebv.service.core.session.SessionPosition;

/**
 * Session mode: one product of the session's cluster with its evidence and the decision form, its
 * position ("Product n van N") and links to the previous and next product. The form shows only
 * while the session is in progress (and only to editors). Whoever does not chair the session
 * follows the chair: a small poll ({@link #getFollowUrl}) swaps in the product on the chair's
 * screen and what was decided on it. Rendered as a whole page or, for that poll, as its content
 * alone ({@link #content}).
 */
public class SessionProductView extends PageView {
  private final SessionJson session;
  private final int n;
  private final int total;
  private final ProductPageView product;
  private final SessionDecisionJson decided;
  private final String message;
  private final boolean error;
  private final List<String> submitted;
  private SessionPosition position = new SessionPosition(null, null, null);
  private boolean followOff;
  private String followToken = "";
  private SessionDecisionJson latest;
  private Map<String, List<String>> entered;
  private List<String> currentState = List.of();
  private String conflict;

  public SessionProductView(
      SessionJson session,
      int n,
      int total,
      ProductPageView product,
      SessionDecisionJson decided,
      String message,
      boolean error,
      List<String> submitted,
      WebUser webUser) {
    this(
        "/views/session-product.ftlh",
        session,
        n,
        total,
        product,
        decided,
        message,
        error,
        submitted,
        webUser);
  }

  private SessionProductView(
      String template,
      SessionJson session,
      int n,
      int total,
      ProductPageView product,
      SessionDecisionJson decided,
      String message,
      boolean error,
      List<String> submitted,
      WebUser webUser) {
    super(template, webUser);
    this.session = session;
    this.n = n;
    this.total = total;
    this.product = product;
    this.decided = decided;
    this.message = message;
    this.error = error;
    this.submitted = submitted == null ? List.of() : submitted;
  }

  /** The same product as the page's content only: what the follow poll swaps in. */
  public static SessionProductView content(
      SessionJson session,
      int n,
      int total,
      ProductPageView product,
      SessionDecisionJson decided,
      WebUser webUser) {
    return new SessionProductView(
        "/views/session-product-content-only.ftlh",
        session,
        n,
        total,
        product,
        decided,
        null,
        false,
        null,
        webUser);
  }

  /**
   * The meeting around this product: who chairs and where, the poll's token for the state shown,
   * and the session's most recent decision.
   */
  public SessionProductView meeting(
      SessionPosition position, String followToken, SessionDecisionJson latest) {
    this.position = position;
    this.followToken = followToken;
    this.latest = latest;
    return this;
  }

  /** This person chose not to follow the chair for now ("Niet meer volgen"). */
  public SessionProductView followOff(boolean off) {
    this.followOff = off;
    return this;
  }

  /**
   * After a refused save: the form shows what the person entered ({@code entered}, the form's
   * fields) beside the current state in words; with {@code conflictSince} (a stale version) the
   * message names who changed what and when since the form was loaded.
   */
  public SessionProductView kept(
      Map<String, List<String>> entered, List<String> currentState, Instant conflictSince) {
    this.entered = entered;
    this.currentState = currentState == null ? List.of() : currentState;
    if (conflictSince != null) {
      this.conflict = changesSince(getDetail().audit(), conflictSince, getClusters());
    }
    return this;
  }

  public SessionJson getSession() {
    return session;
  }

  public int getN() {
    return n;
  }

  public int getTotal() {
    return total;
  }

  public String getBase() {
    return "/sessies/" + session.id();
  }

  public String getPrevUrl() {
    return n > 1 ? getBase() + "/product/" + (n - 1) : null;
  }

  public String getNextUrl() {
    return n < total ? getBase() + "/product/" + (n + 1) : null;
  }

  /**
   * Where the decision form posts: the product's id, so a shifted list never records on the wrong
   * product.
   */
  public String getFormAction() {
    return getBase() + "/besluit/" + product.getDetail().product().id();
  }

  public boolean isOpen() {
    return "IN_PROGRESS".equals(session.status());
  }

  /** The decision form shows to editors while the session is in progress. */
  @Override
  public boolean isEditor() {
    return super.isEditor() && isOpen();
  }

  /** True for an editor looking at a session that is not in progress. */
  public boolean isMayRecordLater() {
    return super.isEditor() && !isOpen();
  }

  public String getPlanned() {
    return DutchTime.dayInText(session.plannedAt());
  }

  public ProductDetailJson getDetail() {
    return product.getDetail();
  }

  public PageAnalysis getAnalysis() {
    return product.getAnalysis();
  }

  public List<ClusterJson> getClusters() {
    return product.getClusters();
  }

  public ActionJson getCurrentAction() {
    return product.getCurrentAction();
  }

  /** The decision this session already recorded on the product, or null. */
  public SessionDecisionJson getDecided() {
    return decided;
  }

  public String getDecidedAt() {
    return decided == null ? null : DutchTime.dateTime(decided.decidedAt());
  }

  public String getMessage() {
    if (conflict == null) {
      return message;
    }
    return "Niet opgeslagen: dit product is intussen gewijzigd "
        + conflict
        + ". Uw invoer staat nog in het"
        + " formulier, de huidige stand ernaast; kijk beide na en sla opnieuw op.";
  }

  public boolean isError() {
    return error;
  }

  /**
   * What the user had entered when the save failed ("Label: value" lines), so nothing is lost
   * silently.
   */
  public List<String> getSubmitted() {
    return submitted;
  }

  /**
   * The form's fields as the person entered them, after a refused save; null: the form shows the
   * current state.
   */
  public Map<String, List<String>> getEntered() {
    return entered;
  }

  /**
   * The product's current state in words ("Label: value" lines), beside the entry after a refused
   * save.
   */
  public List<String> getCurrentState() {
    return currentState;
  }

  /** True when the entry has a line of the same field ("Label: ...") that says something else. */
  public boolean differs(String currentLine) {
    int colon = currentLine.indexOf(": ");
    String label = colon < 0 ? currentLine : currentLine.substring(0, colon + 2);
    return submitted.stream().anyMatch(l -> l.startsWith(label) && !l.equals(currentLine));
  }

  /**
   * When the form was rendered, so a conflicting save can say what changed since (a hidden field).
   */
  public String getLoadedAt() {
    return Instant.now().toString();
  }

  /** The user name of who chairs the session, or null. */
  public String getChair() {
    return position.chair();
  }

  /**
   * True when this person chairs the session: whoever follows goes along with the products they
   * open.
   */
  public boolean isChairing() {
    return isOpen() && getUser() != null && position.isChair(getUser().username());
  }

  /**
   * True when this page follows the chair (the session is in progress, someone else chairs, not
   * opted out).
   */
  public boolean isFollowing() {
    return isOpen() && !isChairing() && !followOff;
  }

  /**
   * True for an editor who may take over the chair (the session is in progress and they do not
   * chair it).
   */
  public boolean isMayChair() {
    return super.isEditor() && isOpen() && !isChairing();
  }

  /** The poll that brings the chair's product: the product shown and the state it was shown in. */
  public String getFollowUrl() {
    return getBase()
        + "/volgen?bij="
        + getDetail().product().id()
        + "&stand="
        + URLEncoder.encode(followToken, StandardCharsets.UTF_8);
  }

  /** This product's decision in this session in words (as the verslag writes it), or null. */
  public SessionMinutes.Decision getDecidedWords() {
    return decided == null ? null : SessionMinutes.decision(decided);
  }

  /**
   * The session's most recent decision in words when it is on another product (just recorded), or
   * null.
   */
  public SessionMinutes.Decision getLatestWords() {
    return latest == null || latest.productId() == getDetail().product().id()
        ? null
        : SessionMinutes.decision(latest);
  }

  /**
   * The product's UPL proposal, SC feed facts and discrepancies (the group decides scope with
   * them).
   */
  public FeedFacts getFeedFacts() {
    return product.getFeedFacts();
  }

  /**
   * "door bram op 4-12-2026 20:15 (Product gewijzigd; Notities: — → Nieuw)": the audit events after
   * {@code since}, oldest first (at most five); without any, the newest event, so the message
   * always names one.
   */
  static String changesSince(
      List<AuditEventJson> audit, Instant since, List<ClusterJson> clusters) {
    List<AuditEventJson> after =
        new ArrayList<>(
            audit.stream().filter(e -> e.at().toInstant().isAfter(since)).limit(5).toList());
    if (after.isEmpty() && !audit.isEmpty()) {
      after.add(audit.get(0));
    }
    if (after.isEmpty()) {
      return "door iemand anders";
    }
    Collections.reverse(after); // the audit trail is newest first
    AuditWording words = new AuditWording(clusters);
    List<String> parts = new ArrayList<>();
    for (AuditEventJson e : after) {
      List<String> changes = new ArrayList<>();
      if (e.changes() != null) {
        e.changes()
            .properties()
            .forEach(
                f ->
                    changes.add(
                        words.change(
                            f.getKey(), f.getValue().get("from"), f.getValue().get("to"))));
      }
      parts.add(
          "door "
              + AuditWording.actor(e.actor())
              + " op "
              + DutchTime.dateTime(e.at())
              + " ("
              + AuditWording.event(e.event())
              + (changes.isEmpty() ? "" : "; " + String.join(", ", changes))
              + ")");
    }
    return String.join(" en ", parts);
  }
}
