package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Request body to register a municipality with its website: {@code name}, {@code baseUrl} (http or
 * https) and optionally {@code extraHosts}, more host names that belong to the same site (e.g. a
 * separate social-domain site).
 */
public record NewMunicipality(String name, String baseUrl, List<String> extraHosts) {
  private static final List<String> FIELDS = List.of("name", "baseUrl", "extraHosts");
  public static final String HTTP_URL = "^https?://[^\\s/?#]+(/[^\\s]*)?$";

  /** Reads the body field by field; 422 listing every problem, an unknown field included. */
  public static NewMunicipality read(JsonNode body) {
    JsonInput in = new JsonInput(body, FIELDS);
    String name = in.requiredString("name", 200);
    String baseUrl = in.requiredString("baseUrl", 2000);
    if (baseUrl != null && !baseUrl.matches(HTTP_URL)) {
      in.error("baseUrl must be an http(s) URL");
    }
    List<String> hosts = SiteSettingsInput.hosts(in);
    in.check();
    return new NewMunicipality(name, baseUrl, hosts);
  }
}
