package nl.wmebv.service.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the inventory import (issue 14 §1) reads and writes beyond a person's decisions: the
 * municipality's products, their leading actions and the decisions people made since a moment, in
 * one query each; products made from a spreadsheet row; and the uploads the web page keeps between
 * its steps.
 */
public interface InventoryImportDao {
  /** A person's change of a product's decisions or actions, as the audit trail holds it. */
  record PersonChange(long productId, String entityType, String changes) {}

  /** Every product of the municipality, as the API shows it. */
  @SqlQuery(ProductQueryDao.SELECT + "WHERE p.municipality_id = :municipalityId ORDER BY p.id")
  @RegisterRowMapper(ProductViewRowMapper.class)
  List<ProductViewRow> products(long municipalityId);

  /** The page URL a spreadsheet gave for the products made from it, by product id. */
  @SqlQuery(
      """
      SELECT id, spreadsheet_page_url FROM product
      WHERE municipality_id = :municipalityId AND spreadsheet_page_url IS NOT NULL""")
  @KeyColumn("id")
  @ValueColumn("spreadsheet_page_url")
  Map<Long, String> spreadsheetUrls(long municipalityId);

  /**
   * Per product its leading action, the one the export shows (the first not-DONE one by deadline,
   * else the latest DONE one): the same order as {@code InventoryExport}, so an export imports back
   * without a change.
   */
  @SqlQuery(
      """
      SELECT DISTINCT ON (x.product_id) x.* FROM action x JOIN product p ON p.id = x.product_id
      WHERE p.municipality_id = :municipalityId
      ORDER BY x.product_id, x.status = 'DONE', CASE WHEN x.status = 'DONE' THEN NULL ELSE x.deadline END NULLS LAST,
               x.updated_at DESC, x.id DESC""")
  @RegisterConstructorMapper(ActionRow.class)
  List<ActionRow> leadingActions(long municipalityId);

  /**
   * The decisions people (not a crawl, not the SC feed import) made on the municipality's products
   * from {@code since} on: the person's own edits, imports and actions; a null {@code since} means
   * all of them.
   */
  @SqlQuery(
      """
      SELECT product_id, entity_type, changes::text AS changes FROM audit_event
      WHERE municipality_id = :municipalityId AND product_id IS NOT NULL
        AND (CAST(:since AS timestamptz) IS NULL OR at >= :since)
        AND actor NOT IN ('crawler', 'import')
        AND event IN ('product.updated', 'product.imported', 'product.import_overwrote', 'action.created',
                      'action.updated', 'action.deleted')""")
  @RegisterConstructorMapper(PersonChange.class)
  List<PersonChange> personChangesSince(long municipalityId, OffsetDateTime since);

  /**
   * A product made from a spreadsheet row: new, to be reviewed with the reason "Uit spreadsheet";
   * answered as the API shows it, in the same statement (an import makes up to thousands).
   */
  @SqlQuery(
      """
      WITH p AS (
        INSERT INTO product (municipality_id, name, uniform_name, is_new, needs_review, review_reason,
                             from_spreadsheet, spreadsheet_page_url)
        VALUES (:municipalityId, :name, :uniformName, true, true, 'Uit spreadsheet', true, :pageUrl)
        RETURNING *)
      """
          + ProductQueryDao.COLUMNS
          + " FROM p LEFT JOIN cluster c ON c.id = p.cluster_id LEFT JOIN page pg ON pg.id = p.page_id")
  @RegisterRowMapper(ProductViewRowMapper.class)
  ProductViewRow insertFromSpreadsheet(
      long municipalityId, String name, String uniformName, String pageUrl);

  /** An upload kept between the web page's steps, found by the hash of its token. */
  record Upload(
      long municipalityId,
      String username,
      String fileName,
      byte[] content,
      OffsetDateTime createdAt) {}

  @SqlUpdate(
      """
      INSERT INTO import_upload (token_hash, municipality_id, username, file_name, content)
      VALUES (:tokenHash, :municipalityId, :username, :fileName, :content)""")
  void keepUpload(
      String tokenHash, long municipalityId, String username, String fileName, byte[] content);

  @SqlQuery(
      """
      SELECT municipality_id, username, file_name, content, created_at FROM import_upload
      WHERE token_hash = :tokenHash AND created_at > now() - interval '1 hour'""")
  @RegisterConstructorMapper(Upload.class)
  Optional<Upload> upload(String tokenHash);

  /** Forgets the uploads older than an hour (and so their files). */
  @SqlUpdate("DELETE FROM import_upload WHERE created_at <= now() - interval '1 hour'")
  int forgetOldUploads();

  @SqlUpdate("DELETE FROM import_upload WHERE token_hash = :tokenHash")
  int forgetUpload(String tokenHash);
}
