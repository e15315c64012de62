package nl.wmebv.service.views;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.vocabulary.Noun;

/**
 * A full page of the web view: knows who is logged in and the CSRF token its forms and htmx calls
 * carry. Always UTF-8: without a charset Dropwizard takes FreeMarker's locale map, which gives
 * ISO-8859-1 for nl.
 */
public abstract class PageView extends View {
  private final WebUser webUser;

  /** The logged-in user and the session's CSRF token. */
  public record WebUser(User user, String csrf) {}

  protected PageView(String template, WebUser webUser) {
    super(template, StandardCharsets.UTF_8);
    this.webUser = webUser;
  }

  public User getUser() {
    return webUser == null ? null : webUser.user();
  }

  public String getCsrf() {
    return webUser == null ? "" : webUser.csrf() == null ? "" : webUser.csrf();
  }

  /** Dutch labels of stored codes, by kind. */
  public java.util.Map<String, java.util.Map<String, String>> getLabels() {
    return Labels.ALL;
  }

  /**
   * For templates: "3-12-2026 07:50" in Dutch time, or "—"; FreeMarker itself cannot format
   * java.time.
   */
  public String dateTime(OffsetDateTime at) {
    return DutchTime.dateTime(at);
  }

  /** For templates: a date alone, "15-03-2026", or "—". */
  public String date(LocalDate day) {
    return DutchTime.date(day);
  }

  /** For templates: the crawler's evidence rule in Dutch (see {@link EvidenceWording}). */
  public EvidenceWording.Wording why(String rule) {
    return EvidenceWording.of(rule);
  }

  /**
   * For templates: a product's review reason in words (older ones named the channel statuses by
   * code).
   */
  public String reason(String text) {
    return AuditWording.reviewReason(text);
  }

  /** For templates: a link text the crawler made up for a form without one, in Dutch. */
  public String anchorText(String text) {
    return EvidenceWording.anchor(text);
  }

  /**
   * For templates: a count with its Dutch noun, "1 product", "3 producten" ({@link Noun} names the
   * noun).
   */
  public String count(long n, String noun) {
    return Noun.valueOf(noun).count(n);
  }

  /** True when the user may manage users, sites, clusters and schedules. */
  public boolean isAdmin() {
    return getUser() != null && getUser().role().includes(nl.wmebv.service.core.auth.Role.ADMIN);
  }

  /** True when the user may record decisions. */
  public boolean isEditor() {
    return getUser() != null && getUser().role().includes(nl.wmebv.service.core.auth.Role.EDITOR);
  }
}
