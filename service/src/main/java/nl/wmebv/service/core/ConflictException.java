package nl.wmebv.service.core;

/** A change that conflicts with what exists (a duplicate name, a cluster still in use); answered with 409. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
