package nl.wmebv.service;

import org.jdbi.v3.core.Jdbi;

/**
 * Test fixtures: municipalities, clusters, pages and products inserted directly with SQL (no
 * crawl).
 */
public final class Inventory {
  private final Jdbi jdbi;

  public Inventory(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A municipality with one site; returns {municipalityId, siteId}. */
  public long[] municipality(String name) {
    return jdbi.withHandle(
        h -> {
          long m =
              h.createQuery(
                      "INSERT INTO municipality (name, base_url) VALUES (:n, :u) RETURNING id")
                  .bind("n", name)
                  .bind("u", "https://www." + name + ".nl")
                  .mapTo(Long.class)
                  .one();
          long s =
              h.createQuery(
                      "INSERT INTO site (municipality_id, base_url) VALUES (:m, :u) RETURNING id")
                  .bind("m", m)
                  .bind("u", "https://www." + name + ".nl")
                  .mapTo(Long.class)
                  .one();
          return new long[] {m, s};
        });
  }

  public long cluster(long municipalityId, String name, int position) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "INSERT INTO cluster (municipality_id, name, position) VALUES (:m, :n, :p) RETURNING id")
                .bind("m", municipalityId)
                .bind("n", name)
                .bind("p", position)
                .mapTo(Long.class)
                .one());
  }

  /** A product page (with analysis JSON) and its product; returns the product id. */
  public long product(
      long municipalityId, long siteId, String name, String path, Long clusterId, String detected) {
    return jdbi.withHandle(
        h -> {
          Long page =
              path == null
                  ? null
                  : h.createQuery(
                          """
              INSERT INTO page (site_id, url, http_status, title, is_product, channel_status, analysis)
              VALUES (:s, :u, 200, :t, true, :c, CAST(:a AS jsonb)) RETURNING id""")
                      .bind("s", siteId)
                      .bind("u", "https://www.example.nl" + path)
                      .bind("t", name + " | Gemeente")
                      .bind("c", detected)
                      .bind(
                          "a",
                          "{\"channelStatus\": \""
                              + detected
                              + "\", \"channels\": [{\"type\": \"EFORM\", "
                              + "\"evidence\": {\"href\": \"https://formulieren.example.nl/x\", \"text\": \"Direct aanvragen\"}}]}")
                      .mapTo(Long.class)
                      .one();
          return h.createQuery(
                  """
              INSERT INTO product (municipality_id, cluster_id, page_id, name, detected_channel_status)
              VALUES (:m, :c, :p, :n, :d) RETURNING id""")
              .bind("m", municipalityId)
              .bind("c", clusterId)
              .bind("p", page)
              .bind("n", name)
              .bind("d", detected)
              .mapTo(Long.class)
              .one();
        });
  }

  /** Runs a statement with positional arguments, e.g. to set flags. */
  public void sql(String sql, Object... args) {
    jdbi.useHandle(
        h -> {
          var update = h.createUpdate(sql);
          for (int i = 0; i < args.length; i++) {
            update.bind(i, args[i]);
          }
          update.execute();
        });
  }

  public long count(String sql, Object... args) {
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql);
          for (int i = 0; i < args.length; i++) {
            query.bind(i, args[i]);
          }
          return query.mapTo(Long.class).one();
        });
  }
}
