package nl.wmebv.service.views;

import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.ClusterRuleJson;
import nl.wmebv.service.api.ClusterRulesApplyJson;
import nl.wmebv.service.api.MunicipalityJson;

/**
 * The clusters page: a municipality's clusters and cluster rules, to add, change and remove them.
 */
public class ClustersView extends PageView {
  /** The rule kinds in Dutch, in the order the select shows them. */
  public static final Map<String, String> KINDS = kinds();

  private static Map<String, String> kinds() {
    Map<String, String> kinds = new java.util.LinkedHashMap<>();
    kinds.put("WORDS", "Woorden in de (uniforme) productnaam");
    kinds.put("URL_PREFIX", "URL begint met");
    kinds.put("NAME", "Productnaam (reguliere expressie)");
    kinds.put("UNIFORM_NAME", "Uniforme productnaam (reguliere expressie)");
    kinds.put("URL", "URL-pad (reguliere expressie)");
    return java.util.Collections.unmodifiableMap(kinds);
  }

  /** A rule with its cluster's name. */
  public record Rule(ClusterRuleJson rule, String clusterName) {}

  /** A product the rules would move, with the names of both clusters ("geen cluster" for none). */
  public record Move(String product, String from, String to) {}

  private final List<MunicipalityJson> municipalities;
  private final MunicipalityJson municipality;
  private final List<Rule> rules;
  private final String message;
  private final boolean error;
  private final List<Move> preview;

  /** {@code preview}: what applying the rules again would move, or null when not asked. */
  public ClustersView(
      List<MunicipalityJson> municipalities,
      MunicipalityJson municipality,
      List<ClusterRuleJson> rules,
      String message,
      boolean error,
      ClusterRulesApplyJson preview,
      WebUser webUser) {
    super("/views/clusters.ftlh", webUser);
    this.municipalities = municipalities;
    this.municipality = municipality;
    this.rules =
        municipality == null
            ? List.of()
            : rules.stream()
                .map(
                    r ->
                        new Rule(
                            r,
                            municipality.clusters().stream()
                                .filter(c -> c.id() == r.clusterId())
                                .map(ClusterJson::name)
                                .findFirst()
                                .orElse("?")))
                .toList();
    this.message = message;
    this.error = error;
    this.preview =
        preview == null || municipality == null
            ? null
            : preview.products().stream()
                .map(
                    p ->
                        new Move(
                            p.name(), clusterName(p.fromClusterId()), clusterName(p.toClusterId())))
                .toList();
  }

  private String clusterName(Long id) {
    return id == null
        ? "geen cluster"
        : municipality.clusters().stream()
            .filter(c -> c.id() == id)
            .map(ClusterJson::name)
            .findFirst()
            .orElse("?");
  }

  /** What applying the rules again would move, or null when the preview was not asked for. */
  public List<Move> getPreview() {
    return preview;
  }

  public List<MunicipalityJson> getMunicipalities() {
    return municipalities;
  }

  /** The chosen municipality, or null when there is none yet. */
  public MunicipalityJson getMunicipality() {
    return municipality;
  }

  public List<ClusterJson> getClusters() {
    return municipality == null ? List.of() : municipality.clusters();
  }

  public List<Rule> getRules() {
    return rules;
  }

  public Map<String, String> getKinds() {
    return KINDS;
  }

  public String getMessage() {
    return message;
  }

  public boolean isError() {
    return error;
  }
}
