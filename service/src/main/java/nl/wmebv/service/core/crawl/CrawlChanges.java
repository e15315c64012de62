package nl.wmebv.service.core.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.wmebv.service.db.AuditDao;
import nl.wmebv.service.db.ProductRow;

/**
 * Writes the crawler's changes to products into the audit trail as {"field": {"from": .., "to":
 * ..}}.
 */
final class CrawlChanges {
  private final AuditDao audit;
  private final ObjectMapper json;
  private final long municipalityId;

  CrawlChanges(AuditDao audit, ObjectMapper json, long municipalityId) {
    this.audit = audit;
    this.json = json;
    this.municipalityId = municipalityId;
  }

  void created(ProductRow p) {
    ObjectNode changes = field(null, "name", null, p.name());
    field(changes, "detectedChannelStatus", null, p.detectedChannelStatus());
    field(changes, "clusterId", null, p.clusterId());
    append(p, "product.created", changes);
  }

  void productEvent(ProductRow p, String event, String name, Object from, Object to) {
    append(p, event, field(null, name, from, to));
  }

  /** Adds {"name": {"from", "to"}} to {@code changes} (a new object when null) and returns it. */
  ObjectNode field(ObjectNode changes, String name, Object from, Object to) {
    ObjectNode node = changes == null ? json.createObjectNode() : changes;
    ObjectNode change = node.putObject(name);
    change.set("from", json.valueToTree(from));
    change.set("to", json.valueToTree(to));
    return node;
  }

  void append(ProductRow p, String event, ObjectNode changes) {
    audit.append(
        municipalityId, p.id(), "product", p.id(), event, AuditDao.CRAWLER, changes.toString());
  }

  JsonNode tree(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      return json.getNodeFactory().textNode(text);
    }
  }
}
