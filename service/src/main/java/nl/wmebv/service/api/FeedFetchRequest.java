package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Body of POST /api/municipalities/{id}/sc-feed/fetch: the feed URL, or null for the one used last
 * time.
 */
public record FeedFetchRequest(String url) {

  /**
   * Reads the body; no body, or no {@code url}, means the URL used last time; 422 for an unknown
   * field.
   */
  public static FeedFetchRequest read(JsonNode body) {
    if (body == null || body.isMissingNode()) {
      return new FeedFetchRequest(null);
    }
    JsonInput in = new JsonInput(body, List.of("url"));
    String url = in.string("url", 2000);
    in.check();
    return new FeedFetchRequest(url);
  }
}
