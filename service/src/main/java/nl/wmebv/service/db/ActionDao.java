package nl.wmebv.service.db;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Actions on products; updates and deletes carry the version they read (0 rows when stale). */
@RegisterConstructorMapper(ActionRow.class)
public interface ActionDao {
  @SqlQuery(
      """
      INSERT INTO action (product_id, type, description, owner, deadline, status)
      VALUES (:productId, :type, :description, :owner, :deadline, :status) RETURNING *""")
  ActionRow insert(
      long productId,
      String type,
      String description,
      String owner,
      LocalDate deadline,
      String status);

  @SqlQuery("SELECT * FROM action WHERE id = :id")
  Optional<ActionRow> find(long id);

  @SqlQuery("SELECT * FROM action WHERE product_id = :productId ORDER BY created_at, id")
  List<ActionRow> listByProduct(long productId);

  /** Per product the first action that is not done, for a page of products in one query. */
  @SqlQuery(
      """
      SELECT DISTINCT ON (product_id) * FROM action
      WHERE product_id IN (<productIds>) AND status <> 'DONE' ORDER BY product_id, created_at, id""")
  List<ActionRow> firstOpenByProducts(
      @org.jdbi.v3.sqlobject.customizer.BindList("productIds") List<Long> productIds);

  @SqlUpdate(
      """
      UPDATE action SET type = :type, description = :description, owner = :owner, deadline = :deadline,
             status = :status, version = version + 1, updated_at = now()
      WHERE id = :id AND version = :version""")
  int update(
      long id,
      int version,
      String type,
      String description,
      String owner,
      LocalDate deadline,
      String status);

  @SqlUpdate("DELETE FROM action WHERE id = :id AND version = :version")
  int delete(long id, int version);
}
