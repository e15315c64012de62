package nl.wmebv.service.api;

import java.util.List;

/** Input that cannot be accepted, with one message per invalid field (answered with 422). */
public class InvalidInputException extends RuntimeException {
  private final List<String> errors;

  public InvalidInputException(List<String> errors) {
    super(String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String error) {
    this(List.of(error));
  }

  public List<String> errors() {
    return errors;
  }
}
