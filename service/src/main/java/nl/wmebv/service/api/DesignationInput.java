package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wmebv.service.vocabulary.Organ;
import nl.wmebv.service.vocabulary.Vocabularies;

/**
 * The body of a new designated channel, or of a PUT that replaces one ({@code version} required).
 * The URL must be http(s) with a host, or {@code mailto:} an address for kind EMAIL.
 */
public record DesignationInput(
    Integer version,
    String kind,
    String name,
    String url,
    String identification,
    boolean eidas,
    String domain,
    List<String> messageTypes,
    boolean active,
    String organ,
    List<ProductLink> products) {

  public static final List<String> KINDS =
      List.of(
          "SPECIFIC_FORM",
          "CONTACT_FORM_DIGID",
          "CONTACT_FORM_EHERKENNING",
          "EMAIL",
          "OMGEVINGSLOKET",
          "BERICHTENBOX_BEDRIJVEN",
          "OTHER_NATIONAL_PORTAL");
  public static final List<String> IDENTIFICATIONS =
      List.of("NONE", "DIGID", "EHERKENNING", "BOTH");
  private static final List<String> FIELDS =
      List.of(
          "kind",
          "name",
          "url",
          "identification",
          "eidas",
          "domain",
          "messageTypes",
          "active",
          "organ",
          "products");
  private static final Pattern ADDRESS = Pattern.compile("^[^@\\s/?]+@[^@\\s/?]+\\.[^@\\s/?]+$");

  /** A product to designate the channel for; empty message types mean the product's own. */
  public record ProductLink(long productId, List<String> messageTypes) {}

  public static DesignationInput readNew(JsonNode body) {
    return read(new JsonInput(body, FIELDS), body, false);
  }

  public static DesignationInput readUpdate(JsonNode body) {
    List<String> fields = new ArrayList<>(FIELDS);
    fields.add("version");
    return read(new JsonInput(body, fields), body, true);
  }

  private static DesignationInput read(JsonInput in, JsonNode body, boolean update) {
    Integer version = null;
    if (update) {
      in.require("version");
      version = in.integer("version", 1, Integer.MAX_VALUE);
    }
    in.require("kind");
    String kind = in.oneOf("kind", KINDS);
    String name = in.requiredString("name", 200);
    String url = in.requiredString("url", 2000);
    String identification = in.oneOf("identification", IDENTIFICATIONS);
    Boolean eidas = in.bool("eidas");
    String organ = in.oneOf("organ", Vocabularies.codes(Organ.class));
    String domain = in.string("domain", 200);
    List<String> messageTypes = lower(in.strings("messageTypes", 30, 100));
    Boolean active = in.bool("active");
    List<ProductLink> products =
        products(in, body != null && body.isObject() ? body.get("products") : null);
    if (url != null && kind != null) {
      String problem = urlProblem(kind, url);
      if (problem != null) {
        in.error(problem);
      }
    }
    in.check();
    return new DesignationInput(
        version,
        kind,
        name,
        url,
        identification == null ? "NONE" : identification,
        Boolean.TRUE.equals(eidas),
        domain,
        messageTypes,
        active == null || active,
        organ,
        products);
  }

  /** Why the URL is not acceptable for the kind, or null. */
  public static String urlProblem(String kind, String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if ("EMAIL".equals(kind)) {
      return lower.startsWith("mailto:") && ADDRESS.matcher(url.substring(7)).matches()
          ? null
          : "url must be mailto: followed by an e-mail address for kind EMAIL";
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !url.contains(" ")) {
        return null;
      }
    } catch (java.net.URISyntaxException e) {
      // answered below
    }
    return "url must be an http(s) address with a host for kind " + kind;
  }

  private static List<ProductLink> products(JsonInput in, JsonNode list) {
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray() || list.size() > 1000) {
      in.error("products must be a list of at most 1000 {\"productId\", \"messageTypes\"} objects");
      return List.of();
    }
    List<ProductLink> out = new ArrayList<>();
    Set<Long> seen = new LinkedHashSet<>();
    for (JsonNode item : list) {
      JsonInput p = new JsonInput(item, List.of("productId", "messageTypes"));
      p.require("productId");
      Long id = p.id("productId");
      List<String> types = lower(p.strings("messageTypes", 30, 100));
      try {
        p.check();
      } catch (InvalidInputException e) {
        e.errors().forEach(m -> in.error("products: " + m));
        continue;
      }
      if (!seen.add(id)) {
        in.error("products: product " + id + " is listed twice");
      }
      out.add(new ProductLink(id, types));
    }
    return out;
  }

  private static List<String> lower(List<String> types) {
    return types == null
        ? List.of()
        : types.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
  }
}
