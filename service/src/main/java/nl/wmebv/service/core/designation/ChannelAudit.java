package nl.wmebv.service.core.designation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wmebv.service.db.AuditDao;
import org.jdbi.v3.core.Handle;

/** Audit events of the register: entity "designated_channel", changes {"field": {"from", "to"}}. */
final class ChannelAudit {
  private final ObjectMapper json;

  ChannelAudit(ObjectMapper json) {
    this.json = json;
  }

  void append(
      Handle h,
      long municipalityId,
      long channelId,
      String event,
      DesignatedChannel from,
      DesignatedChannel to,
      String actor) {
    appendRaw(h, municipalityId, "designated_channel", channelId, event, diff(from, to), actor);
  }

  void appendRaw(
      Handle h,
      long municipalityId,
      String entity,
      long entityId,
      String event,
      Map<String, Object> changes,
      String actor) {
    try {
      h.attach(AuditDao.class)
          .append(
              municipalityId,
              null,
              entity,
              entityId,
              event,
              actor,
              json.writeValueAsString(changes));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise audit changes: " + e.getMessage(), e);
    }
  }

  /** The fields that differ (the products as "name [types]" strings). */
  static Map<String, Object> diff(DesignatedChannel from, DesignatedChannel to) {
    Map<String, Object> changes = new LinkedHashMap<>();
    put(changes, "kind", from == null ? null : from.kind(), to == null ? null : to.kind());
    put(changes, "name", from == null ? null : from.name(), to == null ? null : to.name());
    put(changes, "url", from == null ? null : from.url(), to == null ? null : to.url());
    put(
        changes,
        "identification",
        from == null ? null : from.identification(),
        to == null ? null : to.identification());
    put(changes, "domain", from == null ? null : from.domain(), to == null ? null : to.domain());
    put(
        changes,
        "messageTypes",
        from == null ? null : from.messageTypes(),
        to == null ? null : to.messageTypes());
    put(changes, "active", from == null ? null : from.active(), to == null ? null : to.active());
    put(changes, "products", products(from), products(to));
    return changes;
  }

  private static List<String> products(DesignatedChannel c) {
    return c == null
        ? null
        : c.products().stream().map(p -> p.productName() + " " + p.messageTypes()).toList();
  }

  private static void put(Map<String, Object> changes, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("from", from);
      change.put("to", to);
      changes.put(field, change);
    }
  }
}
