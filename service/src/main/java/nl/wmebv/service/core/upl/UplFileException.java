package nl.wmebv.service.core.upl;

/**
 * A UPL file that cannot be used, with one clear English message; the UPL in use stays as it was.
 */
public class UplFileException extends RuntimeException {
  public UplFileException(String message) {
    super(message);
  }

  public UplFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
