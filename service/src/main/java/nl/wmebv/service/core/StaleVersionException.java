package nl.wmebv.service.core;

/**
 * An update that carried a version someone else has moved past (answered with 409 and the current
 * state).
 */
public class StaleVersionException extends RuntimeException {
  private final transient Object current;

  public StaleVersionException(String message, Object current) {
    super(message);
    this.current = current;
  }

  /** The current state (a ProductJson or ActionJson) the client should reload. */
  public Object current() {
    return current;
  }
}
