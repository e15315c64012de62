package nl.wmebv.service.core;

/** An id that names nothing (answered with 404). */
public class UnknownEntityException extends RuntimeException {
  public UnknownEntityException(String message) {
    super(message);
  }
}
