package nl.wmebv.service.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Read-only history for the product detail and the audit log: observations and audit counts. */
public interface ProductHistoryDao {
  @SqlQuery(
      """
      SELECT id, crawl_run_id, http_status, channel_status, changed, error, observed_at
      FROM page_observation WHERE page_id = :pageId ORDER BY observed_at DESC, id DESC LIMIT :limit""")
  @RegisterConstructorMapper(ObservationRow.class)
  List<ObservationRow> observations(long pageId, int limit);

  @SqlQuery("SELECT count(*) FROM audit_event WHERE municipality_id = :municipalityId")
  long countAudit(long municipalityId);

  @SqlQuery("SELECT count(*) FROM product WHERE cluster_id = :clusterId")
  long countProductsInCluster(long clusterId);
}
