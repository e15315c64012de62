package nl.wmebv.service.resources.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.wmebv.service.api.CrawlScheduleInput;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.api.NewMunicipality;
import nl.wmebv.service.api.SiteSettingsInput;
import nl.wmebv.service.core.schedule.DutchSchedule;

/**
 * The set-up forms of the web view (register a municipality, a site's hosts and patterns, its crawl
 * schedule in Dutch): each turns its fields into the JSON body the API takes and reads it with the
 * API's own validated input, so both share every rule. A schedule field the API has no words for (a
 * day, a time, a number of days) is checked here and refused with a Dutch message ({@link
 * FormException}).
 */
final class MunicipalityForms {
  private final ObjectMapper json;

  MunicipalityForms(ObjectMapper json) {
    this.json = json;
  }

  /** Form values the shared validation did not get to, refused in Dutch. */
  static final class FormException extends RuntimeException {
    private final List<String> dutch;

    FormException(List<String> dutch) {
      super(String.join(" ", dutch));
      this.dutch = List.copyOf(dutch);
    }

    List<String> dutch() {
      return dutch;
    }
  }

  /** naam, website, hosts (one per line, or separated by spaces or commas). */
  NewMunicipality register(MultivaluedMap<String, String> form) {
    ObjectNode body = json.createObjectNode();
    body.put("name", text(form, "naam"));
    body.put("baseUrl", text(form, "website"));
    putList(body, "extraHosts", Arrays.stream(text(form, "hosts").split("[\\s,;]+")).toList());
    return NewMunicipality.read(body);
  }

  /** hosts, alleen (include patterns) and niet (exclude patterns), one pattern per line. */
  SiteSettingsInput site(MultivaluedMap<String, String> form) {
    ObjectNode body = json.createObjectNode();
    putList(body, "extraHosts", Arrays.stream(text(form, "hosts").split("[\\s,;]+")).toList());
    putList(body, "includePatterns", text(form, "alleen").lines().toList());
    putList(body, "excludePatterns", text(form, "niet").lines().toList());
    return SiteSettingsInput.read(body);
  }

  /**
   * soort (week, dag, dagen), dag (MON ... SUN), tijd (uu:mm), dagen (1 to 365), actief (ja when
   * ticked), kanaalcontrole (P1D, off, or another ISO-8601 interval).
   */
  CrawlScheduleInput schedule(MultivaluedMap<String, String> form) {
    List<String> errors = new ArrayList<>();
    String kind = text(form, "soort");
    DutchSchedule schedule =
        switch (kind) {
          case "week" ->
              new DutchSchedule(
                  DutchSchedule.Kind.WEEKLY,
                  day(text(form, "dag"), errors),
                  time(text(form, "tijd"), errors),
                  null);
          case "dag" ->
              new DutchSchedule(
                  DutchSchedule.Kind.DAILY, null, time(text(form, "tijd"), errors), null);
          case "dagen" ->
              new DutchSchedule(
                  DutchSchedule.Kind.EVERY_DAYS, null, null, days(text(form, "dagen"), errors));
          default -> {
            errors.add(
                "Kies hoe vaak er gecrawld wordt: elke week, elke dag of elke zoveel dagen.");
            yield null;
          }
        };
    if (!errors.isEmpty()) {
      throw new FormException(errors);
    }
    ObjectNode body = json.createObjectNode();
    if (schedule.cron() != null) {
      body.put("cron", schedule.cron());
    } else {
      body.put("interval", schedule.interval());
    }
    body.put("enabled", "ja".equals(text(form, "actief")));
    if (!text(form, "kanaalcontrole").isBlank()) {
      body.put(
          "channelWatch",
          text(form, "kanaalcontrole")); // P1D, off, or the interval set through the API
    }
    return CrawlScheduleInput.read(body);
  }

  private static DayOfWeek day(String code, List<String> errors) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (DutchSchedule.code(d).equals(code)) {
        return d;
      }
    }
    errors.add("Kies de dag van de week.");
    return null;
  }

  private static LocalTime time(String text, List<String> errors) {
    try {
      return LocalTime.parse(text.length() == 4 ? "0" + text : text); // 3:00 as 03:00
    } catch (DateTimeParseException e) {
      errors.add("De tijd moet een tijd zijn als uu:mm, zoals 03:00.");
      return null;
    }
  }

  private static Integer days(String text, List<String> errors) {
    try {
      int days = Integer.parseInt(text);
      if (days >= 1 && days <= 365) {
        return days;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    errors.add("Het aantal dagen moet een heel getal van 1 tot en met 365 zijn.");
    return null;
  }

  private static void putList(ObjectNode body, String field, List<String> values) {
    ArrayNode list = body.putArray(field);
    values.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(list::add);
  }

  private static String text(MultivaluedMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null ? "" : v.strip();
  }

  /** The shared validation's messages of these forms, in Dutch. */
  static List<String> dutch(InvalidInputException e) {
    return DutchErrors.of(e.errors());
  }
}
