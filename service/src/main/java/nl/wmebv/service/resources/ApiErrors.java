package nl.wmebv.service.resources;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import nl.wmebv.service.api.ConflictJson;
import nl.wmebv.service.api.ErrorJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.ValidationErrorJson;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.UnknownEntityException;

/**
 * Maps the service's exceptions onto JSON error responses: 404, 409 (with the current state), 422
 * and the database outage's 503.
 */
public final class ApiErrors {
  private ApiErrors() {}

  public static void register(JerseyEnvironment jersey) {
    jersey.register(new UnknownEntity());
    jersey.register(new StaleVersion());
    jersey.register(new Conflict());
    jersey.register(new InvalidInput());
    jersey.register(new NulCharacterErrors());
    jersey.register(new DatabaseUnavailable());
  }

  private static Response json(int status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** 404 for an unknown id. */
  public static final class UnknownEntity implements ExceptionMapper<UnknownEntityException> {
    @Override
    public Response toResponse(UnknownEntityException e) {
      return json(404, new ErrorJson(404, e.getMessage()));
    }
  }

  /** 409 with the current state for a stale version. */
  public static final class StaleVersion implements ExceptionMapper<StaleVersionException> {
    @Override
    public Response toResponse(StaleVersionException e) {
      return json(409, new ConflictJson(409, e.getMessage(), e.current()));
    }
  }

  /** 409 for a duplicate or a change that conflicts with what exists. */
  public static final class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      return json(409, new ErrorJson(409, e.getMessage()));
    }
  }

  /** 422 with one message per invalid field. */
  public static final class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return json(
          422,
          new ValidationErrorJson(422, "The request is invalid: " + e.getMessage(), e.errors()));
    }
  }
}
