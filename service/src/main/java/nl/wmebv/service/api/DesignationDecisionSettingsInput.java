package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The body of {@code PUT .../designation-decision/settings}: {@code version} (0 before the first
 * save), {@code joint} (one decision of all organs, else one per organ), {@code previousTitle},
 * {@code publicationUrl} (http(s)), {@code legalRemedies}, {@code entryIntoForce} (yyyy-mm-dd or
 * null).
 */
public record DesignationDecisionSettingsInput(
    int version,
    boolean joint,
    String previousTitle,
    String publicationUrl,
    boolean legalRemedies,
    LocalDate entryIntoForce) {
  private static final List<String> FIELDS =
      List.of(
          "version", "joint", "previousTitle", "publicationUrl", "legalRemedies", "entryIntoForce");

  public static DesignationDecisionSettingsInput read(JsonNode body) {
    JsonInput in = new JsonInput(body, FIELDS);
    in.require("version");
    Integer version = in.integer("version", 0, Integer.MAX_VALUE);
    Boolean joint = in.bool("joint");
    String title = in.string("previousTitle", 500);
    String url = in.string("publicationUrl", 2000);
    if (url != null
        && !url.isBlank()
        && DesignationInput.urlProblem("SPECIFIC_FORM", url) != null) {
      in.error("publicationUrl must be an http(s) address with a host");
    }
    Boolean remedies = in.bool("legalRemedies");
    String date = in.string("entryIntoForce", 10);
    LocalDate day = null;
    if (date != null && !date.isBlank()) {
      try {
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        in.error("entryIntoForce must be a date as yyyy-mm-dd");
      }
    }
    in.check();
    return new DesignationDecisionSettingsInput(
        version == null ? 0 : version,
        joint == null || joint,
        blankToNull(title),
        blankToNull(url),
        Boolean.TRUE.equals(remedies),
        day);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
