package nl.wmebv.service.core.upl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.wmebv.service.config.ReferenceSettings;
import nl.wmebv.service.db.UplReferenceDao;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UPL in use: an uploaded export (kept in the database) wins; otherwise the file named by
 * {@code reference.uplFile}; otherwise the copy bundled with the service. Thread-safe.
 */
public class UplReference {
  /** The bundled copy on the classpath. */
  public static final String BUNDLED = "/reference/UPL-actueel.csv";

  private static final Logger LOG = LoggerFactory.getLogger(UplReference.class);

  private final Jdbi jdbi;
  private volatile UplCatalogue current;

  private UplReference(Jdbi jdbi, UplCatalogue current) {
    this.jdbi = jdbi;
    this.current = current;
  }

  /**
   * Loads the UPL at start-up; a configured file that is missing or invalid stops start-up with its
   * message.
   */
  public static UplReference load(ReferenceSettings settings, Jdbi jdbi) {
    Optional<byte[]> uploaded = jdbi.withHandle(h -> h.attach(UplReferenceDao.class).content());
    UplCatalogue catalog = null;
    if (uploaded.isPresent()) {
      try {
        catalog = UplCatalogue.load(uploaded.get(), "uploaded UPL file");
      } catch (UplFileException e) {
        LOG.warn(
            "The uploaded UPL in the database is unusable ({}); using the configured one",
            e.getMessage());
      }
    }
    if (catalog == null) {
      catalog = configured(settings);
    }
    LOG.info("UPL: {} products from the {}", catalog.size(), catalog.source());
    return new UplReference(jdbi, catalog);
  }

  /** The configured file, or the bundled copy when {@code reference.uplFile} is empty. */
  public static UplCatalogue configured(ReferenceSettings settings) {
    String file = settings.getUplFile();
    if (file == null || file.isBlank()) {
      return bundled();
    }
    Path path = Path.of(file);
    try {
      return UplCatalogue.load(Files.readAllBytes(path), "file " + path);
    } catch (IOException e) {
      throw new UplFileException(
          "reference.uplFile: cannot read " + path.toAbsolutePath() + ": " + e, e);
    } catch (UplFileException e) {
      throw new UplFileException("reference.uplFile " + path + ": " + e.getMessage(), e);
    }
  }

  /** The copy bundled on the classpath. */
  public static UplCatalogue bundled() {
    try (InputStream in = UplReference.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(
            "The bundled UPL " + BUNDLED + " is missing from the classpath");
      }
      return UplCatalogue.load(in.readAllBytes(), "bundled UPL-actueel.csv");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the bundled UPL: " + e.getMessage(), e);
    }
  }

  public UplCatalogue current() {
    return current;
  }

  /**
   * Validates an uploaded export, stores it and puts it in use; an invalid file changes nothing.
   */
  public UplCatalogue replace(byte[] csv) {
    UplCatalogue catalog = UplCatalogue.load(csv, "uploaded UPL file");
    jdbi.useHandle(h -> h.attach(UplReferenceDao.class).store(csv, catalog.size()));
    current = catalog;
    LOG.info("UPL replaced by an upload: {} products", catalog.size());
    return catalog;
  }
}
