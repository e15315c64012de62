package nl.wmebv.service.resources.web;

import java.util.List;
import nl.wmebv.service.api.MunicipalityJson;

/**
 * The municipality a page shows: the one its {@code gemeente} parameter names among the user's,
 * else the first.
 */
final class MunicipalityChoice {
  private MunicipalityChoice() {}

  /**
   * Null when the user has none; the scope filter has already refused an id the user may not see.
   */
  static MunicipalityJson of(List<MunicipalityJson> all, String id) {
    if (all.isEmpty()) {
      return null;
    }
    return all.stream()
        .filter(m -> String.valueOf(m.id()).equals(id))
        .findFirst()
        .orElse(all.get(0));
  }
}
