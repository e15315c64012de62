package nl.wmebv.service.api;

import java.util.List;
import nl.wmebv.service.vocabulary.ActionStatus;
import nl.wmebv.service.vocabulary.ActionType;
import nl.wmebv.service.vocabulary.ChannelStatus;
import nl.wmebv.service.vocabulary.Flag;
import nl.wmebv.service.vocabulary.TextStatus;
import nl.wmebv.service.vocabulary.Vocabularies;

/**
 * The fixed value lists of the API, from the vocabulary package (VocabularyConstraintsTest: they
 * equal the schema).
 */
public final class Vocabulary {
  public static final List<String> CHANNEL_STATUSES = Vocabularies.codes(ChannelStatus.class);
  public static final List<String> TEXT_STATUSES = Vocabularies.codes(TextStatus.class);
  public static final List<String> ACTION_TYPES = Vocabularies.codes(ActionType.class);
  public static final List<String> ACTION_STATUSES = Vocabularies.codes(ActionStatus.class);
  public static final List<String> RULE_KINDS =
      List.of("WORDS", "URL_PREFIX", "URL", "NAME", "UNIFORM_NAME");
  public static final List<String> FLAGS = Vocabularies.codes(Flag.class);

  private Vocabulary() {}
}
