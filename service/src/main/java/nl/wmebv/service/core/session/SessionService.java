package nl.wmebv.service.core.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.api.SessionDecisionJson;
import nl.wmebv.service.api.SessionDecisionSnapshot;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.api.SessionReportJson;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.JsonRows;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.db.ActionDao;
import nl.wmebv.service.db.ActionRow;
import nl.wmebv.service.db.ClusterSessionDao;
import nl.wmebv.service.db.ProductQueryDao;
import nl.wmebv.service.db.SessionDecisionRow;
import org.jdbi.v3.core.Jdbi;

/**
 * Cluster sessions: plan one (cluster, date and time, participants), start it, record per product
 * what the group decided (the product's decisions through the shared services plus a snapshot for
 * the verslag, in one transaction), and finish it. Times are entered and shown in Dutch time
 * ({@link DutchTime}).
 */
public class SessionService {
  public static final int MAX_PARTICIPANTS = 2000;

  private final Jdbi jdbi;
  private final ObjectMapper json;

  public SessionService(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.json = json;
  }

  public List<SessionJson> list() {
    return dao().list().stream().map(JsonRows::session).toList();
  }

  /** The sessions of the user's municipalities (issue 14 §5); none without a user. */
  public List<SessionJson> listFor(User user) {
    return user == null
        ? List.of()
        : dao().listVisibleTo(user.id()).stream().map(JsonRows::session).toList();
  }

  public SessionJson find(long id) {
    return dao()
        .find(id)
        .map(JsonRows::session)
        .orElseThrow(() -> new UnknownEntityException("No cluster session with id " + id));
  }

  /**
   * Plans a session; the form's raw fields, so every mistake is named (in Dutch) and nothing is
   * stored on bad input. Returns the new session's id.
   */
  public long plan(String clusterId, String date, String time, String participants, String actor) {
    Planning p = parsePlanning(clusterId, date, time, participants);
    return dao()
        .insert(p.clusterId(), p.plannedAt(), p.participants(), actor)
        .orElseThrow(
            () -> new InvalidInputException("Dit cluster bestaat niet (meer); kies een ander."));
  }

  /** Changes a planned session from the web form's raw fields (every mistake named in Dutch). */
  public SessionJson updateFromForm(
      long id, String clusterId, String date, String time, String participants) {
    Planning p = parsePlanning(clusterId, date, time, participants);
    try {
      return update(id, p.clusterId(), p.plannedAt(), p.participants());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("Kies een cluster van de gemeente van deze sessie.");
    }
  }

  /**
   * Changes a planned session: its cluster (one of the same municipality), time and participants; a
   * null leaves that field as it is.
   *
   * @throws ConflictException when the session has started or is done (its decisions stay as they
   *     are)
   * @throws InvalidInputException when the cluster is not one of the session's municipality
   */
  public SessionJson update(
      long id, Long clusterId, OffsetDateTime plannedAt, String participants) {
    return jdbi.inTransaction(
        h -> {
          ClusterSessionDao sessions = h.attach(ClusterSessionDao.class);
          requirePlanned(id, sessions, "changed");
          SessionJson session = JsonRows.session(sessions.find(id).orElseThrow());
          if (clusterId != null
              && !sessions
                  .clusterMunicipality(clusterId)
                  .map(m -> m == session.municipalityId())
                  .orElse(false)) {
            throw new InvalidInputException(
                "clusterId "
                    + clusterId
                    + " is not a cluster of municipality "
                    + session.municipalityId());
          }
          sessions.updatePlanned(id, clusterId, plannedAt, participants);
          return JsonRows.session(sessions.find(id).orElseThrow());
        });
  }

  /**
   * Deletes a planned session. A session in progress or done is refused: it holds (or may hold)
   * decisions, which are never lost.
   */
  public void delete(long id) {
    jdbi.useTransaction(
        h -> {
          ClusterSessionDao sessions = h.attach(ClusterSessionDao.class);
          requirePlanned(id, sessions, "deleted");
          sessions.deletePlanned(id);
        });
  }

