package nl.wmebv.crawler;

import java.util.List;
import nl.wmebv.crawler.detect.PageAnalysis;

/**
 * What the crawler reports for one URL; one JSON line in the command-line output.
 *
 * @param url the normalized URL that was requested
 * @param finalUrl the URL after redirects (and canonical, when it merged)
 * @param status HTTP status, 304 when unchanged on re-crawl, 0 when there was no response
 * @param contentType the media type without parameters, or null
 * @param title the page title, or null
 * @param depth link distance from a seed (seeds and sitemap URLs are 0)
 * @param contentHash SHA-256 of the body (hex), or the previous hash when unchanged (304)
 * @param changed true when the content differs from the previous crawl (or there was none)
 * @param etag the ETag response header, or null
 * @param lastModified the Last-Modified response header, or null
 * @param canonicalUrl the page's canonical URL when it named another one, else null
 * @param documentLinks PDF/Office links found on the page (recorded, not downloaded)
 * @param error an English description of what went wrong, or null; for a skipped URL why it was not
 *     fetched
 * @param fetchMillis time taken to fetch
 * @param analysis page analysis (product, channels, text), or null for non-HTML, error, 304
 *     (unchanged: keep the previous analysis) and duplicate pages
 * @param duplicateOf when this page names another page of the site as canonical and that page was
 *     fetched with the same content hash: that canonical URL (the page is a variant, reported but
 *     not analysed); else null
 * @param skipped true when the URL was not fetched on purpose (disallowed by robots.txt, or an
 *     internal address the address guard refuses): not an error, counted apart. {@code error} still
 *     gives the reason, so every consumer that keeps what it knew of a page when {@code error} is
 *     set (the service's page store, which never erases a page's content for a failed fetch) treats
 *     a skipped URL the same way
 */
public record PageRecord(
    String url,
    String finalUrl,
    int status,
    String contentType,
    String title,
    int depth,
    String contentHash,
    boolean changed,
    String etag,
    String lastModified,
    String canonicalUrl,
    List<String> documentLinks,
    String error,
    long fetchMillis,
    PageAnalysis analysis,
    String duplicateOf,
    boolean skipped) {

  public PageRecord {
    documentLinks = documentLinks == null ? List.of() : List.copyOf(documentLinks);
  }

  /** A fetched (or failed) record: not skipped. */
  public PageRecord(
      String url,
      String finalUrl,
      int status,
      String contentType,
      String title,
      int depth,
      String contentHash,
      boolean changed,
      String etag,
      String lastModified,
      String canonicalUrl,
      List<String> documentLinks,
      String error,
      long fetchMillis,
      PageAnalysis analysis,
      String duplicateOf) {
    this(
        url,
        finalUrl,
        status,
        contentType,
        title,
        depth,
        contentHash,
        changed,
        etag,
        lastModified,
        canonicalUrl,
        documentLinks,
        error,
        fetchMillis,
        analysis,
        duplicateOf,
        false);
  }

  /** The record without {@code duplicateOf} and {@code skipped} (the original contract). */
  public PageRecord(
      String url,
      String finalUrl,
      int status,
      String contentType,
      String title,
      int depth,
      String contentHash,
      boolean changed,
      String etag,
      String lastModified,
      String canonicalUrl,
      List<String> documentLinks,
      String error,
      long fetchMillis,
      PageAnalysis analysis) {
    this(
        url,
        finalUrl,
        status,
        contentType,
        title,
        depth,
        contentHash,
        changed,
        etag,
        lastModified,
        canonicalUrl,
        documentLinks,
        error,
        fetchMillis,
        analysis,
        null,
        false);
  }

  /**
   * A URL not fetched on purpose, with the English reason (e.g. "disallowed by robots.txt"). Status
   * 0 and {@code changed} false: nothing was seen, so nothing can have changed.
   */
  public static PageRecord skipped(String url, int depth, String reason) {
    return new PageRecord(
        url, url, 0, null, null, depth, null, false, null, null, null, List.of(), reason, 0, null,
        null, true);
  }

  /**
   * A record for a URL that failed (or could not be fetched for a reason that is not a deliberate
   * skip).
   */
  public static PageRecord failed(
      String url, String finalUrl, int status, int depth, String error, long millis) {
    return failed(url, finalUrl, status, null, depth, error, millis);
  }

  /** A record for a URL that failed after a response with the given media type. */
  public static PageRecord failed(
      String url,
      String finalUrl,
      int status,
      String contentType,
      int depth,
      String error,
      long millis) {
    return new PageRecord(
        url,
        finalUrl,
        status,
        contentType,
        null,
        depth,
        null,
        true,
        null,
        null,
        null,
        List.of(),
        error,
        millis,
        null,
        null,
        false);
  }

  /** A copy with the given analysis. */
  public PageRecord withAnalysis(PageAnalysis newAnalysis) {
    return new PageRecord(
        url,
        finalUrl,
        status,
        contentType,
        title,
        depth,
        contentHash,
        changed,
        etag,
        lastModified,
        canonicalUrl,
        documentLinks,
        error,
        fetchMillis,
        newAnalysis,
        duplicateOf,
        skipped);
  }

  /** True when the fetch went wrong: an error that is not a deliberate skip. */
  public boolean failedFetch() {
    return error != null && !skipped;
  }
}
