package nl.wmebv.service.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.session.SessionProduct;

/** One session: when, who, how far, and its products with the ones already decided marked. */
public class SessionView extends PageView {
  private final SessionJson session;
  private final List<Entry> products;
  private final String message;
  private final boolean error;
  private final List<ClusterJson> clusters;

  /** A product of the session, at position {@code n} (1-based). */
  public record Entry(int n, long id, String name, boolean decided) {}

  public SessionView(
      SessionJson session,
      List<SessionProduct> products,
      Set<Long> decided,
      List<ClusterJson> clusters,
      String message,
      boolean error,
      WebUser webUser) {
    super("/views/session.ftlh", webUser);
    this.session = session;
    this.clusters = clusters;
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < products.size(); i++) {
      SessionProduct p = products.get(i);
      entries.add(new Entry(i + 1, p.id(), p.name(), decided.contains(p.id())));
    }
    this.products = entries;
    this.message = message;
    this.error = error;
  }

  public SessionJson getSession() {
    return session;
  }

  public List<Entry> getProducts() {
    return products;
  }

  public long getDecidedCount() {
    return products.stream().filter(Entry::decided).count();
  }

  public String getPlanned() {
    return DutchTime.dayInText(session.plannedAt());
  }

  public String getStarted() {
    return DutchTime.dayInText(session.startedAt());
  }

  public String getFinished() {
    return DutchTime.dayInText(session.finishedAt());
  }

  public String getStatus() {
    return SessionTexts.status(session.status());
  }

  public String getMessage() {
    return message;
  }

  public boolean isError() {
    return error;
  }

  /** The clusters of the session's municipality (for the edit form of a planned session). */
  public List<ClusterJson> getClusters() {
    return clusters;
  }

  /** The planned date as the edit form's date field wants it (yyyy-mm-dd, Dutch time). */
  public String getPlannedDate() {
    return DutchTime.local(session.plannedAt()).toLocalDate().toString();
  }

  /** The planned time as the edit form's time field wants it (hh:mm, Dutch time). */
  public String getPlannedTime() {
    return DutchTime.local(session.plannedAt())
        .toLocalTime()
        .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
  }
}
