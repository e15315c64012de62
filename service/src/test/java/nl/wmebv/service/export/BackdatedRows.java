package nl.wmebv.service.export;

import org.jdbi.v3.core.Handle;

/**
 * Test rows dated in the past, as the week progress needs them: products created and pages observed
 * days ago.
 */
final class BackdatedRows {
  private BackdatedRows() {}

  /**
   * A product of the site's municipality on the given page, created {@code daysAgo} days ago;
   * returns its id.
   */
  static long product(
      Handle h,
      long site,
      long page,
      String name,
      Long cluster,
      String detected,
      Boolean inScope,
      int daysAgo) {
    return h.createQuery(
            """
        INSERT INTO product (municipality_id, cluster_id, page_id, name, detected_channel_status, in_scope, created_at)
        VALUES ((SELECT municipality_id FROM site WHERE id = :s), :c, :p, :n, :d, :scope,
                now() - make_interval(days => :days)) RETURNING id""")
        .bind("s", site)
        .bind("c", cluster)
        .bind("p", page)
        .bind("n", name)
        .bind("d", detected)
        .bind("scope", inScope)
        .bind("days", daysAgo)
        .mapTo(Long.class)
        .one();
  }

  /**
   * An observation of the product's page by the crawl run, with the detector's status, {@code
   * daysAgo} days ago.
   */
  static void observe(Handle h, long product, long run, String status, int daysAgo) {
    h.createUpdate(
            """
        INSERT INTO page_observation (page_id, crawl_run_id, http_status, content_hash, channel_status, observed_at)
        SELECT page_id, :r, 200, 'abc', :st, now() - make_interval(days => :days) FROM product WHERE id = :p""")
        .bind("r", run)
        .bind("st", status)
        .bind("days", daysAgo)
        .bind("p", product)
        .execute();
  }
}
