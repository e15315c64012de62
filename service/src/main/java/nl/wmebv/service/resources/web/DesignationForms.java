package nl.wmebv.service.resources.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmebv.service.api.DesignatedChannelJson;
import nl.wmebv.service.core.DutchTime;

/**
 * Turns the channel form into the API's JSON body (so both share one validation) and a channel into
 * form values.
 */
final class DesignationForms {
  static final List<String> FIELDS =
      List.of("kind", "name", "url", "identification", "domain", "messageTypes", "organ");

  private DesignationForms() {}

  /**
   * The JSON body for DesignationInput; {@code withVersion} for a change of an existing channel.
   */
  static JsonNode body(MultivaluedMap<String, String> form, boolean withVersion) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    for (String field : List.of("kind", "name", "url", "identification", "domain", "organ")) {
      String v = form.getFirst(field);
      if (v != null && !v.isBlank()) {
        body.put(field, v);
      }
    }
    ArrayNode types = body.putArray("messageTypes");
    for (String t : value(form, "messageTypes").split("[,;\\s]+")) {
      if (!t.isBlank()) {
        types.add(t);
      }
    }
    body.put("active", form.containsKey("active"));
    body.put("eidas", form.containsKey("eidas"));
    ArrayNode products = body.putArray("products");
    selected(form).forEach(id -> products.addObject().put("productId", id));
    if (withVersion) {
      try {
        body.put("version", Integer.parseInt(value(form, "version").strip()));
      } catch (NumberFormatException e) {
        body.put("version", value(form, "version"));
      }
    }
    return body;
  }

  /**
   * The JSON body for DesignationDecisionSettingsInput from the settings form ("joint" is a radio:
   * true or false).
   */
  static JsonNode settingsBody(MultivaluedMap<String, String> form) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    try {
      body.put("version", Integer.parseInt(value(form, "version").strip()));
    } catch (NumberFormatException e) {
      body.put("version", value(form, "version"));
    }
    body.put("joint", !"false".equals(form.getFirst("joint")));
    body.put("previousTitle", value(form, "previousTitle"));
    body.put("publicationUrl", value(form, "publicationUrl").strip());
    body.put("legalRemedies", form.containsKey("legalRemedies"));
    body.put("entryIntoForce", DutchTime.isoDate(value(form, "entryIntoForce").strip()));
    return body;
  }

  private static final Set<String> DATES = Set.of("adoptedOn", "publishedOn", "entryIntoForce");

  /**
   * The JSON body for DesignationDecisionStatusInput from a version's status form (empty fields
   * left out).
   */
  static JsonNode statusBody(MultivaluedMap<String, String> form) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    for (String field :
        List.of(
            "status",
            "adoptedOn",
            "gemeenteblad",
            "gemeentebladUrl",
            "publishedOn",
            "entryIntoForce")) {
      String v = value(form, field).strip();
      if (!v.isEmpty()) {
        body.put(field, DATES.contains(field) ? DutchTime.isoDate(v) : v);
      }
    }
    ArrayNode organs = body.putArray("adoptedBy");
    form.getOrDefault("adoptedBy", List.of()).forEach(organs::add);
    return body;
  }

  /** The product ids ticked in the form (values that are not numbers are left out). */
  static Set<Long> selected(MultivaluedMap<String, String> form) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String v : form.getOrDefault("productId", List.of())) {
      try {
        ids.add(Long.parseLong(v.strip()));
      } catch (NumberFormatException e) {
        // not a product id: ignored
      }
    }
    return ids;
  }

  /** What the user entered, to show the form again. */
  static Map<String, String> entered(MultivaluedMap<String, String> form) {
    Map<String, String> out = new LinkedHashMap<>();
    FIELDS.forEach(f -> out.put(f, value(form, f)));
    out.put("active", form.containsKey("active") ? "true" : "");
    out.put("eidas", form.containsKey("eidas") ? "true" : "");
    out.put("version", value(form, "version"));
    return out;
  }

  /** The form values of a stored channel. */
  static Map<String, String> of(DesignatedChannelJson c) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("kind", c.kind());
    out.put("name", c.name());
    out.put("url", c.url());
    out.put("identification", c.identification());
    out.put("domain", c.domain() == null ? "" : c.domain());
    out.put("messageTypes", String.join(", ", c.messageTypes()));
    out.put("active", c.active() ? "true" : "");
    out.put("eidas", c.eidas() ? "true" : "");
    out.put("organ", c.organ() == null ? "" : c.organ());
    out.put("version", String.valueOf(c.version()));
    return out;
  }

  /** The form values of a new channel. */
  static Map<String, String> empty() {
    Map<String, String> out = new LinkedHashMap<>();
    FIELDS.forEach(f -> out.put(f, ""));
    out.put("identification", "NONE");
    out.put("active", "true");
    out.put("eidas", "");
    out.put("version", "");
    return out;
  }

  /** The municipality's products (in scope first) to choose in the form. */
  /** The municipality named by the form or query, else 404. */
  static nl.wmebv.service.api.MunicipalityJson municipality(
      nl.wmebv.service.core.municipality.MunicipalityService all, String id) {
    return all.list().stream()
        .filter(x -> String.valueOf(x.id()).equals(id))
        .findFirst()
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No municipality " + id));
  }

  /** Back to the Aanwijzing page with a message code. */
  static jakarta.ws.rs.core.Response back(nl.wmebv.service.api.MunicipalityJson m, String message) {
    return jakarta.ws.rs.core.Response.seeOther(
            java.net.URI.create("/aanwijzing?gemeente=" + m.id() + "&melding=" + message))
        .build();
  }

  private static String value(MultivaluedMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null ? "" : v;
  }
}
