package nl.wmebv.service.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The register of designated channels; updates and deletes carry the version they read (0 rows when
 * stale).
 */
@RegisterConstructorMapper(DesignatedChannelRow.class)
@RegisterConstructorMapper(DesignatedProductRow.class)
public interface DesignationDao {
  String PRODUCTS =
      """
      SELECT dp.channel_id, dp.product_id, p.name AS product_name, c.name AS cluster_name, dp.message_types,
             p.message_types AS product_message_types, p.organ, p.uniform_name
        FROM designated_channel_product dp JOIN product p ON p.id = dp.product_id
        LEFT JOIN cluster c ON c.id = p.cluster_id
      """;

  @SqlQuery(
      """
      INSERT INTO designated_channel (municipality_id, kind, name, url, identification, eidas, domain, message_types,
                                      active, organ)
      VALUES (:municipalityId, :kind, :name, :url, :identification, :eidas, :domain, CAST(:messageTypes AS text[]),
              :active, :organ)
      RETURNING *""")
  DesignatedChannelRow insert(
      long municipalityId,
      String kind,
      String name,
      String url,
      String identification,
      boolean eidas,
      String domain,
      String[] messageTypes,
      boolean active,
      String organ);

  @SqlQuery("SELECT * FROM designated_channel WHERE id = :id AND municipality_id = :municipalityId")
  Optional<DesignatedChannelRow> find(long municipalityId, long id);

  @SqlQuery(
      "SELECT * FROM designated_channel WHERE municipality_id = :municipalityId ORDER BY lower(name), id")
  List<DesignatedChannelRow> list(long municipalityId);

  @SqlUpdate(
      """
      UPDATE designated_channel SET kind = :kind, name = :name, url = :url, identification = :identification,
             eidas = :eidas, domain = :domain, message_types = CAST(:messageTypes AS text[]), active = :active,
             organ = :organ, version = version + 1, updated_at = now()
      WHERE id = :id AND version = :version""")
  int update(
      long id,
      int version,
      String kind,
      String name,
      String url,
      String identification,
      boolean eidas,
      String domain,
      String[] messageTypes,
      boolean active,
      String organ);

  @SqlUpdate(
      "UPDATE designated_channel SET version = version + 1, updated_at = now() WHERE id = :id")
  void bumpVersion(long id);

  @SqlUpdate("DELETE FROM designated_channel WHERE id = :id AND version = :version")
  int delete(long id, int version);

  @SqlQuery(
      PRODUCTS
          + """
       WHERE dp.channel_id IN (SELECT id FROM designated_channel WHERE municipality_id = :municipalityId)
       ORDER BY lower(p.name), p.id""")
  List<DesignatedProductRow> products(long municipalityId);

  @SqlUpdate("DELETE FROM designated_channel_product WHERE channel_id = :channelId")
  void deleteProducts(long channelId);

  @SqlUpdate(
      """
      INSERT INTO designated_channel_product (channel_id, product_id, message_types)
      VALUES (:channelId, :productId, CAST(:messageTypes AS text[])) ON CONFLICT DO NOTHING""")
  void insertProduct(long channelId, long productId, String[] messageTypes);

  @SqlQuery(
      "SELECT count(*) > 0 FROM product WHERE id = :productId AND municipality_id = :municipalityId")
  boolean isProductOf(long municipalityId, long productId);

  /** Moves a stored version one step on; 0 when it is not (any longer) in {@code from}. */
  @SqlUpdate(
      """
      UPDATE designation_decision_version
         SET status = :to, adopted_on = COALESCE(:adoptedOn, adopted_on),
             adopted_by = CASE WHEN :to = 'VASTGESTELD' THEN CAST(:adoptedBy AS text[]) ELSE adopted_by END,
             gemeenteblad = COALESCE(:gemeenteblad, gemeenteblad),
             gemeenteblad_url = COALESCE(:gemeentebladUrl, gemeenteblad_url),
             published_on = COALESCE(:publishedOn, published_on),
             entry_into_force = COALESCE(:entryIntoForce, entry_into_force)
       WHERE id = :id AND municipality_id = :municipalityId AND status = :from""")
  int moveVersion(
      long municipalityId,
      long id,
      String from,
      String to,
      java.time.LocalDate adoptedOn,
      String[] adoptedBy,
      String gemeenteblad,
      String gemeentebladUrl,
      java.time.LocalDate publishedOn,
      java.time.LocalDate entryIntoForce);

  @SqlQuery("SELECT name FROM municipality WHERE id = :municipalityId")
  Optional<String> municipalityName(long municipalityId);

  @SqlQuery("SELECT COALESCE(max(id), 0) FROM audit_event WHERE municipality_id = :municipalityId")
  long lastAuditId(long municipalityId);

  /**
   * The municipality's products that are not gone, for the channel form's choice: in scope first,
   * by name.
   */
  @SqlQuery(
      """
      SELECT p.id, p.name, c.name AS cluster, p.in_scope FROM product p LEFT JOIN cluster c ON c.id = p.cluster_id
      WHERE p.municipality_id = :municipalityId AND NOT p.is_gone
      ORDER BY p.in_scope IS NOT TRUE, lower(p.name), p.id""")
  @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(ProductOptionRow.class)
  List<ProductOptionRow> productOptions(long municipalityId);

  @SqlUpdate(
      """
      INSERT INTO designation_decision_version (municipality_id, generated_by, inventory_version, register, content)
      VALUES (:municipalityId, :generatedBy, :inventoryVersion, CAST(:register AS jsonb), :content)""")
  @GetGeneratedKeys("id")
  long insertVersion(
      long municipalityId,
      String generatedBy,
      String inventoryVersion,
      String register,
      String content);

  /** The municipality's stored versions, newest first. */
  @SqlQuery(
      """
      SELECT id, generated_at, generated_by, inventory_version, register::text AS register, status, adopted_on,
             adopted_by, gemeenteblad, gemeenteblad_url, published_on, entry_into_force
        FROM designation_decision_version WHERE municipality_id = :municipalityId ORDER BY id DESC""")
  @RegisterConstructorMapper(DesignationDecisionVersionRow.class)
  List<DesignationDecisionVersionRow> versions(long municipalityId);

  @SqlQuery(
      "SELECT content FROM designation_decision_version WHERE id = :id AND municipality_id = :municipalityId")
  Optional<String> versionContent(long municipalityId, long id);
}
