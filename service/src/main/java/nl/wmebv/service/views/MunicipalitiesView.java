package nl.wmebv.service.views;

import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.MunicipalityJson;

/**
 * The municipalities page: every municipality with its website and schedule, and the form to
 * register one.
 */
public class MunicipalitiesView extends PageView {
  /** A municipality in the list: its schedule per site in Dutch words. */
  public record Entry(MunicipalityJson municipality, List<String> schedules) {}

  private final List<Entry> entries;
  private final Map<String, String> form;
  private final List<String> errors;

  /**
   * {@code form}: the values entered (naam, website, hosts), kept when they were refused with
   * {@code errors}.
   */
  public MunicipalitiesView(
      List<Entry> entries, Map<String, String> form, List<String> errors, WebUser webUser) {
    super("/views/gemeenten.ftlh", webUser);
    this.entries = entries;
    this.form = form;
    this.errors = errors;
  }

  public List<Entry> getEntries() {
    return entries;
  }

  public Map<String, String> getForm() {
    return form;
  }

  public List<String> getErrors() {
    return errors;
  }
}
