package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The body of a new action ({@code type} required, {@code status} OPEN by default) or of a PATCH of
 * one ({@code version} required; {@link #has} tells which fields were sent).
 */
public record ActionInput(
    Integer version,
    Set<String> fields,
    String type,
    String description,
    String owner,
    LocalDate deadline,
    String status) {

  private static final List<String> NEW_FIELDS =
      List.of("type", "description", "owner", "deadline", "status");
  private static final List<String> PATCH_FIELDS =
      List.of("version", "type", "description", "owner", "deadline", "status");

  public boolean has(String field) {
    return fields.contains(field);
  }

  public static ActionInput readNew(JsonNode body) {
    JsonInput in = new JsonInput(body, NEW_FIELDS);
    in.require("type");
    return read(in, null);
  }

  public static ActionInput readPatch(JsonNode body) {
    JsonInput in = new JsonInput(body, PATCH_FIELDS);
    in.require("version");
    for (String required : List.of("type", "status")) {
      if (in.has(required)) {
        in.require(required);
      }
    }
    return read(in, in.integer("version", 1, Integer.MAX_VALUE));
  }

  private static ActionInput read(JsonInput in, Integer version) {
    String type = in.oneOf("type", Vocabulary.ACTION_TYPES);
    String description = in.string("description", 4000);
    String owner = in.string("owner", 200);
    LocalDate deadline = in.date("deadline");
    String status = in.oneOf("status", Vocabulary.ACTION_STATUSES);
    in.check();
    return new ActionInput(version, in.fields(), type, description, owner, deadline, status);
  }
}
