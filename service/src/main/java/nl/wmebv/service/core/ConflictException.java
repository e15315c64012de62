package nl.wmebv.service.core;

/**
 * A change that conflicts with what exists (a duplicate name, a cluster still in use); answered
 * with 409.
 */
public class ConflictException extends RuntimeException {
  private final String dutch;

  public ConflictException(String message) {
    this(message, null);
  }

  /** With the same message in Dutch, for the web view. */
  public ConflictException(String message, String dutch) {
    super(message);
    this.dutch = dutch;
  }

  /** The message in Dutch, or null when there is none. */
  public String dutch() {
    return dutch;
  }
}
