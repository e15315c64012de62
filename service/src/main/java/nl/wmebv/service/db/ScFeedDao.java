package nl.wmebv.service.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Queries for the Samenwerkende Catalogi import and the crawl seeds it provides. */
public interface ScFeedDao {
  /**
   * The page URLs the municipality's SC feed declares (normalized like the crawler's URLs), for use
   * as extra crawl seeds, so pages that no menu links to are still found.
   */
  @SqlQuery(
      """
      SELECT feed_page_url FROM product
      WHERE municipality_id = :municipalityId AND feed_page_url IS NOT NULL
      ORDER BY feed_page_url""")
  List<String> feedPageUrls(long municipalityId);

  /** Serialises imports of one municipality: held until the importing transaction ends. */
  @SqlQuery("SELECT id FROM municipality WHERE id = :municipalityId FOR UPDATE")
  Optional<Long> lockMunicipality(long municipalityId);

  @SqlQuery(
      """
      SELECT id, feed_page_url, page_id, uniform_name, upl_uri, feed_title, feed_abstract, feed_subjects,
             feed_audience, feed_online_aanvragen, feed_aanvraag_url, feed_upl_uris
      FROM product WHERE municipality_id = :municipalityId AND feed_page_url IS NOT NULL""")
  @RegisterConstructorMapper(FeedProductRow.class)
  List<FeedProductRow> feedProducts(long municipalityId);

  /** Products a crawl found that carry no feed URL yet, with the URL of their page. */
  @SqlQuery(
      """
      SELECT p.id, pg.url AS feed_page_url, p.page_id, p.uniform_name, p.upl_uri, p.feed_title, p.feed_abstract,
             p.feed_subjects, p.feed_audience, p.feed_online_aanvragen, p.feed_aanvraag_url, p.feed_upl_uris
      FROM product p JOIN page pg ON pg.id = p.page_id
      WHERE p.municipality_id = :municipalityId AND p.feed_page_url IS NULL""")
  @RegisterConstructorMapper(FeedProductRow.class)
  List<FeedProductRow> crawledProductsWithoutFeed(long municipalityId);

  /**
   * Refreshes the feed fields of existing products, and a missing uniform name or UPL URI; ids pair
   * with items.
   */
  @SqlBatch(
      """
      UPDATE product SET feed_page_url = :url, feed_title = :title, feed_abstract = :abstractText,
             feed_subjects = :subjects, feed_audience = :audience, feed_online_aanvragen = :online,
             feed_aanvraag_url = :aanvraagUrl, feed_upl_uris = :uplUris, feed_imported_at = now(),
             uniform_name = COALESCE(uniform_name, :uniformName), upl_uri = COALESCE(upl_uri, :uplUri),
             updated_at = now(), version = version + 1
      WHERE id = :id""")
  void updateFeedFields(@BindMethods List<FeedItem> items, @Bind("id") List<Long> ids);

  /**
   * Inserts the feed's new products, flagged new and for review; clusterIds pair with items. Their
   * ids, in order.
   */
  @SqlBatch(
      """
      INSERT INTO product (municipality_id, cluster_id, name, uniform_name, upl_uri, audience, feed_page_url,
                           feed_title, feed_abstract, feed_subjects, feed_audience, feed_online_aanvragen,
                           feed_aanvraag_url, feed_upl_uris, feed_imported_at, is_new, needs_review,
                           review_reason)
      VALUES (:municipalityId, :clusterId, :name, :uniformName, :uplUri, :audience, :url, :title,
              :abstractText, :subjects, :audience, :online, :aanvraagUrl, :uplUris, now(), true, true,
              :reviewReason)""")
  @GetGeneratedKeys("id")
  List<Long> insertFeedProducts(
      long municipalityId,
      String reviewReason,
      @BindMethods List<FeedItem> items,
      @Bind("clusterId") List<Long> clusterIds);

  /** The import's audit trail, one event per product, by the given actor. */
  @SqlBatch(
      """
      INSERT INTO audit_event (municipality_id, product_id, entity_type, entity_id, event, actor, changes)
      VALUES (:municipalityId, :productId, 'product', :productId, :event, :actor, CAST(:changes AS jsonb))""")
  void audit(long municipalityId, String actor, @BindMethods List<FeedAudit> events);

  /** Remembers where the municipality's feed was fetched from. */
  @SqlUpdate("UPDATE municipality SET sc_feed_url = :url WHERE id = :municipalityId")
  int setFeedUrl(long municipalityId, String url);

