package nl.wmebv.service.resources.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import nl.wmebv.service.api.BulkEditJson;
import nl.wmebv.service.api.BulkProductEdit;
import nl.wmebv.service.core.product.ProductService;

/**
 * The bulk form of the inventory: turns the ticked rows ({@code product=id:version}) and the chosen
 * values into the same validated bulk edit the JSON API takes. An empty choice leaves that field as
 * it is.
 */
public class BulkForms {
  /** The form's refusal before anything is sent to the service, in Dutch. */
  public static final class Refused extends RuntimeException {
    Refused(String dutch) {
      super(dutch, null, false, false);
    }
  }

  private final ProductService products;
  private final ObjectMapper json;

  public BulkForms(ProductService products, ObjectMapper json) {
    this.products = products;
    this.json = json;
  }

  /**
   * Applies the form; throws {@link Refused} and the service's InvalidInputException /
   * StaleVersionException.
   */
  public BulkEditJson apply(
      long municipalityId, MultivaluedMap<String, String> form, String actor) {
    ObjectNode body = json.createObjectNode();
    ArrayNode ids = body.putArray("productIds");
    ObjectNode versions = body.putObject("versions");
    List<String> ticked = form.get("product");
    if (ticked == null || ticked.isEmpty()) {
      throw new Refused("Kies eerst een of meer producten (vink ze aan in de tabel).");
    }
    for (String value : ticked) {
      String[] idAndVersion = value.split(":", 2);
      if (idAndVersion.length != 2) {
        throw new Refused("Dit formulier klopt niet; laad de lijst opnieuw.");
      }
      ids.add(number(idAndVersion[0]));
      versions.set(idAndVersion[0].strip(), number(idAndVersion[1]));
    }
    ObjectNode set = body.putObject("set");
    String cluster = blankToNull(form.getFirst("setClusterId"));
    if (cluster != null) {
      if ("none".equals(cluster)) {
        set.putNull("clusterId");
      } else {
        set.set("clusterId", number(cluster));
      }
    }
    String scope = blankToNull(form.getFirst("setInScope"));
    if (scope != null) {
      if ("undecided".equals(scope)) {
        set.putNull("inScope");
      } else {
        set.put("inScope", Boolean.parseBoolean(scope));
      }
    }
    String text = blankToNull(form.getFirst("setTextStatus"));
    if (text != null) {
      set.put("textStatus", text);
    }
    if (set.isEmpty()) {
      throw new Refused(
          "Kies wat u wilt wijzigen: een cluster, of het onder de WMEBV valt, of de webtekst.");
    }
    return products.updateAll(municipalityId, BulkProductEdit.read(body), actor);
  }

  /**
   * A JSON number where the text is one; else the text, so the shared validation names the field.
   */
  private JsonNode number(String text) {
    try {
      return json.getNodeFactory().numberNode(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return json.getNodeFactory().textNode(text);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
