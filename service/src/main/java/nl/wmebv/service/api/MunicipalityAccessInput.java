package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's new municipality access: {"allMunicipalities": bool, "municipalityIds": [...]}, both
 * required.
 */
public record MunicipalityAccessInput(boolean allMunicipalities, List<Long> municipalityIds) {
  /** At most this many ids: more municipalities than exist in the country is a mistake. */
  public static final int MAX_IDS = 400;

  /** Reads and validates the body; {@link InvalidInputException} lists every problem. */
  public static MunicipalityAccessInput read(JsonNode body) {
    JsonInput in = new JsonInput(body, List.of("allMunicipalities", "municipalityIds"));
    in.require("allMunicipalities");
    in.require("municipalityIds");
    Boolean all = in.bool("allMunicipalities");
    in.check();
    JsonNode node = body.get("municipalityIds");
    List<String> errors = new ArrayList<>();
    Set<Long> ids = new LinkedHashSet<>();
    if (!node.isArray() || node.size() > MAX_IDS) {
      errors.add("municipalityIds must be a list of at most " + MAX_IDS + " municipality ids");
    } else {
      for (JsonNode id : node) {
        if (!id.isIntegralNumber() || !id.canConvertToLong() || id.longValue() <= 0) {
          errors.add("municipalityIds must hold positive whole numbers");
          break;
        }
        ids.add(id.longValue());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new MunicipalityAccessInput(all, List.copyOf(ids));
  }
}
