package nl.wmebv.crawler.fetch;

import java.net.URI;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What one fetch may do.
 *
 * @param method GET or HEAD
 * @param maxBytes the most body bytes to read; a larger body is an error; 0 reads no body
 * @param headers extra request headers (e.g. If-None-Match)
 * @param followHop decides per redirect target whether to follow it; when false the redirect
 *     response itself is returned (no error) with {@code finalUrl} set to the target. The address
 *     guard is always applied on top of this.
 * @param readBody decides per media type (may be null) whether the body is read at all; when false
 *     only status and headers are returned, so a PDF is never downloaded
 */
public record FetchOptions(
    String method,
    long maxBytes,
    Map<String, String> headers,
    Predicate<URI> followHop,
    Predicate<String> readBody) {

  public FetchOptions {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    followHop = followHop == null ? uri -> true : followHop;
    readBody = readBody == null ? type -> true : readBody;
  }

  /** Follow every redirect the guard allows and read any body up to {@code maxBytes}. */
  public static FetchOptions of(String method, long maxBytes) {
    return new FetchOptions(method, maxBytes, Map.of(), null, null);
  }
}
