package nl.wmebv.crawler;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real, read-only reference data (never written; variations go to temp copies), found in
 * WMEBV_SHARED_DATA, ../shared/data, ../../shared/data or /work/shared/data; a test that needs it
 * is skipped when none has it.
 */
public final class SharedTestData {
  private SharedTestData() {}

  /** The UPL export (upl/UPL-actueel.csv). */
  public static Path upl() {
    return file("upl/UPL-actueel.csv");
  }

  /**
   * {@code relative} in the first place that has it, or empty (for a test that runs without it
   * too).
   */
  public static java.util.Optional<Path> optional(String relative) {
    return places(System.getenv("WMEBV_SHARED_DATA")).stream()
        .map(p -> p.resolve(relative))
        .filter(Files::isReadable)
        .findFirst()
        .map(p -> p.toAbsolutePath().normalize());
  }

  /**
   * {@code relative} in the first place that has it, or the calling test is skipped saying where it
   * looked.
   */
  public static Path file(String relative) {
    List<Path> places = places(System.getenv("WMEBV_SHARED_DATA"));
    Path found =
        places.stream()
            .map(p -> p.resolve(relative))
            .filter(Files::isReadable)
            .findFirst()
            .orElse(null);
    assumeTrue(
        found != null,
        "Reference data " + relative + " not found in " + places + "; set WMEBV_SHARED_DATA");
    return found.toAbsolutePath().normalize();
  }

  static List<Path> places(String env) {
    List<Path> places = new ArrayList<>();
    if (env != null && !env.isBlank()) {
      places.add(Path.of(env));
    }
    places.addAll(
        List.of(
            Path.of("../shared/data"), Path.of("../../shared/data"), Path.of("/work/shared/data")));
    return places;
  }
}
