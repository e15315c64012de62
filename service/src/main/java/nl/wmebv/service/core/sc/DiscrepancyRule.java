package nl.wmebv.service.core.sc;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One rule comparing what a municipality declared in its SC feed with what the crawl found. Each
 * has a stable code, a Dutch label for the web view and an English message for the API.
 */
public enum DiscrepancyRule {
  FEED_SAYS_NO_BUT_DIGITAL(
      "Feed zegt 'niet online aan te vragen', maar de pagina biedt een werkend digitaal kanaal") {
    @Override
    Optional<String> check(ProductFacts f) {
      if ("nee".equals(f.feedOnlineAanvragen()) && "DIGITAL".equals(f.channelStatus())) {
        return Optional.of(
            "The feed declares onlineAanvragen=nee, but the page offers a working digital channel"
                + f.statusSource());
      }
      return Optional.empty();
    }
  },
  FEED_SAYS_ONLINE_BUT_NOT_DIGITAL(
      "Feed zegt 'online aan te vragen', maar de pagina biedt geen werkend digitaal kanaal") {
    @Override
    Optional<String> check(ProductFacts f) {
      if (("ja".equals(f.feedOnlineAanvragen()) || "digid".equals(f.feedOnlineAanvragen()))
          && f.channelStatus() != null
          && NOT_WORKING.contains(f.channelStatus())) {
        return Optional.of(
            "The feed declares onlineAanvragen="
                + f.feedOnlineAanvragen()
                + ", but the page's channel"
                + " status is "
                + f.channelStatus()
                + f.statusSource());
      }
      return Optional.empty();
    }
  },
  AANVRAAG_URL_DIGID(
      "Aanvraag-URL in de feed verwijst naar digid.nl in plaats van naar een formulier") {
    @Override
    Optional<String> check(ProductFacts f) {
      String host = host(f.feedAanvraagUrl());
      if (host != null && (host.equals("digid.nl") || host.endsWith(".digid.nl"))) {
        return Optional.of(
            "The feed's aanvraagURL "
                + f.feedAanvraagUrl()
                + " points to digid.nl (where one gets a"
                + " DigiD), not to a form that sends the message");
      }
      return Optional.empty();
    }
  },
  AANVRAAG_URL_APPOINTMENT(
      "Aanvraag-URL in de feed verwijst naar een afsprakensysteem (geen kanaal voor een bericht)") {
    @Override
    Optional<String> check(ProductFacts f) {
      String url = f.feedAanvraagUrl() == null ? "" : f.feedAanvraagUrl().toLowerCase(Locale.ROOT);
      for (String marker : APPOINTMENT_MARKERS) {
        if (url.contains(marker)) {
          return Optional.of(
              "The feed's aanvraagURL "
                  + f.feedAanvraagUrl()
                  + " points to an appointment system ('"
                  + marker
                  + "'): booking an appointment is not a channel to send a message");
        }
      }
      return Optional.empty();
    }
  },
  AANVRAAG_URL_BROKEN("Aanvraag-URL in de feed werkt niet") {
    @Override
    Optional<String> check(ProductFacts f) {
      return f.feedAanvraagUrl() == null || f.aanvraagUrlProblem() == null
          ? Optional.empty()
          : Optional.of(
              "The feed's aanvraagURL "
                  + f.feedAanvraagUrl()
                  + " does not work: "
                  + f.aanvraagUrlProblem());
    }
  },
  FEED_PAGE_NOT_FOUND("Pagina uit de feed niet gevonden bij de crawl") {
    @Override
    Optional<String> check(ProductFacts f) {
      if (!f.crawled()) {
        return Optional.empty();
      }
      if (f.pageHttpStatus() == null) {
        return Optional.of("The crawl did not find the feed's page " + f.feedPageUrl());
      }
      if (f.pageHttpStatus() == 404 || f.pageHttpStatus() == 410) {
        return Optional.of(
            "The feed's page " + f.feedPageUrl() + " answered HTTP " + f.pageHttpStatus());
      }
      return Optional.empty();
    }
  };

  static final Set<String> NOT_WORKING = Set.of("NOT_DIGITAL", "NONE", "BROKEN", "NOT_COMPLIANT");
  static final List<String> APPOINTMENT_MARKERS =
      List.of("afspraak", "afspraken", "qmatic", "timeblockr");

  private final String labelNl;

  DiscrepancyRule(String labelNl) {
    this.labelNl = labelNl;
  }

  /** The Dutch label for the web view. */
  public String labelNl() {
    return labelNl;
  }

  /** The English message when the rule fires for the product, else empty. */
  abstract Optional<String> check(ProductFacts f);

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * What the rules look at for one feed product.
   *
   * @param channelStatus the effective channel status: a person's override (DIGITAL, ABSENT→NONE,
   *     NOT_COMPLIANT) when set, else the detector's; null when unknown
   * @param overridden true when {@code channelStatus} is the person's
   * @param crawled true when at least one crawl of the municipality finished
   * @param pageHttpStatus the HTTP status of the feed page as the crawl saw it, null when never
   *     seen
   * @param aanvraagUrlProblem why the aanvraag URL does not work (from the crawl's channel checks
   *     or its own page row), or null when not known to be broken
   */
  public record ProductFacts(
      long productId,
      String name,
      String feedPageUrl,
      String feedOnlineAanvragen,
      String feedAanvraagUrl,
      String channelStatus,
      boolean overridden,
      boolean crawled,
      Integer pageHttpStatus,
      String aanvraagUrlProblem) {

    String statusSource() {
      return overridden ? " (as a person decided)" : " (as the crawl detected)";
    }
  }
}
