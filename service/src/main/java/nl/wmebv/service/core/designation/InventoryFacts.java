package nl.wmebv.service.core.designation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.wmebv.service.db.ProductFactsRow;
import nl.wmebv.service.db.ProductQueryDao;
import org.jdbi.v3.core.Handle;

/**
 * Reads the municipality's products (not gone) with their decisions and the channels on their
 * pages.
 */
public final class InventoryFacts {
  private final ObjectMapper json;

  public InventoryFacts(ObjectMapper json) {
    this.json = json;
  }

  public List<ProductFacts> load(Handle h, long municipalityId) {
    return h.attach(ProductQueryDao.class).facts(municipalityId).stream().map(this::facts).toList();
  }

  private ProductFacts facts(ProductFactsRow r) {
    return new ProductFacts(
        r.id(),
        r.name(),
        r.clusterName(),
        r.inScope(),
        r.messageTypes() == null ? List.of() : r.messageTypes(),
        r.channelStatus(),
        r.pageUrl(),
        channels(r.analysis()));
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
      out.add(
          new ProductFacts.PageChannel(
              c.path("type").asText(null),
              c.path("target").asText(null),
              c.path("anchorText").asText(null),
              ok,
              check.path("status").asInt(0)));
    }
    return out;
  }
}
