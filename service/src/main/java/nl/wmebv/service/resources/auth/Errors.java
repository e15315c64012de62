package nl.wmebv.service.resources.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wmebv.service.api.ErrorJson;

/**
 * Refusals in the caller's language: JSON in English for the API, a short Dutch page for the web
 * view.
 */
final class Errors {
  private Errors() {}

  static boolean wantsHtml(ContainerRequestContext request) {
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    return accept != null && accept.contains("text/html");
  }

  static Response forbidden(ContainerRequestContext request, String english, String dutch) {
    if (!request.getUriInfo().getPath().startsWith("api/") && wantsHtml(request)) {
      String html =
          "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Geen toegang</title>"
              + "<link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><main><h1>Geen toegang</h1><p>"
              + dutch
              + "</p><p><a href=\"/\">Naar het overzicht</a></p></main></body></html>";
      return Response.status(Response.Status.FORBIDDEN)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(html)
          .build();
    }
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorJson(403, english))
        .build();
  }

  /** 404 in the API's shape ({@code ApiErrors.UnknownEntity} gives the same for a resource). */
  static Response notFound(String english) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorJson(404, english))
        .build();
  }
}