  private static void requirePlanned(long id, ClusterSessionDao sessions, String what) {
    String status =
        sessions
            .lockStatus(id)
            .orElseThrow(() -> new UnknownEntityException("No cluster session with id " + id));
    if (!"PLANNED".equals(status)) {
      String english = "IN_PROGRESS".equals(status) ? "in progress" : "done";
      throw new ConflictException(
          "Cluster session "
              + id
              + " is "
              + english
              + "; only a planned session can be "
              + what
              + " (its decisions are kept)",
          "Deze sessie is "
              + ("IN_PROGRESS".equals(status) ? "al gestart" : "al afgerond")
              + "; alleen een geplande"
              + " sessie kan worden "
              + ("deleted".equals(what) ? "verwijderd" : "gewijzigd")
              + ". De besluiten blijven bewaard.");
    }
  }

  /** A planning as the form gave it, checked. */
  private record Planning(long clusterId, OffsetDateTime plannedAt, String participants) {}

  private static Planning parsePlanning(
      String clusterId, String date, String time, String participants) {
    List<String> errors = new ArrayList<>();
    Long cluster = null;
    if (blank(clusterId)) {
      errors.add("Kies een cluster.");
    } else {
      try {
        cluster = Long.parseLong(clusterId.trim());
      } catch (NumberFormatException e) {
        errors.add("Kies een cluster uit de lijst.");
      }
    }
    LocalDate day = null;
    if (blank(date)) {
      errors.add("Vul de datum in.");
    } else {
      try {
        day = LocalDate.parse(date.trim());
        if (day.getYear() < 2000 || day.getYear() > 2100) {
          errors.add("De datum moet tussen 2000 en 2100 liggen.");
          day = null;
        }
      } catch (DateTimeException e) {
        errors.add("De datum is geen geldige datum (jjjj-mm-dd).");
      }
    }
    LocalTime at = null;
    if (blank(time)) {
      errors.add("Vul de tijd in.");
    } else {
      try {
        at = LocalTime.parse(time.trim());
      } catch (DateTimeException e) {
        errors.add("De tijd is geen geldige tijd (uu:mm).");
      }
    }
    String people = participants == null ? "" : participants.strip();
    if (people.length() > MAX_PARTICIPANTS) {
      errors.add("De deelnemers passen niet: hooguit " + MAX_PARTICIPANTS + " tekens.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Planning(
        cluster, LocalDateTime.of(day, at).atZone(DutchTime.ZONE).toOffsetDateTime(), people);
  }

  /**
   * Starts a planned session without a chair yet; false when it was not planned (already started or
   * done).
   */
  public boolean start(long id) {
    return start(id, null);
  }

  /**
   * Starts a planned session with {@code chair} chairing it (the editor who starts it); false when
   * it was not planned (already started or done).
   */
  public boolean start(long id, String chair) {
    find(id);
    return dao().start(id, chair) == 1;
  }

  /** Who chairs the session and which product is on the chair's screen. */
  public SessionPosition position(long id) {
    return dao()
        .position(id)
        .map(r -> new SessionPosition(r.chair(), r.currentProductId(), r.currentSince()))
        .orElseThrow(() -> new UnknownEntityException("No cluster session with id " + id));
  }

  /**
   * Another editor takes over the chair of a session in progress; false when it is not in progress.
   */
  public boolean takeChair(long id, String user) {
    return dao().takeChair(id, user) == 1;
  }

  /**
   * The chair opened a product of the session: everyone following goes along. Does nothing for
   * anyone else, or when the session is not in progress; true when {@code user} chairs the session
   * now.
   */
  public boolean chairOpened(long sessionId, long productId, String user) {
    return user != null && dao().moveChair(sessionId, user, productId) == 1;
  }

  /** Finishes a session in progress; false when it is not in progress. */
  public boolean finish(long id) {
    find(id);
    return dao().finish(id) == 1;
  }

  /**
   * The session's products by name: its cluster's, plus those it decided on that left the cluster
   * since.
   */
  public List<Long> productIds(SessionJson session) {
    return dao().productIds(session.id(), session.clusterId());
  }

  /** The session's products (id and name) in the order {@link #productIds} gives. */
  public List<SessionProduct> products(SessionJson session) {
    return dao().products(session.id(), session.clusterId()).stream()
        .map(r -> new SessionProduct(r.id(), r.name()))
        .toList();
  }

  /** The ids of the products the session recorded a decision on. */
  public Set<Long> decidedProductIds(long sessionId) {
    return dao().decisions(sessionId).stream()
        .map(SessionDecisionRow::productId)
        .collect(Collectors.toSet());
  }

  /**
   * Records the group's decision on a product in one transaction: {@code apply} writes the
   * product's decisions and action through the shared services (their validation, versions and
   * audit trail), then the session's snapshot is written or replaced. Anything {@code apply} throws
   * rolls the whole thing back.
   *
   * @param formActionId the action the form edited (null when it had none)
   * @throws SessionNotOpenException when the session is not in progress
   * @throws UnknownEntityException when the session or product is unknown, or the product is not
   *     the session's
   */
  public SessionDecisionSnapshot record(
      long sessionId,
      long productId,
      Long formActionId,
      String actor,
      Supplier<ProductJson> apply) {
    return jdbi.inTransaction(
        h -> {
          ClusterSessionDao sessions = h.attach(ClusterSessionDao.class);
          String status =
              sessions
                  .lockStatus(sessionId)
                  .orElseThrow(
                      () -> new UnknownEntityException("No cluster session with id " + sessionId));
          if (!"IN_PROGRESS".equals(status)) {
            throw new SessionNotOpenException(status);
          }
          SessionJson session = JsonRows.session(sessions.find(sessionId).orElseThrow());
          if (!sessions.productIds(sessionId, session.clusterId()).contains(productId)) {
            throw new UnknownEntityException(
                "Product " + productId + " is not discussed in session " + sessionId);
          }
          ActionDao actions = h.attach(ActionDao.class);
          Set<Long> before =
              actions.listByProduct(productId).stream()
                  .map(ActionRow::id)
                  .collect(Collectors.toSet());
          apply.get();
          ProductJson product =
              JsonRows.product(
                  h.attach(ProductQueryDao.class)
                      .find(productId)
                      .orElseThrow(
                          () -> new UnknownEntityException("No product with id " + productId)));
          List<ActionRow> after = actions.listByProduct(productId);
          ActionRow action =
              after.stream()
                  .filter(a -> !before.contains(a.id()))
                  .max(Comparator.comparingLong(ActionRow::id))
                  .or(
                      () ->
                          after.stream()
                              .filter(a -> formActionId != null && a.id() == formActionId)
                              .findFirst())
                  .or(() -> after.stream().filter(a -> !"DONE".equals(a.status())).findFirst())
                  .orElse(null);
          SessionDecisionSnapshot snapshot =
              new SessionDecisionSnapshot(
                  product.clusterId(),
                  product.clusterName(),
                  product.inScope(),
                  product.messageTypes(),
                  product.channelStatusOverride(),
                  product.channelStatus(),
                  product.textStatus(),
                  product.notes(),
                  action == null
                      ? null
                      : new SessionDecisionSnapshot.Action(
                          action.id(),
                          action.type(),
                          action.description(),
                          action.owner(),
                          action.deadline(),
                          action.status()),
                  product.version());
          sessions.upsertDecision(sessionId, productId, actor, write(snapshot));
          return snapshot;
        });
  }

  /** The session with every decision it recorded, by product name. */
  public SessionReportJson report(long sessionId) {
    SessionJson session = find(sessionId);
    List<SessionDecisionJson> decisions =
        dao().decisions(sessionId).stream()
            .map(
                d ->
                    new SessionDecisionJson(
                        d.productId(),
                        d.productName(),
                        d.decidedBy(),
                        d.decidedAt(),
                        read(d.decision())))
            .toList();
    return new SessionReportJson(session, decisions);
  }

  private String write(SessionDecisionSnapshot snapshot) {
    try {
      return json.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private SessionDecisionSnapshot read(String text) {
    try {
      return json.readValue(text, SessionDecisionSnapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable session decision: " + text, e);
    }
  }

  private ClusterSessionDao dao() {
    return jdbi.onDemand(ClusterSessionDao.class);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** A decision for a session that is planned or done, not in progress. */
  public static class SessionNotOpenException extends RuntimeException {
    private final String status;

    public SessionNotOpenException(String status) {
      super("The session is " + status + ", not in progress");
      this.status = status;
    }

    public String status() {
      return status;
    }
  }
}
