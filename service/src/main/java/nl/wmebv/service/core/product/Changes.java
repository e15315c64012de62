package nl.wmebv.service.core.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The "changes" of an audit event: {"field": {"from": .., "to": ..}} for exactly the fields that
 * changed.
 */
public final class Changes {
  private final Map<String, Map<String, Object>> changes = new LinkedHashMap<>();

  /** Records the field when {@code from} and {@code to} differ. */
  public Changes diff(String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("from", from);
      change.put("to", to);
      changes.put(field, change);
    }
    return this;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public String toJson(ObjectMapper json) {
    try {
      return json.writeValueAsString(changes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise audit changes: " + e.getMessage(), e);
    }
  }
}
