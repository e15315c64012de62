package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A person's verdict: {@code product} true ("Dit is wel een product"), false ("Dit is geen
 * product") or null to withdraw it; {@code url} names the page when the verdict is given by site (a
 * page that is no product yet).
 */
public record PageVerdictInput(String url, Boolean product) {

  /**
   * The body of PUT /api/products/{id}/verdict: only {@code product}; no body withdraws the
   * verdict.
   */
  public static PageVerdictInput readForProduct(JsonNode body) {
    if (body == null || body.isMissingNode()) {
      return new PageVerdictInput(null, null);
    }
    JsonInput in = new JsonInput(body, List.of("product"));
    Boolean product = in.bool("product");
    in.check();
    return new PageVerdictInput(null, product);
  }

  /** The body of PUT /api/sites/{id}/page-verdicts: {@code url} (required) and {@code product}. */
  public static PageVerdictInput readForUrl(JsonNode body) {
    JsonInput in = new JsonInput(body, List.of("url", "product"));
    String url = in.requiredString("url", 2000);
    Boolean product = in.bool("product");
    in.check();
    return new PageVerdictInput(url, product);
  }
}
