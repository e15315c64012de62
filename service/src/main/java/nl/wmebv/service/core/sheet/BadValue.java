package nl.wmebv.service.core.sheet;

/**
 * A cell that cannot be imported, with the message in Dutch (web preview) and in English (JSON
 * API).
 */
public final class BadValue extends Exception {
  private final String dutch;

  public BadValue(String dutch, String english) {
    super(english, null, false, false);
    this.dutch = dutch;
  }

  /** The message for the web preview. */
  public String dutch() {
    return dutch;
  }

  /** The message for the JSON API. */
  public String english() {
    return getMessage();
  }
}
