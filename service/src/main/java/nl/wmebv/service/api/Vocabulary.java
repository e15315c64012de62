package nl.wmebv.service.api;

import java.util.List;

/** The fixed value lists of the API (they match the CHECK constraints of the schema). */
public final class Vocabulary {
  public static final List<String> CHANNEL_STATUSES = List.of("DIGITAL", "NOT_COMPLIANT", "ABSENT", "UNKNOWN");
  public static final List<String> TEXT_STATUSES = List.of("NOT_REVIEWED", "NEEDS_REWRITING", "REWRITTEN", "APPROVED");
  public static final List<String> ACTION_TYPES = List.of("NONE", "CREATE_EFORM", "ADD_DIGID", "ADD_EHERKENNING",
      "REPLACE_PDF_FORM", "REPAIR_LINK", "DESIGNATE_EMAIL", "REWRITE_TEXT", "REMOVE_OR_MERGE_PAGE", "OTHER");
  public static final List<String> ACTION_STATUSES = List.of("OPEN", "IN_PROGRESS", "DONE");
  public static final List<String> RULE_KINDS = List.of("WORDS", "URL_PREFIX", "URL", "NAME", "UNIFORM_NAME");
  public static final List<String> FLAGS = List.of("new", "review", "gone");

  private Vocabulary() {}
}
