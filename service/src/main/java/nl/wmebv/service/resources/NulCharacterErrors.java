package nl.wmebv.service.resources;

import io.dropwizard.jersey.errors.ErrorMessage;
import io.dropwizard.jersey.errors.LoggingExceptionMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import nl.wmebv.service.core.DatabaseOutage;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A NUL character ({@code \u0000}) in any text sent to the service (a JSON field, a form field, the
 * search {@code q}) cannot be stored or searched by PostgreSQL: the statement fails and its
 * transaction rolls back, so nothing changed; this answers 400 with a clear message instead of a
 * 500. A connection that broke is the outage's 503 ({@link DatabaseUnavailable}); every other
 * statement failure stays a logged 500, as Dropwizard answers it.
 */
public class NulCharacterErrors extends LoggingExceptionMapper<UnableToExecuteStatementException> {
  private static final String NUL_IN_TEXT =
      "22021"; // character_not_in_repertoire: 0x00 in a UTF-8 text
  private static final String NUL_ESCAPE =
      "22P05"; // untranslatable_character: \u0000 in a JSON value

  @Override
  public Response toResponse(UnableToExecuteStatementException e) {
    if (DatabaseOutage.unreachable(e)) {
      return DatabaseUnavailable.response(
          e); // a statement on a connection that broke: an outage, not bad input
    }
    if (e.getCause() instanceof SQLException sql
        && (NUL_IN_TEXT.equals(sql.getSQLState()) || NUL_ESCAPE.equals(sql.getSQLState()))) {
      return Response.status(400)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              new ErrorMessage(
                  400, "Text must not contain NUL characters (\\u0000); nothing was changed"))
          .build();
    }
    return super.toResponse(e);
  }
}
