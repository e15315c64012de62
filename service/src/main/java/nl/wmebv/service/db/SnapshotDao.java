package nl.wmebv.service.db;

import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The database's transaction snapshot: equal text means nothing was committed in between. */
public interface SnapshotDao {
  @SqlQuery("SELECT pg_current_snapshot()::text")
  String currentSnapshot();
}
