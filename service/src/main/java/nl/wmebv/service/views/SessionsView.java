package nl.wmebv.service.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.SessionJson;
import nl.wmebv.service.core.DutchTime;

/** The sessions page: the sessions per municipality and the form to plan one. */
public class SessionsView extends PageView {
  private final List<Group> groups;
  private final List<ClusterGroup> clusterGroups;
  private final List<String> errors;
  private final Map<String, String> form;
  private final String message;

  /** A session as the list shows it. */
  public record Item(SessionJson session, String planned, String status) {}

  /** The sessions of one municipality. */
  public record Group(String municipality, List<Item> sessions) {}

  /** The clusters of one municipality, for the cluster select. */
  public record ClusterGroup(String municipality, List<ClusterJson> clusters) {}

  public SessionsView(
      List<SessionJson> sessions,
      List<MunicipalityJson> municipalities,
      List<String> errors,
      Map<String, String> form,
      String message,
      WebUser webUser) {
    super("/views/sessions.ftlh", webUser);
    Map<String, List<Item>> byMunicipality = new LinkedHashMap<>();
    for (SessionJson s : sessions) {
      byMunicipality
          .computeIfAbsent(s.municipalityName(), k -> new ArrayList<>())
          .add(new Item(s, DutchTime.dayInText(s.plannedAt()), SessionTexts.status(s.status())));
    }
    this.groups =
        byMunicipality.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    this.clusterGroups =
        municipalities.stream().map(m -> new ClusterGroup(m.name(), m.clusters())).toList();
    this.errors = errors;
    this.form = form;
    this.message = message;
  }

  public List<Group> getGroups() {
    return groups;
  }

  public List<ClusterGroup> getClusterGroups() {
    return clusterGroups;
  }

  public List<String> getErrors() {
    return errors;
  }

  /** What the user entered (kept on a validation error). */
  public Map<String, String> getForm() {
    return form;
  }

  public String getMessage() {
    return message;
  }
}
