package nl.wmebv.service.core;

import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.db.AuditDao;
import nl.wmebv.service.db.AuditEntry;
import org.jdbi.v3.core.Handle;

/**
 * Where a use case writes its audit events: straight into the transaction's audit trail, or (for an
 * import of thousands of rows) collected and written as one JDBC batch before the transaction
 * commits.
 */
@FunctionalInterface
public interface AuditSink {
  /** Appends an event, as {@link AuditDao#append}. */
  void append(
      long municipalityId,
      Long productId,
      String entityType,
      Long entityId,
      String event,
      String actor,
      String changes);

  /** Each event written at once, in the handle's transaction. */
  static AuditSink direct(Handle h) {
    return h.attach(AuditDao.class)::append;
  }

  /** Collects the events of one transaction and writes them in one batch at {@link #flush}. */
  final class Batch implements AuditSink {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void append(
        long municipalityId,
        Long productId,
        String entityType,
        Long entityId,
        String event,
        String actor,
        String changes) {
      entries.add(
          new AuditEntry(municipalityId, productId, entityType, entityId, event, actor, changes));
    }

    /**
     * Writes what was collected, in order, in the handle's transaction; the batch is empty after.
     */
    public void flush(Handle h) {
      if (!entries.isEmpty()) {
        h.attach(AuditDao.class).appendAll(entries);
        entries.clear();
      }
    }
  }
}
