package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bulk edit: one change ({@code set}, validated as a PATCH of one product) for many products,
 * each with the version the client read of it.
 */
public record BulkProductEdit(
    List<Long> productIds, Map<Long, Integer> versions, ProductPatch change) {
  /** At most this many products per request: one transaction should stay short. */
  public static final int MAX_PRODUCTS = 500;

  /** Reads and validates the body; {@link InvalidInputException} lists every problem. */
  public static BulkProductEdit read(JsonNode body) {
    JsonInput in = new JsonInput(body, List.of("productIds", "versions", "set"));
    in.require("productIds");
    in.require("versions");
    in.require("set");
    in.check();
    List<String> errors = new ArrayList<>();
    List<Long> ids = ids(body.get("productIds"), errors);
    Map<Long, Integer> versions = versions(body.get("versions"), ids, errors);
    ProductPatch change = null;
    JsonNode set = body.get("set");
    if (set.isObject() && set.isEmpty()) {
      errors.add("set must name at least one of " + String.join(", ", ProductPatch.BULK_FIELDS));
    } else {
      try {
        change = ProductPatch.readFields(new JsonInput(set, ProductPatch.BULK_FIELDS), 0);
      } catch (InvalidInputException e) {
        e.errors().forEach(error -> errors.add("set: " + error));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new BulkProductEdit(ids, versions, change);
  }

  private static List<Long> ids(JsonNode node, List<String> errors) {
    Set<Long> ids = new LinkedHashSet<>();
    if (!node.isArray() || node.isEmpty() || node.size() > MAX_PRODUCTS) {
      errors.add("productIds must be a list of 1 to " + MAX_PRODUCTS + " product ids");
      return List.of();
    }
    for (JsonNode id : node) {
      if (!id.isIntegralNumber() || !id.canConvertToLong() || id.longValue() <= 0) {
        errors.add("productIds must hold positive whole numbers");
        return List.of();
      }
      if (!ids.add(id.longValue())) {
        errors.add("productIds names product " + id.longValue() + " twice");
      }
    }
    return List.copyOf(ids);
  }

  private static Map<Long, Integer> versions(JsonNode node, List<Long> ids, List<String> errors) {
    Map<Long, Integer> versions = new LinkedHashMap<>();
    if (!node.isObject()) {
      errors.add("versions must be an object {\"<productId>\": version, ...}");
      return versions;
    }
    for (Long id : ids) {
      JsonNode v = node.get(String.valueOf(id));
      if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
        errors.add(
            "versions must give the version read of product " + id + " (a whole number from 1)");
      } else {
        versions.put(id, v.intValue());
      }
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (ids.stream().noneMatch(id -> String.valueOf(id).equals(key))) {
                errors.add("versions names " + key + ", which is not in productIds");
              }
            });
    return versions;
  }
}
