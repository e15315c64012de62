package nl.wmebv.service.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.db.SessionProductRow;

/** One session: when, who, how far, and its products with the ones already decided marked. */
public class SessionView extends PageView {
  private final SessionJson session;
  private final List<Entry> products;
  private final String message;
  private final boolean error;

  /** A product of the session, at position {@code n} (1-based). */
  public record Entry(int n, long id, String name, boolean decided) {}

  public SessionView(SessionJson session, List<SessionProductRow> products, Set<Long> decided, String message,
      boolean error, WebUser webUser) {
    super("/views/session.ftlh", webUser);
    this.session = session;
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < products.size(); i++) {
      SessionProductRow p = products.get(i);
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
    return SessionTexts.when(session.plannedAt());
  }

  public String getStarted() {
    return SessionTexts.when(session.startedAt());
  }

  public String getFinished() {
    return SessionTexts.when(session.finishedAt());
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
}
