package nl.wmebv.crawler;

import java.time.Instant;

/**
 * What the previous crawl learned about a URL, so a re-crawl can ask "changed since?" (a 304 costs
 * no parse), tell changed from unchanged content, and leave a page that is not due unasked.
 *
 * @param etag the ETag of the previous response, or null
 * @param lastModified the Last-Modified of the previous response, or null
 * @param contentHash the previous content hash (hex SHA-256), or null
 * @param depth the previous link depth; the URL is also re-seeded at this depth, because a 304 page
 *     yields no links
 * @param askOnlyIfModifiedAfter null: the page is asked (conditionally, when validators are given).
 *     Otherwise the page is not due: it is not requested at all unless the site's sitemap lists it
 *     with a {@code lastmod} after this instant (or lists no {@code lastmod} for it, or does not
 *     list it): the site's own word that it is unchanged since it was last requested
 */
public record PreviousFetch(
    String etag,
    String lastModified,
    String contentHash,
    int depth,
    Instant askOnlyIfModifiedAfter) {

  /** Validators of a page that is due (always asked). */
  public PreviousFetch(String etag, String lastModified, String contentHash, int depth) {
    this(etag, lastModified, contentHash, depth, null);
  }

  /** Validators without a known depth (re-seeded at depth 0). */
  public PreviousFetch(String etag, String lastModified, String contentHash) {
    this(etag, lastModified, contentHash, 0);
  }
}
