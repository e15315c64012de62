package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.wmebv.service.vocabulary.Organ;
import nl.wmebv.service.vocabulary.Vocabularies;

/**
 * A PATCH of a person's decisions on a product: the version it read and the fields to change
 * ({@link #has} tells which were sent; a field sent as null clears it where that is allowed).
 */
public record ProductPatch(
    int version,
    Set<String> fields,
    Long clusterId,
    Boolean inScope,
    List<String> messageTypes,
    String channelStatusOverride,
    String textStatus,
    String notes,
    boolean reviewed,
    String organ,
    String ownerEmail) {

  /** The same rule as the column's CHECK (migration 183): one @, a dot in the domain, no spaces. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * Whether the text is an e-mail address as {@code ownerEmail} takes it (and the column allows).
   */
  public static boolean isEmailAddress(String text) {
    return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
  }

  static final List<String> FIELDS =
      List.of(
          "version",
          "clusterId",
          "inScope",
          "messageTypes",
          "channelStatusOverride",
          "textStatus",
          "notes",
          "reviewed",
          "organ",
          "ownerEmail");

  /** The fields a bulk edit may set on many products at once. */
  public static final List<String> BULK_FIELDS =
      List.of(
          "clusterId",
          "inScope",
          "messageTypes",
          "channelStatusOverride",
          "textStatus",
          "organ",
          "ownerEmail");

  public boolean has(String field) {
    return fields.contains(field);
  }

  /** The same change based on another version (a bulk edit carries one version per product). */
  public ProductPatch withVersion(int otherVersion) {
    return new ProductPatch(
        otherVersion,
        fields,
        clusterId,
        inScope,
        messageTypes,
        channelStatusOverride,
        textStatus,
        notes,
        reviewed,
        organ,
        ownerEmail);
  }

  /**
   * Reads and validates the body; throws {@link InvalidInputException} with a message per invalid
   * field.
   */
  public static ProductPatch read(JsonNode body) {
    JsonInput in = new JsonInput(body, FIELDS);
    in.require("version");
    Integer version = in.integer("version", 1, Integer.MAX_VALUE);
    return readFields(in, version == null ? 0 : version);
  }

  /**
   * Reads the decision fields {@code in} knows, validated exactly as for one PATCH (the bulk edit
   * shares this); throws {@link InvalidInputException} with every message, those already in {@code
   * in} included.
   */
  static ProductPatch readFields(JsonInput in, int version) {
    Long clusterId = in.id("clusterId");
    Boolean inScope = in.bool("inScope");
    List<String> messageTypes = in.strings("messageTypes", 30, 100);
    String override = in.oneOf("channelStatusOverride", Vocabulary.CHANNEL_STATUSES);
    if (in.has("textStatus")) {
      in.require("textStatus");
    }
    String textStatus = in.oneOf("textStatus", Vocabulary.TEXT_STATUSES);
    String notes = in.string("notes", 10_000);
    String organ = in.oneOf("organ", Vocabularies.codes(Organ.class));
    String ownerEmail = in.string("ownerEmail", 254);
    if (ownerEmail != null) {
      ownerEmail = ownerEmail.strip();
      if (!isEmailAddress(ownerEmail)) {
        in.error("ownerEmail must be an e-mail address (name@domain.nl), or null to clear it");
      }
    }
    Boolean reviewed = in.bool("reviewed");
    if (Boolean.FALSE.equals(reviewed) || in.has("reviewed") && reviewed == null) {
      in.error("reviewed can only be true (it clears the new and needs-review flags)");
    }
    in.check();
    return new ProductPatch(
        version,
        in.fields(),
        clusterId,
        inScope,
        messageTypes,
        override,
        textStatus,
        notes,
        Boolean.TRUE.equals(reviewed),
        organ,
        ownerEmail);
  }
}
