package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.wmebv.service.vocabulary.DesignationDecisionStatus;
import nl.wmebv.service.vocabulary.Organ;
import nl.wmebv.service.vocabulary.Vocabularies;

/**
 * The body of {@code POST .../versions/{vid}/status}: the next {@code status}; for VASTGESTELD also
 * {@code adoptedOn} (yyyy-mm-dd) and {@code adoptedBy} (organ codes); for BEKENDGEMAAKT {@code
 * gemeenteblad}, {@code gemeentebladUrl} (http(s)), {@code publishedOn} and {@code entryIntoForce}.
 */
public record DesignationDecisionStatusInput(
    String status,
    LocalDate adoptedOn,
    List<String> adoptedBy,
    String gemeenteblad,
    String gemeentebladUrl,
    LocalDate publishedOn,
    LocalDate entryIntoForce) {
  private static final List<String> FIELDS =
      List.of(
          "status",
          "adoptedOn",
          "adoptedBy",
          "gemeenteblad",
          "gemeentebladUrl",
          "publishedOn",
          "entryIntoForce");

  public static DesignationDecisionStatusInput read(JsonNode body) {
    JsonInput in = new JsonInput(body, FIELDS);
    in.require("status");
    String status = in.oneOf("status", Vocabularies.codes(DesignationDecisionStatus.class));
    LocalDate adoptedOn = date(in, "adoptedOn");
    List<String> organs = in.strings("adoptedBy", 3, 20);
    organs = organs == null ? List.of() : organs;
    organs.stream()
        .filter(o -> Organ.of(o) == null)
        .forEach(
            o ->
                in.error(
                    "adoptedBy must list organs of "
                        + String.join(", ", Vocabularies.codes(Organ.class))));
    String number = in.string("gemeenteblad", 100);
    String url = in.string("gemeentebladUrl", 2000);
    if (url != null && DesignationInput.urlProblem("SPECIFIC_FORM", url) != null) {
      in.error("gemeentebladUrl must be an http(s) address with a host");
    }
    LocalDate publishedOn = date(in, "publishedOn");
    LocalDate entry = date(in, "entryIntoForce");
    if ("VASTGESTELD".equals(status) && (adoptedOn == null || organs.isEmpty())) {
      in.error("VASTGESTELD needs adoptedOn and at least one organ in adoptedBy");
    }
    if ("BEKENDGEMAAKT".equals(status)
        && (number == null || number.isBlank() || publishedOn == null || entry == null)) {
      in.error("BEKENDGEMAAKT needs gemeenteblad, publishedOn and entryIntoForce");
    }
    in.check();
    return new DesignationDecisionStatusInput(
        status, adoptedOn, organs.stream().distinct().toList(), number, url, publishedOn, entry);
  }

  private static LocalDate date(JsonInput in, String field) {
    String v = in.string(field, 10);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      in.error(field + " must be a date as yyyy-mm-dd");
      return null;
    }
  }
}
