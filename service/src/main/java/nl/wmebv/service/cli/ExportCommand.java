package nl.wmebv.service.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.export.ExportScope;
import nl.wmebv.service.core.export.ExportWriter;
import nl.wmebv.service.core.export.InventoryExport;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code export <municipality-name> <csv|xlsx> <out-file> [--cluster NAME] [config.yml]}: writes
 * the inventory of a municipality (or one cluster) to a file, the same export as the API's
 * download. The file appears only when complete (written next to it, then moved).
 */
public class ExportCommand extends DatabaseCommand {
  public ExportCommand() {
    super("export", "Exports a municipality's inventory (or one cluster's) as CSV or XLSX");
  }

  @Override
  public void configure(Subparser subparser) {
    subparser.addArgument("municipality").help("the municipality's name, e.g. Voorbeeldstad");
    subparser
        .addArgument("format")
        .choices("csv", "xlsx")
        .help("csv (UTF-8, ';', for Excel) or xlsx");
    subparser.addArgument("out").help("the file to write");
    subparser
        .addArgument("--cluster")
        .dest("cluster")
        .metavar("NAME")
        .help("only this cluster, e.g. Burgerzaken");
    super.configure(subparser);
  }

  @Override
  protected void run(Namespace namespace, WmebvConfiguration config, Jdbi jdbi) throws Exception {
    InventoryExport data = new InventoryExport(jdbi);
    ExportScope scope =
        data.scope(namespace.getString("municipality"), namespace.getString("cluster"));
    Path out = Path.of(namespace.getString("out")).toAbsolutePath();
    Path tmp = Files.createTempFile(out.getParent(), ".wmebv-export-", ".part");
    long started = System.nanoTime();
    try {
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        ExportWriter writer = new ExportWriter(data);
        if ("csv".equals(namespace.getString("format"))) {
          writer.csv(scope, stream);
        } else {
          writer.xlsx(scope, stream);
        }
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    System.out.printf(
        "Exported %s%s to %s (%,d bytes) in %d ms%n",
        scope.municipalityName(),
        scope.clusterName() == null ? "" : " / " + scope.clusterName(),
        out,
        Files.size(out),
        (System.nanoTime() - started) / 1_000_000);
  }
}
