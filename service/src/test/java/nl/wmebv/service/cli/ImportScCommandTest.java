package nl.wmebv.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.wmebv.service.TestDatabase;
import nl.wmebv.service.WmebvApplication;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.sc.ScTestData;
import nl.wmebv.service.db.MunicipalityDao;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportScCommandTest {
  static final TestDatabase DB = TestDatabase.createMigrated();

  @AfterAll
  static void drop() {
    DB.close();
  }

  @Test
  void importsAFileIntoANamedMunicipalityAndRefusesAnotherMunicipalitysFeed(@TempDir Path dir)
      throws Exception {
    long id =
        DB.jdbi().onDemand(MunicipalityDao.class).insert("Veere", "https://www.veere.nl").id();
    Path config = dir.resolve("config.yml");
    Files.writeString(
        config,
        "database:\n  url: "
            + DB.url()
            + "\n  user: "
            + DB.user()
            + "\n"
            + "logging:\n  level: WARN\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    Optional<Throwable> result;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      result =
          cli(out, err)
              .run("import-sc", "Veere", ScTestData.feed("Veere").toString(), config.toString());
    } finally {
      System.setOut(stdout);
    }
    assertThat(result).as(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Imported Veere.xml into Veere: 127 records, 127 inserted");
    int products =
        DB.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT count(*) FROM product WHERE municipality_id = :m")
                        .bind("m", id)
                        .mapTo(Integer.class)
                        .one());
    assertThat(products).isEqualTo(127);

    ByteArrayOutputStream err2 = new ByteArrayOutputStream();
    Optional<Throwable> refused =
        cli(new ByteArrayOutputStream(), err2)
            .run("import-sc", "Veere", ScTestData.feed("Dalfsen").toString(), config.toString());
    assertThat(refused).isPresent();
    assertThat(err2.toString(StandardCharsets.UTF_8))
        .contains("Dalfsen.xml was not imported: This feed belongs to" + " another municipality");
  }

  private static Cli cli(ByteArrayOutputStream out, ByteArrayOutputStream err) {
    WmebvApplication app = new WmebvApplication();
    Bootstrap<WmebvConfiguration> bootstrap = new Bootstrap<>(app);
    app.initialize(bootstrap);
    return new Cli(
        new JarLocation(ImportScCommandTest.class),
        bootstrap,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
