package nl.wmebv.crawler.detect.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wmebv.crawler.detect.page.Css;
import nl.wmebv.crawler.detect.page.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The product metadata a page may carry: DCTERMS/OVERHEID meta tags (as in Samenwerkende Catalogi)
 * and schema.org GovernmentService JSON-LD.
 *
 * @param type DCTERMS.type content (e.g. "productbeschrijving"), or null
 * @param uniform OVERHEID.uniformeProductnaam content (a name or a URI), or null
 * @param audiences DCTERMS.audience values and JSON-LD audience types
 * @param jsonLdService the JSON-LD GovernmentService name, or null when there is none
 */
record PageMeta(String type, String uniform, List<String> audiences, String jsonLdService) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static PageMeta of(Document doc) {
    String type = null;
    String uniform = null;
    List<String> audiences = new ArrayList<>();
    for (Element m : doc.select(Css.of("meta[name], meta[property]"))) {
      String name =
          (m.hasAttr("name") ? m.attr("name") : m.attr("property"))
              .toLowerCase(Locale.ROOT)
              .replace(':', '.');
      String content = m.attr("content").trim();
      if (content.isEmpty()) {
        continue;
      }
      if (name.equals("dcterms.type")) {
        type = content;
      } else if (name.endsWith("uniformeproductnaam")) {
        uniform = content;
      } else if (name.equals("dcterms.audience")) {
        audiences.add(content);
      }
    }
    String service = null;
    for (Element s : doc.select(Css.of("script[type=application/ld+json]"))) {
      try {
        JsonNode node = findService(JSON.readTree(s.data()));
        if (node != null) {
          service = node.path("name").asText("(unnamed service)");
          JsonNode aud = node.path("audience");
          for (JsonNode a : aud.isArray() ? aud : List.of(aud)) {
            String t = a.isTextual() ? a.asText() : a.path("audienceType").asText("");
            if (!t.isBlank()) {
              audiences.add(t);
            }
          }
          break;
        }
      } catch (Exception e) {
        // invalid JSON-LD is common; it simply gives no evidence
      }
    }
    return new PageMeta(type, uniform, List.copyOf(audiences), service);
  }

  private static JsonNode findService(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        JsonNode f = findService(x);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    JsonNode type = n.path("@type");
    String t = type.isArray() ? type.toString() : type.asText("");
    if (t.contains("GovernmentService")) {
      return n;
    }
    return n.has("@graph") ? findService(n.get("@graph")) : null;
  }

  /** True when the metadata says this is a product description. */
  boolean saysProduct() {
    return jsonLdService != null
        || uniform != null
        || (type != null && type.toLowerCase(Locale.ROOT).contains("product"));
  }

  /** True when DCTERMS.type names something else than a product (e.g. nieuwsbericht). */
  boolean saysOther() {
    return type != null
        && !type.toLowerCase(Locale.ROOT).contains("product")
        && uniform == null
        && jsonLdService == null;
  }

  /** "particulier", "ondernemer", both comma-separated, or null. */
  String audience() {
    boolean p = false;
    boolean o = false;
    for (String a : audiences) {
      String n = Text.norm(a);
      p |=
          n.contains("particulier")
              || n.contains("burger")
              || n.contains("inwoner")
              || n.contains("citizen");
      o |= n.contains("ondernemer") || n.contains("bedrijf") || n.contains("business");
    }
    return Audience.of(p, o);
  }
}
