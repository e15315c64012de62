package nl.wmebv.service.core.sc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real, read-only reference data in ../shared/data (never written; variations go to temp
 * copies).
 */
public final class ScTestData {
  public static final Path DATA = locate();

  private ScTestData() {}

  public static Path feed(String municipality) {
    return DATA.resolve("sc").resolve(municipality + ".xml");
  }

  public static byte[] feedBytes(String municipality) {
    try {
      return Files.readAllBytes(feed(municipality));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path upl() {
    return DATA.resolve("upl").resolve("UPL-actueel.csv");
  }

  private static Path locate() {
    String env = System.getenv("WMEBV_SHARED_DATA");
    for (Path p :
        new Path[] {
          env == null ? null : Path.of(env),
          Path.of("../../shared/data"),
          Path.of("../shared/data"),
          Path.of("/work/shared/data")
        }) {
      if (p != null && Files.isDirectory(p.resolve("sc"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "The shared reference data (../shared/data/sc) is not found; set WMEBV_SHARED_DATA");
  }
}
