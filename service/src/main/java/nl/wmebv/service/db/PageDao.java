package nl.wmebv.service.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Pages of a site and what the latest crawl saw of them. */
@RegisterConstructorMapper(PageRow.class)
public interface PageDao {
  String COLUMNS =
      """
      id, site_id, url, final_url, http_status, content_type, title, depth, content_hash, etag,
      last_modified, error, is_product, channel_status, analysis::text AS analysis, first_seen_at,
      last_seen_at, last_crawl_run_id""";

  /**
   * Records what one fetch saw of a page (see {@link #upsertAll}); the page's id and its count of
   * consecutive clean 404/410 answers.
   */
  default PageUpsert upsert(long siteId, long runId, PageObservation p) {
    return upsertAll(siteId, runId, List.of(p)).get(0);
  }

  /** {@link #upsertAll(long, long, List, List)} with every page taken for changed. */
  default List<PageUpsert> upsertAll(long siteId, long runId, List<PageObservation> p) {
    return upsertAll(siteId, runId, p, java.util.Collections.nCopies(p.size(), true));
  }

  /**
   * Records the observations of a batch, in one round trip, answering per page in the same order
   * its id and its count of consecutive clean 404/410 answers (any answer 2xx/3xx resets it; errors
   * and skipped URLs leave it). A 304 (unchanged) keeps the stored analysis; an error keeps the
   * last good content fields, so a timeout never erases what was known about a page. A 304 that
   * carries an analysis (the channel watch checked the stored page's channel targets again) stores
   * that analysis and its channel status. A page answered 2xx/3xx counts one more unchanged fetch
   * unless {@code changed} says its content changed (then 0); an error leaves the count. The URLs
   * of one batch must differ; {@code changed} is parallel to {@code p}.
   */
  @SqlBatch(
      """
      INSERT INTO page (site_id, url, final_url, http_status, content_type, title, depth, content_hash, etag,
                        last_modified, error, is_product, channel_status, analysis, last_crawl_run_id, missing_count,
                        unchanged_crawls)
      VALUES (:siteId, :p.url, :p.finalUrl, :p.httpStatus, :p.contentType, :p.title, :p.depth, :p.contentHash,
              :p.etag, :p.lastModified, :p.error, :p.isProduct, :p.channelStatus, CAST(:p.analysis AS jsonb), :runId,
              CASE WHEN :p.httpStatus IN (404, 410) THEN 1 ELSE 0 END, 0)
      ON CONFLICT (site_id, url) DO UPDATE SET
        http_status = EXCLUDED.http_status,
        error = EXCLUDED.error,
        depth = LEAST(page.depth, EXCLUDED.depth),
        last_seen_at = now(),
        last_crawl_run_id = GREATEST(page.last_crawl_run_id, EXCLUDED.last_crawl_run_id), -- never back to an older run
        final_url = COALESCE(EXCLUDED.final_url, page.final_url),
        content_type = CASE WHEN EXCLUDED.error IS NULL AND EXCLUDED.http_status <> 304 THEN EXCLUDED.content_type ELSE page.content_type END,
        title = CASE WHEN EXCLUDED.error IS NULL AND EXCLUDED.http_status <> 304 THEN EXCLUDED.title ELSE page.title END,
        content_hash = COALESCE(EXCLUDED.content_hash, page.content_hash),
        etag = COALESCE(EXCLUDED.etag, page.etag),
        last_modified = COALESCE(EXCLUDED.last_modified, page.last_modified),
        is_product = CASE WHEN EXCLUDED.error IS NULL AND EXCLUDED.http_status <> 304 THEN EXCLUDED.is_product ELSE page.is_product END,
        channel_status = CASE WHEN EXCLUDED.error IS NULL AND (EXCLUDED.http_status <> 304 OR EXCLUDED.analysis IS NOT NULL)
                              THEN EXCLUDED.channel_status ELSE page.channel_status END,
        analysis = CASE WHEN EXCLUDED.error IS NULL AND (EXCLUDED.http_status <> 304 OR EXCLUDED.analysis IS NOT NULL)
                        THEN EXCLUDED.analysis ELSE page.analysis END,
        missing_count = CASE WHEN EXCLUDED.http_status IN (404, 410) THEN page.missing_count + 1
                             WHEN EXCLUDED.http_status BETWEEN 200 AND 399 THEN 0 ELSE page.missing_count END,
        unchanged_crawls = CASE WHEN EXCLUDED.error IS NOT NULL OR EXCLUDED.http_status NOT BETWEEN 200 AND 399
                                  THEN page.unchanged_crawls
                                WHEN :changed THEN 0 ELSE page.unchanged_crawls + 1 END""")
  @GetGeneratedKeys({"id", "missing_count"})
  @RegisterConstructorMapper(PageUpsert.class)
  List<PageUpsert> upsertAll(
      long siteId, long runId, @BindMethods("p") List<PageObservation> p, List<Boolean> changed);

  /** Which of these URLs of the site this run has observed already. */
  @SqlQuery(
      """
      SELECT p.url FROM page p
      WHERE p.site_id = :siteId AND p.url = ANY(:urls)
        AND EXISTS (SELECT 1 FROM page_observation o WHERE o.page_id = p.id AND o.crawl_run_id = :runId)""")
  List<String> observedInRun(long siteId, long runId, String[] urls);

  @SqlQuery("SELECT " + COLUMNS + " FROM page WHERE id = :id")
  Optional<PageRow> find(long id);

  @SqlQuery("SELECT " + COLUMNS + " FROM page WHERE site_id = :siteId AND url = :url")
  Optional<PageRow> findByUrl(long siteId, String url);

