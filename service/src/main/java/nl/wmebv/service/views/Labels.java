package nl.wmebv.service.views;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.CrawlStatus;
import nl.wmebv.service.vocabulary.DetectedStatus;
import nl.wmebv.service.vocabulary.Flag;
import nl.wmebv.service.vocabulary.MessageType;
import nl.wmebv.service.vocabulary.TextStatus;
import nl.wmebv.service.vocabulary.Vocabularies;

/** Dutch labels for the codes the service stores, in the order forms offer them (most from the vocabulary package). */
public final class Labels {
  private Labels() {}

  /** All label maps by name, as templates see them: labels.textStatus["APPROVED"]. */
  public static final Map<String, Map<String, String>> ALL = Map.of(
      "channelStatus", Vocabularies.labels(ChannelStatus.class),
      "detected", Vocabularies.labels(DetectedStatus.class),
      "textStatus", Vocabularies.labels(TextStatus.class),
      "actionType", Vocabularies.labels(ActionType.class),
      "actionStatus", Vocabularies.labels(ActionStatus.class),
      "channelType", ordered("EFORM_DIGID", "E-formulier met DigiD", "EFORM_EHERKENNING",
          "E-formulier met eHerkenning", "EFORM_OPEN", "E-formulier zonder inlog", "NATIONAL_PORTAL",
          "Landelijk loket", "EMAIL", "E-mail", "PRINT_FORM", "Formulier om te printen",
          "APPOINTMENT_PHONE_VISIT", "Afspraak, telefoon of balie"),
      "messageType", Vocabularies.labels(MessageType.class),
      "role", ordered("VIEWER", "lezer", "EDITOR", "redacteur", "ADMIN", "beheerder"),
      "flag", Vocabularies.labels(Flag.class),
      "crawlStatus", Vocabularies.labels(CrawlStatus.class));

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
