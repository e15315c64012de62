package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON request body field by field, collecting one message per invalid field. Unknown
 * fields are refused (Dropwizard's ObjectMapper ignores them), and a field that is absent can be
 * told apart from one that is null, which a PATCH needs. {@link #check()} throws {@link
 * InvalidInputException} with all messages.
 */
public final class JsonInput {
  private final JsonNode body;
  private final List<String> errors = new ArrayList<>();

  public JsonInput(JsonNode body, List<String> known) {
    this.body = body != null && body.isObject() ? body : null;
    if (this.body == null) {
      errors.add("the request body must be a JSON object");
    } else {
      this.body
          .fieldNames()
          .forEachRemaining(
              f -> {
                if (!known.contains(f)) {
                  errors.add(f + " is not a known field (known: " + String.join(", ", known) + ")");
                }
              });
    }
  }

  /** The fields present in the body (null values included). */
  public Set<String> fields() {
    Set<String> fields = new LinkedHashSet<>();
    if (body != null) {
      body.fieldNames().forEachRemaining(fields::add);
    }
    return fields;
  }

  public boolean has(String field) {
    return body != null && body.has(field);
  }

  private JsonNode value(String field) {
    JsonNode v = body == null ? null : body.get(field);
    return v == null || v.isNull() ? null : v;
  }

  public void require(String field) {
    if (body != null && value(field) == null) {
      errors.add(field + " is required");
    }
  }

  /** A string, stripped; blank becomes null. */
  public String string(String field, int maxLength) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      return fail(field + " must be a string");
    }
    String s = v.asText().strip();
    if (s.length() > maxLength) {
      return fail(field + " must be at most " + maxLength + " characters");
    }
    return s.isEmpty() ? null : s;
  }

  /** A string that must be present and not blank. */
  public String requiredString(String field, int maxLength) {
    int before = errors.size();
    String s = string(field, maxLength);
    if (s == null && errors.size() == before) {
      errors.add(field + " is required and must not be blank");
    }
    return s;
  }

  public String oneOf(String field, List<String> values) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    if (!v.isTextual() || !values.contains(v.asText())) {
      return fail(field + " must be one of " + String.join(", ", values));
    }
    return v.asText();
  }

  public Boolean bool(String field) {
    JsonNode v = value(field);
    return v == null
        ? null
        : v.isBoolean()
            ? Boolean.valueOf(v.booleanValue())
            : fail(field + " must be true or false");
  }

  public Long id(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    return v.isIntegralNumber() && v.canConvertToLong() && v.longValue() > 0
        ? Long.valueOf(v.longValue())
        : fail(field + " must be a positive whole number");
  }

  public Integer integer(String field, int min, int max) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    return v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= min && v.intValue() <= max
        ? Integer.valueOf(v.intValue())
        : fail(field + " must be a whole number from " + min + " to " + max);
  }

  public LocalDate date(String field) {
    JsonNode v = value(field);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.isTextual() ? v.asText() : "?");
    } catch (DateTimeParseException e) {
      return fail(field + " must be a date as yyyy-mm-dd");
    }
  }

  /** A list of distinct non-blank strings (null becomes an empty list). */
  public List<String> strings(String field, int maxItems, int maxLength) {
    JsonNode v = value(field);
    if (v == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    if (!v.isArray() || v.size() > maxItems) {
      return fail(field + " must be a list of at most " + maxItems + " strings");
    }
    for (JsonNode item : v) {
      if (!item.isTextual()
          || item.asText().isBlank()
          || item.asText().strip().length() > maxLength) {
        return fail(field + " must hold non-blank strings of at most " + maxLength + " characters");
      }
      out.add(item.asText().strip());
    }
    return List.copyOf(out);
  }

  public void error(String message) {
    errors.add(message);
  }

  /** Throws {@link InvalidInputException} when any field was invalid. */
  public void check() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private <T> T fail(String message) {
    errors.add(message);
    return null;
  }
}
