package nl.wmebv.service.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import nl.wmebv.service.WmebvConfiguration;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.export.ExportScope;
import nl.wmebv.service.core.export.ExportWriter;
import nl.wmebv.service.core.export.InventoryExport;
import nl.wmebv.service.db.DatabaseResolver;
import nl.wmebv.service.db.DatabaseUrls;
import nl.wmebv.service.db.Migrator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * {@code export <municipality-name> <csv|xlsx> <out-file> [--cluster NAME] [config.yml]}: writes the inventory of
 * a municipality (or one cluster) to a file, the same export as the API's download. The file appears only when
 * complete (written next to it, then moved).
 */
public class ExportCommand extends ConfiguredCommand<WmebvConfiguration> {
  public ExportCommand() {
    super("export", "Exports a municipality's inventory (or one cluster's) as CSV or XLSX");
  }

  @Override
  public void configure(Subparser subparser) {
    subparser.addArgument("municipality").help("the municipality's name, e.g. Voorbeeldstad");
    subparser.addArgument("format").choices("csv", "xlsx").help("csv (UTF-8, ';', for Excel) or xlsx");
    subparser.addArgument("out").help("the file to write");
    subparser.addArgument("--cluster").dest("cluster").metavar("NAME").help("only this cluster, e.g. Burgerzaken");
    super.configure(subparser);
  }

  /** An unknown municipality or cluster gets its one-line message, not a stack trace. */
  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    if (e instanceof UnknownEntityException || e instanceof IllegalArgumentException) {
      cli.getStdErr().println("export: " + e.getMessage());
    } else {
      super.onError(cli, namespace, e);
    }
  }

  @Override
  protected void run(Bootstrap<WmebvConfiguration> bootstrap, Namespace namespace, WmebvConfiguration config)
      throws Exception {
    DataSourceFactory database = DatabaseResolver.resolve(config);
    ManagedDataSource dataSource = database.build(new MetricRegistry(), "export-command");
    try {
      dataSource.start();
      Migrator.migrate(dataSource, DatabaseUrls.redact(database.getUrl()));
      Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
      InventoryExport data = new InventoryExport(jdbi);
      ExportScope scope = data.scope(namespace.getString("municipality"), namespace.getString("cluster"));
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
      System.out.printf("Exported %s%s to %s (%,d bytes) in %d ms%n", scope.municipalityName(),
          scope.clusterName() == null ? "" : " / " + scope.clusterName(), out, Files.size(out),
          (System.nanoTime() - started) / 1_000_000);
    } finally {
      dataSource.stop();
    }
  }
}
