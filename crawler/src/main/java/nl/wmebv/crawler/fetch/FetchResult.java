package nl.wmebv.crawler.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one {@link HttpFetcher} call, after redirects.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl where redirects ended (the refused or unfollowed target when a hop was not
 *     followed)
 * @param status the last HTTP status, 0 when there was no response
 * @param headers the last response's headers (names lower-case), empty when none
 * @param body the body read (at most the byte limit), empty when not read
 * @param redirects the hops followed, in order (excluding the requested URL)
 * @param millis total time taken
 * @param error an English description of what went wrong, or null
 */
public record FetchResult(
    URI requestedUrl,
    URI finalUrl,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    List<URI> redirects,
    long millis,
    String error) {

  public FetchResult {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
    redirects = redirects == null ? List.of() : List.copyOf(redirects);
  }

  /** The first value of a header (case-insensitive name), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The media type without parameters, lower-case, or null. */
  public String contentType() {
    return mediaType(header("content-type"));
  }

  /** The charset named in the Content-Type header when it is known to the JVM. */
  public Optional<Charset> headerCharset() {
    return charsetOf(header("content-type"));
  }

  /** True when a response with status 2xx arrived without error. */
  public boolean ok() {
    return error == null && status >= 200 && status < 300;
  }

  /** The media type part of a Content-Type value. */
  public static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of a Content-Type value, if the JVM supports it. */
  public static Optional<Charset> charsetOf(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String name = p.substring(8).trim().replace("\"", "").replace("'", "");
        try {
          return Optional.of(Charset.forName(name));
        } catch (RuntimeException e) {
          return Optional.empty(); // unknown or illegal name: fall back to BOM/meta/sniffing
        }
      }
    }
    return Optional.empty();
  }
}
