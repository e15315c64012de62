package nl.wmebv.service.views;

import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.MunicipalityActionJson;
import nl.wmebv.service.api.MunicipalityJson;

/** "Wie doet wat, wanneer": one municipality's actions with filters, overdue rows marked. */
public class ActionsView extends PageView {
  private final MunicipalityJson municipality;
  private final List<MunicipalityJson> municipalities;
  private final List<ClusterJson> clusters;
  private final List<MunicipalityActionJson> actions;
  private final Map<String, String> query;
  private final String message;

  public ActionsView(
      MunicipalityJson municipality,
      List<MunicipalityJson> municipalities,
      List<ClusterJson> clusters,
      List<MunicipalityActionJson> actions,
      Map<String, String> query,
      String message,
      WebUser webUser) {
    super("/views/acties.ftlh", webUser);
    this.municipality = municipality;
    this.municipalities = municipalities;
    this.clusters = clusters;
    this.actions = actions;
    this.query = query;
    this.message = message;
  }

  public MunicipalityJson getMunicipality() {
    return municipality;
  }

  public List<MunicipalityJson> getMunicipalities() {
    return municipalities;
  }

  public List<ClusterJson> getClusters() {
    return clusters;
  }

  public List<MunicipalityActionJson> getActions() {
    return actions;
  }

  /** The current filters, to keep them in the form and in sort links. */
  public Map<String, String> getQuery() {
    return query;
  }

  public String getMessage() {
    return message;
  }

  /**
   * The owner name "Mijn acties" filters on: the logged-in user's display name ("" when nobody is).
   */
  public String getMyName() {
    return getUser() == null ? "" : getUser().displayName();
  }

  /** True when the list shows exactly the logged-in user's actions. */
  public boolean isMine() {
    String owner = query.get("eigenaar");
    return !getMyName().isBlank() && owner != null && getMyName().equalsIgnoreCase(owner.strip());
  }

  /** A link to this list with one parameter changed (null or blank: left out). */
  public String link(String name, String value) {
    UriBuilder b = UriBuilder.fromPath("/acties");
    query.forEach(
        (k, v) -> {
          if (!k.equals(name) && v != null && !v.isBlank()) {
            b.queryParam(k, v);
          }
        });
    if (value != null && !value.isBlank()) {
      b.queryParam(name, value);
    }
    return b.build().toString();
  }

  /**
   * The link "Mijn acties": this municipality, only the user's actions, the other filters dropped.
   */
  public String getMineLink() {
    UriBuilder b = UriBuilder.fromPath("/acties");
    if (municipality != null) {
      b.queryParam("gemeente", municipality.id());
    }
    return b.queryParam("eigenaar", getMyName()).build().toString();
  }
}
