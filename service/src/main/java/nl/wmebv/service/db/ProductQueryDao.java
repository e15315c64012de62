package nl.wmebv.service.db;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmebv.service.api.ProductFilter;
import nl.wmebv.service.api.ProductSort;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The read side of the inventory: products with filters, sort and paging. */
@RegisterRowMapper(ProductViewRowMapper.class)
public interface ProductQueryDao extends SqlObject {
  /**
   * The person's override, else the detector's verdict on the same scale (DIGITAL, NOT_COMPLIANT,
   * ABSENT, UNKNOWN).
   */
  String EFFECTIVE_STATUS =
      """
      COALESCE(p.channel_status_override, CASE p.detected_channel_status WHEN 'DIGITAL' THEN 'DIGITAL' \
      WHEN 'BROKEN' THEN 'NOT_COMPLIANT' WHEN 'NOT_DIGITAL' THEN 'ABSENT' WHEN 'NONE' THEN 'ABSENT' \
      ELSE 'UNKNOWN' END)""";

  String FROM =
      " FROM product p LEFT JOIN cluster c ON c.id = p.cluster_id LEFT JOIN page pg ON pg.id = p.page_id ";

  String COLUMNS =
      """
      SELECT p.id, p.municipality_id, p.cluster_id, c.name AS cluster_name, p.cluster_set_by_person, p.page_id,
             pg.url, p.name, p.uniform_name, p.upl_uri, p.audience, p.in_scope, p.message_types,
             p.detected_channel_status, p.channel_status_override,\s"""
          + EFFECTIVE_STATUS
          + """
       AS channel_status, p.text_status, p.notes, p.organ, p.owner_email, p.is_new, p.needs_review, p.is_gone, p.review_reason,
             (SELECT count(*) FROM action a WHERE a.product_id = p.id AND a.status != 'DONE') AS open_actions,
             p.version, p.created_at, p.updated_at""";

  String SELECT = COLUMNS + FROM;

  @SqlQuery(SELECT + "WHERE p.id = :id")
  Optional<ProductViewRow> find(long id);

  /**
   * One page of the municipality's products that pass the filter, and how many pass it in all. One
   * statement: the filter, the count (a window over the matches) and the sort run on the product
   * table alone, and only the page's rows are joined to their cluster, page and actions.
   */
  default Listing list(long municipalityId, ProductFilter f) {
    Map<String, Object> args = new HashMap<>();
    String where = where(municipalityId, f, args);
    String order = " ORDER BY " + orderBy(f.sort(), f.descending());
    String matches =
        " FROM product p"
            + (f.sort() == ProductSort.CLUSTER
                ? " LEFT JOIN cluster c ON c.id = p.cluster_id"
                : "");
    List<Hit> hits =
        getHandle()
            .createQuery(
                "WITH hits AS (SELECT p.id, count(*) OVER () AS total"
                    + matches
                    + where
                    + order
                    + " LIMIT :limit OFFSET :offset) "
                    + COLUMNS
                    + ", h.total"
                    + FROM
                    + "JOIN hits h ON h.id = p.id"
                    + order)
            .bindMap(args)
            .bind("limit", f.size())
            .bind("offset", (long) (f.page() - 1) * f.size())
            .map((rs, ctx) -> new Hit(ROWS.map(rs, ctx), rs.getLong("total")))
            .list();
    if (hits.isEmpty()) { // a page past the end: the window saw no rows, so count on its own
      long total =
          f.page() == 1
              ? 0
              : getHandle()
                  .createQuery("SELECT count(*) FROM product p" + where)
                  .bindMap(args)
                  .mapTo(Long.class)
                  .one();
      return new Listing(List.of(), total);
    }
    return new Listing(hits.stream().map(Hit::row).toList(), hits.get(0).total());
  }

  /** A page of products and the total count. */
  record Listing(List<ProductViewRow> items, long total) {}

  /** A listed row with the count of all matches. */
  record Hit(ProductViewRow row, long total) {}

  ProductViewRowMapper ROWS = new ProductViewRowMapper();

  /** Builds the WHERE clause from fixed fragments; every value is a bound parameter. */
  private static String where(long municipalityId, ProductFilter f, Map<String, Object> args) {
    List<String> and = new ArrayList<>(List.of("p.municipality_id = :municipalityId"));
    args.put("municipalityId", municipalityId);
    if (f.clusterId() != null) {
      and.add(f.clusterId() == 0 ? "p.cluster_id IS NULL" : "p.cluster_id = :clusterId");
      args.put("clusterId", f.clusterId());
    }
    if (f.channelStatus() != null) {
      and.add(EFFECTIVE_STATUS + " = :channelStatus");
      args.put("channelStatus", f.channelStatus());
    }
    if (f.actionStatus() != null) {
      and.add(
          "EXISTS (SELECT 1 FROM action a WHERE a.product_id = p.id AND a.status = :actionStatus)");
      args.put("actionStatus", f.actionStatus());
    }
    if (f.flags().contains("new")) {
      and.add("p.is_new");
    }
    if (f.flags().contains("review")) {
      and.add("p.needs_review");
    }
    if (f.flags().contains("gone")) {
      and.add("p.is_gone");
    }
    if (f.textStatus() != null) {
      and.add("p.text_status = :textStatus");
      args.put("textStatus", f.textStatus());
    }
    if (f.text() != null && !f.text().isBlank()) {
      and.add("p.search_text LIKE lower(:text)"); // name, uniform name and URL (migration 070)
      args.put(
          "text",
          "%"
              + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
              + "%");
    }
    if (f.inScope() != null) {
      and.add(
          switch (f.inScope()) {
            case "true" -> "p.in_scope";
            case "false" -> "NOT p.in_scope";
            default -> "p.in_scope IS NULL";
          });
    }
    return " WHERE " + String.join(" AND ", and);
  }

  /**
   * The ORDER BY clause (without the keywords) of a sort in a direction; the SQL comes from here,
   * never the request.
   */
  static String orderBy(ProductSort sort, boolean descending) {
    String pattern =
        switch (sort) {
          case NAME -> "lower(p.name) %s, p.id %<s";
          case CLUSTER -> "c.position %s NULLS LAST, c.name %<s, lower(p.name), p.id";
          case STATUS -> EFFECTIVE_STATUS + " %s, lower(p.name), p.id";
          case UPDATED -> "p.updated_at %s, p.id %<s";
        };
    return String.format(pattern, descending ? "DESC" : "ASC");
  }

  /**
   * The municipality's products that are not gone, by name, for the designation proposals and
   * checks.
   */
  @SqlQuery(
      "SELECT p.id, p.name, c.name AS cluster_name, p.in_scope, p.message_types, "
          + EFFECTIVE_STATUS
          + " AS channel_status, pg.url AS page_url, pg.analysis::text AS analysis"
          + FROM
          + "WHERE p.municipality_id = :municipalityId AND NOT p.is_gone ORDER BY lower(p.name), p.id")
  @RegisterConstructorMapper(ProductFactsRow.class)
  List<ProductFactsRow> facts(long municipalityId);
}
