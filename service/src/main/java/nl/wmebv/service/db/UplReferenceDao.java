package nl.wmebv.service.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The uploaded UPL export (at most one), which wins over the configured or bundled file. */
public interface UplReferenceDao {
  @SqlQuery("SELECT content FROM upl_reference WHERE id = 1")
  Optional<byte[]> content();

  @SqlUpdate(
      """
      INSERT INTO upl_reference (id, content, entries, uploaded_at) VALUES (1, :content, :entries, now())
      ON CONFLICT (id) DO UPDATE SET content = EXCLUDED.content, entries = EXCLUDED.entries, uploaded_at = now()""")
  void store(byte[] content, int entries);
}