  @SqlQuery("SELECT " + COLUMNS + " FROM page WHERE site_id = :siteId ORDER BY url")
  List<PageRow> listBySite(long siteId);

  /**
   * Every page the site's crawls have seen, with its validators and whether its latest fetch
   * succeeded: all are fetched again, conditionally only where the latest fetch succeeded, so a
   * page that failed once is retried (an error kept the last good hash, so it is not taken for
   * changed when it comes back). Pages found gone are asked again too: a re-crawl of unchanged
   * pages (304, no links read) would otherwise never reach them, so a run's errors would drop from
   * the third crawl on without the site changing, and a page that comes back would go unseen. Pages
   * that run {@code runId} itself stored already are asked in full as well: that run is being
   * resumed (after a stop, or on another instance after its own died) and a 304 to them would not
   * give their links, which the checkpoint taken before they were stored does not hold either, so
   * the pages only they link to would be lost. {@code always_ask}: a product page, or a designated
   * channel's page, which a re-crawl asks even when the sitemap says it is unchanged.
   */
  @SqlQuery(
      """
      SELECT p.url, p.etag, p.last_modified, p.content_hash, p.depth,
             p.error IS NULL AND p.http_status BETWEEN 200 AND 399
               AND p.last_crawl_run_id IS DISTINCT FROM :runId AS last_fetch_ok,
             p.is_product
               OR EXISTS (SELECT 1 FROM product pr WHERE pr.page_id = p.id AND NOT pr.is_gone)
               OR EXISTS (SELECT 1 FROM designated_channel dc
                          WHERE dc.municipality_id = s.municipality_id AND dc.active AND dc.url = p.url)
               AS always_ask,
             p.unchanged_crawls, p.last_seen_at
      FROM page p JOIN site s ON s.id = p.site_id WHERE p.site_id = :siteId""")
  @RegisterConstructorMapper(PageValidators.class)
  List<PageValidators> validators(long siteId, long runId);

  /**
   * The site's product pages that the channel watch checks again: pages of a product not gone, with
   * their validators (only where the latest fetch succeeded) and their stored analysis (whose
   * channel targets it checks).
   */
  @SqlQuery(
      """
      SELECT p.url, p.etag, p.last_modified, p.content_hash, p.analysis::text AS analysis,
             p.error IS NULL AND p.http_status BETWEEN 200 AND 399 AS last_fetch_ok
      FROM page p JOIN product pr ON pr.page_id = p.id
      WHERE p.site_id = :siteId AND NOT pr.is_gone ORDER BY p.url""")
  @RegisterConstructorMapper(WatchedPage.class)
  List<WatchedPage> watchedPages(long siteId);

  /** One observation per page of a batch, in one round trip (the lists are parallel). */
  @SqlBatch(
      """
      INSERT INTO page_observation (page_id, crawl_run_id, http_status, content_hash, changed, channel_status,
                                    error, analysis, skipped)
      VALUES (:pageId, :runId, :p.httpStatus, :p.contentHash, :changed, :p.channelStatus, :p.error,
              CAST(:p.analysis AS jsonb), :skipped)""")
  void observeAll(
      List<Long> pageId,
      long runId,
      List<Boolean> changed,
      List<Boolean> skipped,
      @BindMethods("p") List<PageObservation> p);

  @SqlQuery("SELECT count(*) FROM page WHERE site_id = :siteId")
  int count(long siteId);

  @SqlUpdate("DELETE FROM page WHERE id = :id")
  int delete(long id);

  /** Records a person's verdict on a page (null clears it); 0 when the page is not the site's. */
  @SqlUpdate(
      """
      UPDATE page SET person_verdict = :verdict, person_verdict_by = :by,
                      person_verdict_at = CASE WHEN :verdict IS NULL THEN NULL ELSE now() END
      WHERE id = :pageId AND site_id = :siteId""")
  int setVerdict(long siteId, long pageId, String verdict, String by);

  /** The site's pages that a person gave a verdict, by URL. */
  @SqlQuery(
      """
      SELECT id AS page_id, url, person_verdict AS verdict, person_verdict_by AS verdict_by,
             person_verdict_at AS verdict_at
      FROM page WHERE site_id = :siteId AND person_verdict IS NOT NULL ORDER BY url""")
  @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(PageVerdictRow.class)
  java.util.List<PageVerdictRow> verdicts(long siteId);

  @SqlQuery("SELECT site_id FROM page WHERE id = :pageId")
  long siteOf(long pageId);

  /** The page of a site with this URL (as the crawler recorded it). */
  @SqlQuery("SELECT id FROM page WHERE site_id = :siteId AND url = :url")
  java.util.Optional<Long> idOf(long siteId, String url);

  /** The verdict on one page, if a person gave one. */
  @SqlQuery(
      """
      SELECT id AS page_id, url, person_verdict AS verdict, person_verdict_by AS verdict_by,
             person_verdict_at AS verdict_at
      FROM page WHERE id = :pageId AND person_verdict IS NOT NULL""")
  @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(PageVerdictRow.class)
  java.util.Optional<PageVerdictRow> verdict(long pageId);

  /**
   * The channels (JSON) of the page's latest observation with an analysis in another run than this
   * one.
   */
  @SqlQuery(
      """
      SELECT analysis -> 'channels' FROM page_observation
      WHERE page_id = :pageId AND crawl_run_id <> :runId AND analysis IS NOT NULL
      ORDER BY observed_at DESC, id DESC LIMIT 1""")
  Optional<String> previousChannels(long pageId, long runId);
}
