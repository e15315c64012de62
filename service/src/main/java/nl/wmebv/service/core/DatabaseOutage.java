package nl.wmebv.service.core;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.jdbi.v3.core.ConnectionException;

/**
 * Tells an unreachable database (refused or broken connection, SQLState class 08, a server shutting
 * down or starting) from a statement that failed: the one place that decides it, for the crawl's
 * retries and the 503.
 */
public final class DatabaseOutage {
  /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is going down or not up yet. */
  private static final Set<String> SERVER_DOWN = Set.of("57P01", "57P02", "57P03");

  private DatabaseOutage() {}

  /** True when the failure says the database cannot be reached, not that a statement was wrong. */
  public static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectionException
          || t instanceof ConnectException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || SERVER_DOWN.contains(sql.getSQLState()))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
