package nl.wmebv.crawler;

/**
 * What the previous crawl learned about a URL, so a re-crawl can ask "changed since?" (a 304 costs
 * no parse) and tell changed from unchanged content.
 *
 * @param etag the ETag of the previous response, or null
 * @param lastModified the Last-Modified of the previous response, or null
 * @param contentHash the previous content hash (hex SHA-256), or null
 * @param depth the previous link depth; the URL is also re-seeded at this depth, because a 304 page
 *     yields no links
 */
public record PreviousFetch(String etag, String lastModified, String contentHash, int depth) {

  /** Validators without a known depth (re-seeded at depth 0). */
  public PreviousFetch(String etag, String lastModified, String contentHash) {
    this(etag, lastModified, contentHash, 0);
  }
}
