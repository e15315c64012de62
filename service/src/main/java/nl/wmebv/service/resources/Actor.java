package nl.wmebv.service.resources;

/**
 * Who makes a change, for the audit trail: for now the {@code X-Actor} request header, "api" when absent.
 * Issue 6 replaces this with the logged-in user; every resource gets its actor here and nowhere else.
 */
public final class Actor {
  public static final String HEADER = "X-Actor";
  public static final String DEFAULT = "api";
  private static final int MAX_LENGTH = 100;

  private Actor() {}

  /** The actor named by the header value, or {@link #DEFAULT}. */
  public static String of(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    String name = header.strip();
    return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
  }
}
