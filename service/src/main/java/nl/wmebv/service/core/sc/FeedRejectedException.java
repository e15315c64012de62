package nl.wmebv.service.core.sc;

/**
 * An SC feed (or UPL file) that cannot be imported, with one clear English message. Nothing was
 * changed when this is thrown.
 */
public class FeedRejectedException extends RuntimeException {
  /**
   * Why: the bytes cannot be read as the expected format, or they can but the content is not
   * acceptable.
   */
  public enum Kind {
    /** Empty, not XML, truncated or malformed (HTTP 400). */
    UNREADABLE,
    /**
     * Well-formed but not acceptable: another municipality's feed, no records, not an SC feed (HTTP
     * 422).
     */
    NOT_ACCEPTABLE
  }

  private final Kind kind;

  public FeedRejectedException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public FeedRejectedException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
