package nl.wmebv.service.views;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.core.DutchTime;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.DetectedStatus;
import nl.wmebv.service.vocabulary.MessageType;
import nl.wmebv.service.vocabulary.TextStatus;
import nl.wmebv.service.vocabulary.Vocabularies;

/**
 * The audit trail in Dutch words: an event label per event, a name per field, values as words and
 * labels.
 */
public final class AuditWording {
  private static final Map<String, String> EVENTS =
      Map.ofEntries(
          Map.entry("product.created", "Product gevonden"),
          Map.entry("product.updated", "Product gewijzigd"),
          Map.entry("product.back", "Pagina is terug"),
          Map.entry("product.gone", "Pagina verdwenen"),
          Map.entry("product.channel_changed", "Kanaal gewijzigd"),
          Map.entry("product.text_changed", "Webtekst gewijzigd"),
          Map.entry("product.page_linked", "Pagina gekoppeld"),
          Map.entry("product.feed_updated", "Gegevens uit de SC-feed bijgewerkt"),
          Map.entry("product.feed_linked", "Gekoppeld aan de SC-feed"),
          Map.entry("product.created_from_spreadsheet", "Product uit spreadsheet"),
          Map.entry("product.imported", "Gewijzigd door import van spreadsheet"),
          Map.entry(
              "product.import_overwrote",
              "Import van spreadsheet overschreef een nieuwere beslissing"),
          Map.entry("action.created", "Actie toegevoegd"),
          Map.entry("action.updated", "Actie gewijzigd"),
          Map.entry("action.deleted", "Actie verwijderd"));
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("name", "Naam"),
          Map.entry("clusterId", "Cluster"),
          Map.entry("clusterSetByPerson", "Cluster (door persoon)"),
          Map.entry("inScope", "Valt onder de Wmebv"),
          Map.entry("messageTypes", "Berichtsoorten"),
          Map.entry("channelStatusOverride", "Kanaal volgens besluit"),
          Map.entry("detectedChannelStatus", "Kanaal volgens de crawler"),
          Map.entry("channels", "Gevonden kanalen"),
          Map.entry("textStatus", "Webtekst"),
          Map.entry("notes", "Notities"),
          Map.entry("organ", "Bestuursorgaan"),
          Map.entry("ownerEmail", "Eigenaar (e-mail)"),
          Map.entry("isNew", "Nieuw"),
          Map.entry("needsReview", "Controle nodig"),
          Map.entry("reviewReason", "Reden voor controle"),
          Map.entry("isGone", "Pagina verdwenen"),
          Map.entry("contentHash", "Tekst van de pagina"),
          Map.entry("type", "Soort actie"),
          Map.entry("description", "Omschrijving"),
          Map.entry("owner", "Eigenaar"),
          Map.entry("deadline", "Deadline"),
          Map.entry("status", "Status van de actie"),
          Map.entry("source", "Bron"),
          Map.entry("uniform_name", "Uniforme productnaam"),
          Map.entry("upl_uri", "UPL-product"),
          Map.entry("feed_page_url", "Pagina volgens de SC-feed"),
          Map.entry("feed_title", "Titel in de SC-feed"),
          Map.entry("feed_abstract", "Samenvatting in de SC-feed"),
          Map.entry("feed_subjects", "Onderwerpen in de SC-feed"),
          Map.entry("feed_audience", "Doelgroep in de SC-feed"),
          Map.entry("feed_online_aanvragen", "Online aan te vragen volgens de SC-feed"),
          Map.entry("feed_aanvraag_url", "Aanvraagadres in de SC-feed"),
          Map.entry("feed_upl_uris", "UPL-producten in de SC-feed"));
  private static final Map<String, String> ACTORS =
      Map.of("crawler", "Crawler", "import", "Import SC-feed");

  private static final Pattern CHANNEL_REASON =
      Pattern.compile("(Kanaal gewijzigd: )([A-Z_]+|null) → ([A-Z_]+|null)");

  private final Map<Long, String> clusterNames = new java.util.HashMap<>();

  /**
   * @param clusters the municipality's clusters, to name a cluster id
   */
  public AuditWording(List<ClusterJson> clusters) {
    (clusters == null ? List.<ClusterJson>of() : clusters)
        .forEach(c -> clusterNames.put(c.id(), c.name()));
  }

  /** The Dutch label of an event; an event this list does not know reads as a plain change. */
  public static String event(String event) {
    return EVENTS.getOrDefault(event, "Wijziging");
  }

  /** Who did it: a person's user name as it is, the service's own writers by a Dutch name. */
  public static String actor(String actor) {
    return ACTORS.getOrDefault(actor, actor);
  }

  /**
   * The Dutch name of a changed field; an unknown field keeps its name (shown rather than lost).
   */
  public static String field(String field) {
    return FIELDS.getOrDefault(field, field);
  }

  /**
   * A review reason as stored; one from before the labels ("Kanaal gewijzigd: DIGITAL → BROKEN") in
   * words.
   */
  public static String reviewReason(String reason) {
    if (reason == null) {
      return null;
    }
    Matcher m = CHANNEL_REASON.matcher(reason);
    return m.matches()
        ? m.group(1)
            + Vocabularies.label(DetectedStatus.class, m.group(2))
            + " → "
            + Vocabularies.label(DetectedStatus.class, m.group(3))
        : reason;
  }

  /** "Cluster: — → Wonen": one changed field in words. */
  public String change(String field, JsonNode from, JsonNode to) {
    return field(field) + ": " + value(field, from) + " → " + value(field, to);
  }

  /**
   * A value in words: ja/nee, a cluster's name, a code's Dutch label, a Dutch date, a list joined.
   */
  String value(String field, JsonNode node) {
    if (node == null || node.isNull()) {
      return "—";
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "ja" : "nee";
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(value(field, item)));
      return items.isEmpty() ? "geen" : String.join(", ", items);
    }
    if (node.isObject() && "channels".equals(field)) {
      // a channel the crawler found: its kind in words, the link itself is on the product page
      String type = node.path("type").asText("");
      return Labels.ALL.get("channelType").getOrDefault(type, "kanaal");
    }
    String s = node.isTextual() ? node.asText() : node.toString();
    String text =
        switch (field) {
          case "clusterId" ->
              clusterNames.getOrDefault(node.asLong(), "cluster " + s + " (bestaat niet meer)");
          case "detectedChannelStatus" -> Vocabularies.label(DetectedStatus.class, s);
          case "channelStatusOverride" -> Vocabularies.label(ChannelStatus.class, s);
          case "textStatus" -> Vocabularies.label(TextStatus.class, s);
          case "organ" -> Vocabularies.label(nl.wmebv.service.vocabulary.Organ.class, s);
          case "messageTypes" -> Vocabularies.label(MessageType.class, s);
          case "type" -> Vocabularies.label(ActionType.class, s);
          case "status" -> Vocabularies.label(ActionStatus.class, s);
          case "deadline" -> date(s);
          case "reviewReason" -> reviewReason(s);
          case "contentHash" -> "nieuwe versie";
          case "source" ->
              "sc-feed".equals(s)
                  ? "Samenwerkende Catalogi"
                  : "spreadsheet".equals(s) ? "Spreadsheet" : s;
          default -> s;
        };
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static String date(String s) {
    try {
      return DutchTime.date(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return s;
    }
  }
}
