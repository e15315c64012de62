package nl.wmebv.service.views;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.CrawlScheduleJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.SiteJson;
import nl.wmebv.service.core.schedule.DutchSchedule;

/**
 * One municipality's set-up: per site the extra hosts, the include and exclude patterns and the
 * crawl schedule (in Dutch, with a form for "elke maandag om 03:00", "elke dag om 03:00" and "elke
 * 7 dagen").
 */
public class MunicipalityView extends PageView {
  /** The week's days for the form: cron code to Dutch name, Monday first. */
  public static final Map<String, String> DAYS = days();

  /**
   * A site with its schedule: {@code words} the schedule in Dutch, {@code form} the schedule form's
   * values (soort, dag, tijd, dagen, actief), {@code custom} true for a cron the form cannot show
   * (set through the API).
   */
  public record Site(
      SiteJson site,
      CrawlScheduleJson schedule,
      String words,
      Map<String, String> form,
      boolean custom) {}

  private final MunicipalityJson municipality;
  private final List<Site> sites;
  private final String message;
  private final List<String> errors;
  private final Long errorSite;

  /** {@code errors} in Dutch belong to the site {@code errorSite}'s forms (null: none). */
  public MunicipalityView(
      MunicipalityJson municipality,
      List<Site> sites,
      String message,
      List<String> errors,
      Long errorSite,
      WebUser webUser) {
    super("/views/gemeente.ftlh", webUser);
    this.municipality = municipality;
    this.sites = sites;
    this.message = message;
    this.errors = errors;
    this.errorSite = errorSite;
  }

  /**
   * The schedule form's values for a stored schedule (a weekly Monday 03:00 when there is none).
   */
  public static Map<String, String> formOf(CrawlScheduleJson s) {
    Map<String, String> form =
        new LinkedHashMap<>(
            Map.of(
                "soort",
                "week",
                "dag",
                "MON",
                "tijd",
                "03:00",
                "dagen",
                "7",
                "actief",
                s.configured() && !s.enabled() ? "" : "ja",
                "kanaalcontrole",
                !s.configured() ? "P1D" : s.channelWatch() == null ? "off" : s.channelWatch()));
    DutchSchedule.of(s.cron(), s.interval())
        .ifPresent(
            d -> {
              form.put(
                  "soort",
                  switch (d.kind()) {
                    case WEEKLY -> "week";
                    case DAILY -> "dag";
                    case EVERY_DAYS -> "dagen";
                  });
              if (d.day() != null) {
                form.put("dag", DutchSchedule.code(d.day()));
              }
              if (d.time() != null) {
                form.put(
                    "tijd", String.format("%02d:%02d", d.time().getHour(), d.time().getMinute()));
              }
              if (d.days() != null) {
                form.put("dagen", String.valueOf(d.days()));
              }
            });
    return form;
  }

  /** The channel watch's interval in Dutch: "dagelijks", "uit" or "elke N uur". */
  public String watchWords(String interval) {
    if (interval == null || "off".equals(interval)) {
      return "uit";
    }
    java.time.Duration every = java.time.Duration.parse(interval);
    if (every.equals(java.time.Duration.ofDays(1))) {
      return "dagelijks";
    }
    return every.toMinutesPart() == 0 && every.toSecondsPart() == 0
        ? "elke " + every.toHours() + " uur"
        : "elke " + every.toMinutes() + " minuten";
  }

  /** The schedule in Dutch, with whether it is switched off. */
  public static String wordsOf(CrawlScheduleJson s) {
    if (!s.configured()) {
      return "geen schema: alleen met de hand";
    }
    return DutchSchedule.describe(s.cron(), s.interval()) + (s.enabled() ? "" : " (uitgeschakeld)");
  }

  private static Map<String, String> days() {
    Map<String, String> days = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(DutchSchedule.code(d), DutchSchedule.dayName(d));
    }
    return java.util.Collections.unmodifiableMap(days);
  }

  public MunicipalityJson getMunicipality() {
    return municipality;
  }

  public List<Site> getSites() {
    return sites;
  }

  public String getMessage() {
    return message;
  }

  public List<String> getErrors() {
    return errors;
  }

  public Long getErrorSite() {
    return errorSite;
  }

  public Map<String, String> getDays() {
    return DAYS;
  }
}
