package nl.wmebv.service.views;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.DesignatedChannelJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.core.designation.DesignationChecks;
import nl.wmebv.service.core.designation.DesignationDecisionSettings;
import nl.wmebv.service.core.designation.DesignationDecisionVersion;
import nl.wmebv.service.core.designation.DesignationTexts;
import nl.wmebv.service.core.designation.Finding;
import nl.wmebv.service.core.designation.Proposal;
import nl.wmebv.service.core.designation.RegisterChanges;

/**
 * The "Aanwijzing" page: designated channels, checks, proposals from the inventory and the draft
 * decision.
 */
public class DesignationView extends PageView {
  private static final Map<String, String> MESSAGES =
      pairs(
          "opgeslagen",
          "Het kanaal is opgeslagen.",
          "verwijderd",
          "Het kanaal is verwijderd.",
          "verouderd",
          "Niet verwijderd: het kanaal is intussen gewijzigd. Bekijk het opnieuw.",
          "overgenomen",
          "De gekozen voorstellen zijn overgenomen in het register.",
          "niets-overgenomen",
          "Niets overgenomen: kies een of meer voorstellen die nog openstaan.",
          "versie",
          "Er is een nieuwe versie van het conceptbesluit vastgelegd.",
          "instellingen",
          "De keuzes voor het besluit zijn opgeslagen.",
          "actie",
          "De bevinding staat nu als actie bij het product (Acties en de productpagina).",
          "actie-bestond",
          "Voor deze bevinding staat al een open actie bij het product.",
          "actie-geen-bevinding",
          "Geen actie gemaakt: deze bevinding is er niet (meer). Bekijk de controles opnieuw.",
          "status",
          "De status van de versie is bijgewerkt.",
          "status-geweigerd",
          "Niet bijgewerkt: vul de datum (dd-mm-jjjj), de organen of het Gemeenteblad in; een versie"
              + " gaat alleen een stap vooruit en een vastgestelde versie verandert niet meer.",
          "instellingen-ongeldig",
          "Niet opgeslagen: vul een webadres met https:// en een datum als dd-mm-jjjj in.",
          "instellingen-verouderd",
          "Niet opgeslagen: iemand anders heeft de keuzes intussen gewijzigd. Bekijk ze "
              + "opnieuw.");
  private final Data data;

  /** The findings of one check rule. */
  public record RuleGroup(String code, String label, String explanation, List<Finding> findings) {}

  /** What the page shows; {@code municipality} null when none is registered. */
  public record Data(
      MunicipalityJson municipality,
      List<MunicipalityJson> municipalities,
      List<DesignatedChannelJson> channels,
      List<Finding> findings,
      List<Proposal> proposals,
      List<DesignationDecisionVersion> versions,
      RegisterChanges pending,
      String message,
      DesignationDecisionSettings settings) {}

  private static Map<String, String> pairs(String... pairs) {
    Map<String, String> map = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Map.copyOf(map);
  }

  public DesignationView(Data data, WebUser webUser) {
    super("/views/aanwijzing.ftlh", webUser);
    this.data = data;
  }

  public MunicipalityJson getMunicipality() {
    return data.municipality();
  }

  public List<MunicipalityJson> getMunicipalities() {
    return data.municipalities();
  }

  public List<DesignatedChannelJson> getChannels() {
    return data.channels();
  }

  /** Every rule with its findings (also the rules that found nothing). */
  public List<RuleGroup> getChecks() {
    return Arrays.stream(DesignationChecks.Rule.values())
        .map(
            r ->
                new RuleGroup(
                    r.name(),
                    r.label,
                    r.explanation,
                    data.findings().stream().filter(f -> f.code().equals(r.name())).toList()))
        .toList();
  }

  /** The municipality's choices for the decision (joint or per organ, previous decision, ...). */
  public DesignationDecisionSettings getSettings() {
    return data.settings();
  }

  /**
   * The channel's organ(s) in words: the one named for it, else those of its products, else "alle".
   */
  public String channelOrgans(DesignatedChannelJson c) {
    Map<String, String> labels = Labels.ALL.get("organ");
    if (c.organ() != null) {
      return labels.getOrDefault(c.organ(), c.organ());
    }
    List<String> organs =
        c.products().stream()
            .map(DesignatedChannelJson.Product::organ)
            .distinct()
            .map(o -> labels.getOrDefault(o, o))
            .sorted()
            .toList();
    return organs.isEmpty() ? "alle bestuursorganen" : String.join(", ", organs);
  }

  /** Dutch labels of the decision statuses. */
  public Map<String, String> getStatuses() {
    return nl.wmebv.service.vocabulary.Vocabularies.labels(
        nl.wmebv.service.vocabulary.DesignationDecisionStatus.class);
  }

  /** The organs to tick when a version is adopted. */
  public Map<String, String> getStatusOrgans() {
    return Labels.ALL.get("organ");
  }

  /** "Gemeenteraad, Burgemeester" for organ codes. */
  public String organNames(List<String> codes) {
    return String.join(
        ", ", codes.stream().map(c -> Labels.ALL.get("organ").getOrDefault(c, c)).toList());
  }

  public int getFindingCount() {
    return data.findings().size();
  }

  public List<Proposal> getProposals() {
    return data.proposals();
  }

  public List<DesignationDecisionVersion> getVersions() {
    return data.versions();
  }

  /** What changed since the last stored version of the decision. */
  public RegisterChanges getPending() {
    return data.pending();
  }

  /** The Dutch message for the code in ?melding=, or null. */
  public String getMessage() {
    return data.message() == null ? null : MESSAGES.get(data.message());
  }

  /** When a version was generated: "3-12-2026 07:50", Dutch time. */
  public String at(DesignationDecisionVersion v) {
    return DutchTime.dateTime(v.generatedAt());
  }

  public Map<String, String> getKinds() {
    return DesignationTexts.KINDS;
  }

  public Map<String, String> getIdentifications() {
    return DesignationTexts.IDENTIFICATIONS;
  }
}
