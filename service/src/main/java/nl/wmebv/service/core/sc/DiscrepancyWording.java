package nl.wmebv.service.core.sc;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A discrepancy in Dutch, for the web view and the exports: what the feed declares and what the
 * crawl found.
 */
public final class DiscrepancyWording {
  private static final Map<String, String> STATUS =
      Map.of(
          "DIGITAL",
          "werkend digitaal kanaal",
          "NOT_DIGITAL",
          "alleen niet-digitaal (pdf, telefoon, balie)",
          "NONE",
          "geen kanaal",
          "BROKEN",
          "kanaal werkt niet",
          "NOT_COMPLIANT",
          "kanaal aanwezig, niet in orde");
  private static final Pattern HTTP = Pattern.compile("HTTP (\\d{3})");

  private DiscrepancyWording() {}

  /** What the feed declares, e.g. "onlineAanvragen: nee" or "aanvraagURL: https://...". */
  public static String declared(Discrepancy d) {
    return switch (d.code()) {
      case "FEED_SAYS_NO_BUT_DIGITAL", "FEED_SAYS_ONLINE_BUT_NOT_DIGITAL" ->
          "onlineAanvragen: "
              + d.feedOnlineAanvragen()
              + (d.feedAanvraagUrl() == null ? "" : "; aanvraagURL: " + d.feedAanvraagUrl());
      case "FEED_PAGE_NOT_FOUND" -> "pagina: " + d.feedPageUrl();
      default -> "aanvraagURL: " + d.feedAanvraagUrl();
    };
  }

  /** What the crawl (or a person's decision) found, in Dutch. */
  public static String found(Discrepancy d) {
    String http = httpStatus(d.message());
    return switch (d.code()) {
      case "FEED_SAYS_NO_BUT_DIGITAL", "FEED_SAYS_ONLINE_BUT_NOT_DIGITAL" ->
          "kanaal: "
              + STATUS.getOrDefault(d.channelStatus(), String.valueOf(d.channelStatus()))
              + (d.message() != null && d.message().contains("as a person decided")
                  ? " (besluit)"
                  : " (crawl)");
      case "AANVRAAG_URL_DIGID" ->
          "verwijst naar digid.nl (DigiD aanvragen), niet naar een formulier";
      case "AANVRAAG_URL_APPOINTMENT" -> "verwijst naar een afsprakensysteem";
      case "AANVRAAG_URL_BROKEN" ->
          "werkt niet (" + (http == null ? "geen antwoord" : "HTTP " + http) + ")";
      case "FEED_PAGE_NOT_FOUND" ->
          http == null ? "niet gevonden bij de crawl" : "pagina gaf HTTP " + http;
      default -> d.message();
    };
  }

  private static String httpStatus(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = HTTP.matcher(message);
    return m.find() ? m.group(1) : null;
  }
}
