package nl.wmebv.service.resources;

import io.dropwizard.jersey.errors.LoggingExceptionMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmebv.service.api.ErrorJson;
import nl.wmebv.service.core.DatabaseOutage;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unreachable database ({@link DatabaseOutage}) answers 503 with Retry-After, on every path and
 * also from the login check that reads the session before any resource runs: JSON on {@code /api/},
 * and on web paths the Dutch page of {@link nl.wmebv.service.resources.web.WebErrorPages}. Any
 * other database failure stays a logged 500.
 */
public class DatabaseUnavailable extends LoggingExceptionMapper<JdbiException> {
  /**
   * Seconds a client is asked to wait: a restart or fail-over of PostgreSQL takes about this long.
   */
  static final String RETRY_AFTER_SECONDS = "30";

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

  @Override
  public Response toResponse(JdbiException e) {
    return DatabaseOutage.unreachable(e) ? response(e) : super.toResponse(e);
  }

  /** The 503 for an outage; one warning line, not a stack trace per request while it lasts. */
  static Response response(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    // the driver's reason only: Jdbi's message holds the statement's arguments (a session token's
    // hash)
    LOG.warn("The database is unreachable, answering 503: {}", root.toString());
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .entity(new ErrorJson(503, "database unavailable"))
        .build();
  }
}
