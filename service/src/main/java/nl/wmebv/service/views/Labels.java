package nl.wmebv.service.views;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.CrawlKind;
import nl.wmebv.service.vocabulary.CrawlStatus;
import nl.wmebv.service.vocabulary.DetectedStatus;
import nl.wmebv.service.vocabulary.Flag;
import nl.wmebv.service.vocabulary.MessageType;
import nl.wmebv.service.vocabulary.Organ;
import nl.wmebv.service.vocabulary.TextStatus;
import nl.wmebv.service.vocabulary.Vocabularies;

/**
 * Dutch labels for the codes the service stores, in the order forms offer them (most from the
 * vocabulary package).
 */
public final class Labels {
  private Labels() {}

  /** All label maps by name, as templates see them: labels.textStatus["APPROVED"]. */
  public static final Map<String, Map<String, String>> ALL =
      Map.ofEntries(
          Map.entry("channelStatus", Vocabularies.labels(ChannelStatus.class)),
          Map.entry("detected", Vocabularies.labels(DetectedStatus.class)),
          Map.entry("textStatus", Vocabularies.labels(TextStatus.class)),
          Map.entry("actionType", Vocabularies.labels(ActionType.class)),
          Map.entry("actionStatus", Vocabularies.labels(ActionStatus.class)),
          Map.entry(
              "channelType",
              ordered(
                  "EFORM_DIGID",
                  "E-formulier met DigiD",
                  "EFORM_EHERKENNING",
                  "E-formulier met eHerkenning",
                  "EFORM_OPEN",
                  "E-formulier zonder inlog",
                  "NATIONAL_PORTAL",
                  "Landelijk loket",
                  "EMAIL",
                  "E-mail",
                  "PRINT_FORM",
                  "Formulier om te printen",
                  "APPOINTMENT_PHONE_VISIT",
                  "Afspraak, telefoon of balie")),
          Map.entry("messageType", Vocabularies.labels(MessageType.class)),
          Map.entry(
              "role", ordered("VIEWER", "lezer", "EDITOR", "redacteur", "ADMIN", "beheerder")),
          Map.entry("flag", Vocabularies.labels(Flag.class)),
          Map.entry("crawlStatus", Vocabularies.labels(CrawlStatus.class)),
          Map.entry("crawlKind", Vocabularies.labels(CrawlKind.class)),
          Map.entry("organ", Vocabularies.labels(Organ.class)));

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