  @SqlQuery("SELECT sc_feed_url FROM municipality WHERE id = :municipalityId")
  Optional<String> feedUrl(long municipalityId);

  @SqlQuery(
      "SELECT count(*) FROM product WHERE municipality_id = :municipalityId AND feed_page_url IS NOT NULL")
  long feedProductCount(long municipalityId);

  /** The aanvraagURLs the municipality's SC feed declares: where its forms live. */
  @SqlQuery(
      """
      SELECT DISTINCT feed_aanvraag_url FROM product
      WHERE municipality_id = :municipalityId AND feed_aanvraag_url LIKE 'http%'""")
  List<String> aanvraagUrls(long municipalityId);

  /** The feed's fields of a product; empty when the product is not in the feed. */
  @SqlQuery(
      """
      SELECT feed_title AS title, feed_page_url AS page_url, feed_audience AS audience,
             feed_online_aanvragen AS online_aanvragen, feed_aanvraag_url AS aanvraag_url,
             feed_abstract AS abstract_text
      FROM product WHERE id = :productId AND feed_page_url IS NOT NULL""")
  @RegisterConstructorMapper(FeedDeclarationRow.class)
  Optional<FeedDeclarationRow> declaration(long productId);

  @SqlQuery("SELECT municipality_id FROM product WHERE id = :productId")
  Optional<Long> municipalityOfProduct(long productId);

  /** Feed products with their page as the crawl saw it (null columns when it never did). */
  @SqlQuery(
      """
      SELECT p.id, p.name, p.feed_page_url, p.feed_online_aanvragen, p.feed_aanvraag_url, p.detected_channel_status,
             p.channel_status_override, pg.id AS page_id, pg.url AS page_url, pg.http_status AS page_http_status,
             pg.channel_status AS page_channel_status, pg.analysis::text AS page_analysis
      FROM product p
      LEFT JOIN LATERAL (
        SELECT x.id, x.url, x.http_status, x.channel_status, x.analysis FROM page x WHERE x.id = p.page_id
        UNION ALL
        SELECT x.id, x.url, x.http_status, x.channel_status, x.analysis
        FROM page x JOIN site s ON s.id = x.site_id
        WHERE p.page_id IS NULL AND s.municipality_id = p.municipality_id AND x.url = p.feed_page_url
        LIMIT 1) pg ON true
      WHERE p.municipality_id = :municipalityId AND p.feed_page_url IS NOT NULL
      ORDER BY p.name, p.id""")
  @RegisterConstructorMapper(FeedFactsRow.class)
  List<FeedFactsRow> feedFacts(long municipalityId);

  /**
   * HTTP status of the municipality's crawled pages with these URLs (an aanvraag URL on the own
   * site).
   */
  @SqlQuery(
      """
      SELECT x.url, x.http_status FROM page x JOIN site s ON s.id = x.site_id
      WHERE s.municipality_id = :municipalityId AND x.url = ANY(:urls)""")
  @KeyColumn("url")
  @ValueColumn("http_status")
  Map<String, Integer> pageStatuses(long municipalityId, String[] urls);

  /**
   * When the municipality's last full crawl finished (channel watches find no pages), or empty when
   * none did.
   */
  @SqlQuery(
      """
      SELECT max(cr.finished_at) FROM crawl_run cr JOIN site s ON s.id = cr.site_id
      WHERE s.municipality_id = :municipalityId AND cr.status = 'FINISHED' AND cr.kind = 'crawl'""")
  Optional<OffsetDateTime> lastFinishedCrawl(long municipalityId);

  /**
   * Every UPL URI the municipality's products carry (their upl_uri and all URIs their feed record
   * named).
   */
  @SqlQuery(
      """
      SELECT upl_uri FROM product WHERE municipality_id = :municipalityId AND upl_uri IS NOT NULL
      UNION SELECT unnest(feed_upl_uris) FROM product WHERE municipality_id = :municipalityId""")
  List<String> coveredUris(long municipalityId);

  /** Uniform names of products without a URI (a crawl may know the name only). */
  @SqlQuery(
      """
      SELECT DISTINCT uniform_name FROM product
      WHERE municipality_id = :municipalityId AND upl_uri IS NULL AND uniform_name IS NOT NULL""")
  List<String> uniformNamesWithoutUri(long municipalityId);

  @SqlQuery(
      """
      SELECT id, municipality_id, name, uniform_name, upl_uri, feed_upl_uris, feed_title, in_scope, message_types
      FROM product WHERE id = :id""")
  @RegisterConstructorMapper(ProductUplRow.class)
  Optional<ProductUplRow> productUpl(long id);
}
