package nl.wmebv.service.core.designation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wmebv.service.db.ProductQueryDao;
import org.jdbi.v3.core.Handle;

/** Reads the municipality's products (not gone) with their decisions and the channels on their pages. */
public final class InventoryFacts {
  private static final String SQL = "SELECT p.id, p.name, c.name AS cluster_name, p.in_scope, p.message_types, "
      + ProductQueryDao.EFFECTIVE_STATUS + " AS channel_status, pg.url AS page_url, pg.analysis::text AS analysis"
      + ProductQueryDao.FROM + "WHERE p.municipality_id = :m AND NOT p.is_gone ORDER BY lower(p.name), p.id";

  private final ObjectMapper json;

  public InventoryFacts(ObjectMapper json) {
    this.json = json;
  }

  public List<ProductFacts> load(Handle h, long municipalityId) {
    return h.createQuery(SQL).bind("m", municipalityId).map((rs, ctx) -> row(rs)).list();
  }

  private ProductFacts row(ResultSet rs) throws SQLException {
    Object inScope = rs.getObject("in_scope");
    return new ProductFacts(rs.getLong("id"), rs.getString("name"), rs.getString("cluster_name"),
        inScope == null ? null : (Boolean) inScope, strings(rs.getArray("message_types")),
        rs.getString("channel_status"), rs.getString("page_url"), channels(rs.getString("analysis")));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  /** The channels of an analysis; null when there is none. */
  List<ProductFacts.PageChannel> channels(String analysis) {
    if (analysis == null) {
      return null;
    }
    JsonNode root;
    try {
      root = json.readTree(analysis);
    } catch (IOException e) {
      return null;
    }
    List<ProductFacts.PageChannel> out = new ArrayList<>();
    for (JsonNode c : root.path("channels")) {
      JsonNode check = c.path("check");
      Boolean ok = check.isObject() && check.has("ok") ? check.get("ok").asBoolean() : null;
      out.add(new ProductFacts.PageChannel(c.path("type").asText(null), c.path("target").asText(null),
          c.path("anchorText").asText(null), ok, check.path("status").asInt(0)));
    }
    return out;
  }
}
