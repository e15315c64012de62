package nl.wmebv.service.resources.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * A web page that ends in an error shows a Dutch page with the menu and a way back, not the API's
 * JSON: whatever produced the 404, 405, 409, 500 or 503 (an unknown product, a stale form, a bug,
 * the database unreachable), a browser on a web path gets HTML. Paths under {@code /api/}, and
 * callers that do not ask for HTML, keep the JSON. Pages that answer an error with their own HTML
 * (a form with its messages) are left as they are.
 */
@Priority(Priorities.USER)
public class WebErrorPages implements ContainerResponseFilter {
  private record Page(String title, String text) {}

  private static final Map<Integer, Page> PAGES =
      Map.of(
          404,
              new Page(
                  "Pagina niet gevonden",
                  "Deze pagina bestaat niet (meer). Misschien is het product of de"
                      + " sessie verwijderd, of is het adres niet goed overgenomen."),
          405, new Page("Dat kan hier niet", "Deze pagina kan dit verzoek niet afhandelen."),
          409,
              new Page(
                  "Intussen gewijzigd",
                  "Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en"
                      + " kijk of uw wijziging nog nodig is."),
          500,
              new Page(
                  "Er ging iets mis",
                  "Er ging iets mis aan onze kant; er is niets gewijzigd. Probeer het nog"
                      + " eens. Blijft het misgaan, meld het dan aan uw beheerder."),
          503,
              new Page(
                  "Database niet bereikbaar",
                  "De database is even niet bereikbaar; er is niets gewijzigd."
                      + " Probeer het over een paar minuten opnieuw."));

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Page page = PAGES.get(response.getStatus());
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    boolean json =
        response.getMediaType() != null
            && response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE);
    if (page == null
        || !json
        || accept == null
        || !accept.contains("text/html")
        || request.getUriInfo().getPath().startsWith("api/")) {
      return;
    }
    response.setEntity(
        html(page), new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
  }

  private static String html(Page page) {
    return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
        + page.title()
        + " · WMEBV kanaleninventaris</title><link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body>"
        + "<header class=\"top\"><a href=\"/\" class=\"brand\">WMEBV kanaleninventaris</a><nav aria-label=\"Hoofdmenu\">"
        + "<a href=\"/\">Overzicht</a> <a href=\"/inventaris\">Inventaris</a> <a href=\"/catalogus\">Catalogus</a> "
        + "<a href=\"/crawls\">Crawls</a> <a href=\"/sessies\">Sessies</a> <a href=\"/clusters\">Clusters</a> "
        + "<a href=\"/aanwijzing\">Aanwijzing</a></nav></header><main id=\"inhoud\"><h1>"
        + page.title()
        + "</h1><p>"
        + page.text()
        + "</p><p>"
        + "<a href=\"/\">Naar het overzicht</a> · <a href=\"/inventaris\">Naar de inventaris</a></p></main>"
        + "</body></html>";
  }
}
