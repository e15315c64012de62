package nl.wmebv.service.resources.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmebv.service.api.ActionInput;
import nl.wmebv.service.api.ProductJson;
import nl.wmebv.service.api.ProductPatch;
import nl.wmebv.service.core.action.ActionService;
import nl.wmebv.service.core.product.ProductService;

/**
 * The decision form of the web view (product page, inventory row, session mode): turns its fields
 * into the same validated PATCH and action inputs the JSON API uses, so the web view and the API
 * share every rule.
 */
public class ProductDecisionForms {
  private final ProductService products;
  private final ActionService actions;
  private final ObjectMapper json;

  public ProductDecisionForms(ProductService products, ActionService actions, ObjectMapper json) {
    this.products = products;
    this.actions = actions;
    this.json = json;
  }

  /**
   * Applies the form: the product's decisions (with the version the form was rendered with), then
   * the action (created when the form names a type and there is none, updated with its own version
   * otherwise). Throws the services' InvalidInputException / StaleVersionException /
   * UnknownEntityException.
   */
  public ProductJson apply(long productId, MultivaluedMap<String, String> form, String actor) {
    ProductJson updated = products.update(productId, ProductPatch.read(patchOf(form)), actor);
    String actionType = blankToNull(form.getFirst("actionType"));
    String actionId = blankToNull(form.getFirst("actionId"));
    if (actionType != null || actionId != null) {
      ObjectNode action = json.createObjectNode();
      if (actionType != null) {
        action.put("type", actionType);
      }
      putText(action, "owner", form.getFirst("actionOwner"));
      putText(action, "deadline", form.getFirst("actionDeadline"));
      putText(action, "description", form.getFirst("actionDescription"));
      String status = blankToNull(form.getFirst("actionStatus"));
      if (status != null) {
        action.put("status", status);
      }
      if (actionId == null) {
        actions.create(productId, ActionInput.readNew(action), actor);
      } else {
        action.put("version", parseInt(form.getFirst("actionVersion")));
        actions.update(Long.parseLong(actionId), ActionInput.readPatch(action), actor);
      }
    }
    return updated;
  }

  private ObjectNode patchOf(MultivaluedMap<String, String> form) {
    ObjectNode patch = json.createObjectNode();
    patch.put("version", parseInt(form.getFirst("version")));
    if (form.containsKey("clusterId")) {
      String cluster = blankToNull(form.getFirst("clusterId"));
      if (cluster == null) {
        patch.putNull("clusterId");
      } else {
        patch.put("clusterId", parseLong(cluster));
      }
    }
    if (form.containsKey("inScope")) {
      String scope = blankToNull(form.getFirst("inScope"));
      if (scope == null) {
        patch.putNull("inScope");
      } else {
        patch.put("inScope", Boolean.parseBoolean(scope));
      }
    }
    if (form.containsKey("messageTypesShown")) {
      ArrayNode types = patch.putArray("messageTypes");
      List<String> chosen = form.get("messageTypes");
      if (chosen != null) {
        chosen.forEach(types::add);
      }
    }
    if (form.containsKey("channelStatusOverride")) {
      String override = blankToNull(form.getFirst("channelStatusOverride"));
      if (override == null) {
        patch.putNull("channelStatusOverride");
      } else {
        patch.put("channelStatusOverride", override);
      }
    }
    if (form.containsKey("textStatus")) {
      patch.put("textStatus", form.getFirst("textStatus"));
    }
    if (form.containsKey("organ")) { // blank: no choice of a person, the proposal applies
      String organ = blankToNull(form.getFirst("organ"));
      if (organ == null) {
        patch.putNull("organ");
      } else {
        patch.put("organ", organ);
      }
    }
    if (form.containsKey("ownerEmail")) { // blank: nobody is told of a broken channel
      String owner = blankToNull(form.getFirst("ownerEmail"));
      if (owner == null) {
        patch.putNull("ownerEmail");
      } else {
        patch.put("ownerEmail", owner);
      }
    }
    if (form.containsKey("notes")) {
      putText(patch, "notes", form.getFirst("notes"));
      if (blankToNull(form.getFirst("notes")) == null) {
        patch.putNull("notes");
      }
    }
    if ("true".equals(form.getFirst("reviewed"))) {
      patch.put("reviewed", true);
    }
    return patch;
  }

  private static void putText(ObjectNode node, String field, String value) {
    String v = blankToNull(value);
    if (v != null) {
      node.put(field, v);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /**
   * A number the browser sent; anything else becomes -1 so the shared validation names the field.
   */
  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s == null ? "" : s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Form fields that are not a person's entry: a refused form keeps the current ones. */
  private static final Set<String> NOT_ENTERED =
      Set.of("_csrf", "version", "actionId", "actionVersion", "geladen");

  /**
   * What the person entered in a decision form, to show it again after a refused save (the versions
   * and tokens are left out: the form takes the current ones, so a second save is based on the
   * newest state).
   */
  static Map<String, List<String>> entry(MultivaluedMap<String, String> form) {
    Map<String, List<String>> entered = new LinkedHashMap<>();
    form.forEach(
        (field, values) -> {
          if (!NOT_ENTERED.contains(field)) {
            entered.put(field, List.copyOf(values));
          }
        });
    return entered;
  }
}
