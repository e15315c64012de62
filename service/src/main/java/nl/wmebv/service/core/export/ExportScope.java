package nl.wmebv.service.core.export;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What an export covers: a municipality, and one of its clusters or (clusterId null) all of them.
 */
public record ExportScope(
    long municipalityId, String municipalityName, Long clusterId, String clusterName) {

  /** E.g. {@code wmebv-voorbeeldstad-burgerzaken-2026-11-22.xlsx}. */
  public String filename(String extension, LocalDate date) {
    return "wmebv-"
        + slug(municipalityName)
        + (clusterName == null ? "" : "-" + slug(clusterName))
        + "-"
        + date
        + "."
        + extension;
  }

  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "export" : slug;
  }
}
