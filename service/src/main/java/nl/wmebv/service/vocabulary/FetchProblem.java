package nl.wmebv.service.vocabulary;

import java.util.Locale;
import nl.wmebv.crawler.fetch.AddressGuard;

/**
 * Why a crawl did not get a URL: a failed fetch (an error) or a URL left alone on purpose
 * (skipped). The one place that turns the crawler's status and English reason into a code and a
 * Dutch label.
 */
public enum FetchProblem implements Term {
  NOT_FOUND("NOT_FOUND", "Niet gevonden (404)", false),
  GONE("GONE", "Verwijderd (410)", false),
  NO_ACCESS("NO_ACCESS", "Geen toegang (401/403)", false),
  TOO_MANY_REQUESTS("TOO_MANY_REQUESTS", "Te veel verzoeken (429)", false),
  CLIENT_ERROR("CLIENT_ERROR", "Geweigerd door de server (4xx)", false),
  SERVER_ERROR("SERVER_ERROR", "Serverfout (5xx)", false),
  TIMEOUT("TIMEOUT", "Time-out", false),
  REDIRECT("REDIRECT", "Doorverwijzing mislukt (lus, te veel of zonder doel)", false),
  UNKNOWN_HOST("UNKNOWN_HOST", "Onbekende host", false),
  TLS("TLS", "Beveiligde verbinding (TLS) mislukt", false),
  ROBOTS_UNREACHABLE("ROBOTS_UNREACHABLE", "robots.txt niet bereikbaar: niet opgehaald", false),
  CRAWLER_ERROR("CRAWLER_ERROR", "Interne fout van de crawler", false),
  NETWORK("NETWORK", "Verbinding mislukt", false),
  ROBOTS("ROBOTS", "Uitgesloten door robots.txt", true),
  REFUSED_ADDRESS("REFUSED_ADDRESS", "Intern of ongeldig adres: bewust niet opgehaald", true),
  OTHER_SKIP("OTHER_SKIP", "Bewust niet opgehaald", true);

  private final String code;
  private final String label;
  private final boolean skip;

  FetchProblem(String code, String label, boolean skip) {
    this.code = code;
    this.label = label;
    this.skip = skip;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * True for a URL not fetched on purpose (counted as skipped), false for a failed fetch (an
   * error).
   */
  public boolean skip() {
    return skip;
  }

  /**
   * The problem of one observation: {@code skipped} is the crawler's own verdict, {@code error} its
   * English reason (see {@code PageRecord.error}, {@code HttpFetcher} and {@code AddressGuard}),
   * {@code status} 0 without answer.
   */
  public static FetchProblem of(int status, String error, boolean skipped) {
    String e = error == null ? "" : error.toLowerCase(Locale.ROOT);
    if (skipped) {
      if (e.startsWith("disallowed by robots.txt")) {
        return ROBOTS;
      }
      return e.startsWith(AddressGuard.REFUSED) ? REFUSED_ADDRESS : OTHER_SKIP;
    }
    if (e.startsWith(
        "robots.txt unreachable")) { // first: its reason in brackets may name a timeout
      return ROBOTS_UNREACHABLE;
    }
    if (e.contains(
        "redirect")) { // checked first: a failed redirect keeps the 3xx status of its last hop
      return REDIRECT;
    }
    if (status == 404) {
      return NOT_FOUND;
    }
    if (status == 410) {
      return GONE;
    }
    if (status == 401 || status == 403) {
      return NO_ACCESS;
    }
    if (status == 429) {
      return TOO_MANY_REQUESTS;
    }
    if (status >= 500) {
      return SERVER_ERROR;
    }
    if (status >= 400) {
      return CLIENT_ERROR;
    }
    return noAnswer(e);
  }

  /** A failure without an HTTP error status: the reason tells what happened. */
  private static FetchProblem noAnswer(String e) {
    if (e.contains("timeout")) {
      return TIMEOUT;
    }
    if (e.startsWith("unknown host")) {
      return UNKNOWN_HOST;
    }
    if (e.startsWith("tls error")) {
      return TLS;
    }
    return e.startsWith("internal error") ? CRAWLER_ERROR : NETWORK;
  }
}
