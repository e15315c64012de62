package nl.wmebv.crawler.detect.upl;

import java.util.Set;

/**
 * One product of the Uniforme Productnamenlijst (rows with the same URI merged).
 *
 * @param name the uniform product name
 * @param uri the UPL URI
 * @param flags the column names marked X (e.g. Gemeente, Burger, Bedrijf, Dienstenwet, Aanvraag,
 *     Melding)
 */
public record UplEntry(String name, String uri, Set<String> flags) {
  public UplEntry {
    flags = Set.copyOf(flags);
  }

  /** True when the flag column is marked X. */
  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
