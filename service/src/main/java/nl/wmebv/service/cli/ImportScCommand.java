package nl.wmebv.service.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.sc.FeedRejectedException;
import nl.wmebv.service.core.sc.ImportReport;
import nl.wmebv.service.core.sc.ScFeedImporter;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.MunicipalityRow;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code import-sc <municipality-name> <file.xml> [config.yml]}: imports a Samenwerkende Catalogi
 * feed (SRU XML) into a registered municipality and prints the import report; a rejected file
 * prints its message, changes nothing and exits with status 1.
 */
public class ImportScCommand extends DatabaseCommand {
  public ImportScCommand() {
    super(
        "import-sc",
        "Imports a Samenwerkende Catalogi feed (SRU XML) into a municipality's inventory");
  }

  @Override
  public void configure(Subparser subparser) {
    subparser.addArgument("municipality").help("name of the registered municipality, e.g. Kampen");
    subparser.addArgument("feed").help("the SC feed file (SRU XML)");
    super.configure(subparser);
  }

  @Override
  protected void run(Namespace namespace, WmebvConfiguration config, Jdbi jdbi) throws Exception {
    String name = namespace.getString("municipality");
    Path feed = Path.of(namespace.getString("feed"));
    if (!Files.isRegularFile(feed)) {
      throw new IllegalArgumentException("No such file: " + feed.toAbsolutePath());
    }
    MunicipalityRow municipality =
        jdbi.withHandle(h -> h.attach(MunicipalityDao.class).findByName(name))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No municipality named '"
                            + name
                            + "': register it first (POST /api/municipalities)"));
    ImportReport report;
    try {
      report = new ScFeedImporter(jdbi).importFeed(municipality.id(), Files.readAllBytes(feed));
    } catch (FeedRejectedException e) {
      throw new IllegalArgumentException(
          feed.getFileName() + " was not imported: " + e.getMessage(), e);
    }
    System.out.printf(
        "Imported %s into %s: %d records, %d inserted, %d updated, %d unchanged, %d linked to"
            + " crawled products, %d skipped, %d earlier feed products no longer listed (%d ms)%n",
        feed.getFileName(),
        municipality.name(),
        report.records(),
        report.inserted(),
        report.updated(),
        report.unchanged(),
        report.linked(),
        report.skipped(),
        report.notInFeed(),
        report.millis());
    report.warnings().forEach(w -> System.out.println("  warning: " + w));
  }
}
