package nl.wmebv.service.core;

/**
 * A municipality id that names no municipality (answered with 404); the one home of that message.
 */
public class UnknownMunicipalityException extends UnknownEntityException {
  public UnknownMunicipalityException(long id) {
    super("No municipality with id " + id);
  }
}
