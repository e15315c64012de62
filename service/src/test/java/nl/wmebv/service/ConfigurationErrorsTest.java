package nl.wmebv.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.wmebv.service.config.WmebvConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong config.yml stops start-up with one clear message naming the key. */
class ConfigurationErrorsTest {
  @TempDir Path dir;

  @Test
  void theShippedConfigIsValid() throws Exception {
    Result r = check(Path.of("../config.yml"));
    assertThat(r.failed()).as(r.err()).isFalse();
  }

  @Test
  void anUnknownKeyIsNamed() throws Exception {
    Result r = check(withExtra("crawler:\n  maxPagez: 10\n"));
    assertThat(r.failed()).isTrue();
    assertThat(r.err()).contains("maxPagez");
  }

  @Test
  void aBadDatabaseUrlIsNamed() throws Exception {
    Result r =
        check(
            write(
                "database:\n  url: mysql://localhost/db\n  driverClass: org.postgresql.Driver\n"));
    assertThat(r.failed()).isTrue();
    assertThat(r.err()).contains("database.url must be \"embedded\"");
  }

  @Test
  void anOutOfRangeValueIsNamed() throws Exception {
    Result r = check(write("demo:\n  port: 70000\n"));
    assertThat(r.failed()).isTrue();
    assertThat(r.err()).contains("demo.port");
  }

  @Test
  void aMissingFileIsNamed() throws Exception {
    Result r = check(dir.resolve("nope.yml"));
    assertThat(r.failed()).isTrue();
    assertThat(r.err()).contains("nope.yml");
  }

  private Path withExtra(String yaml) throws IOException {
    return write(Files.readString(Path.of("../config.yml")) + "\n" + yaml);
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("config.yml");
    Files.writeString(file, yaml);
    return file;
  }

  private record Result(boolean failed, String err) {}

  private static Result check(Path config) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    WmebvApplication app = new WmebvApplication();
    Bootstrap<WmebvConfiguration> bootstrap = new Bootstrap<>(app);
    bootstrap.addCommand(new CheckCommand<>(app));
    app.initialize(bootstrap);
    Cli cli =
        new Cli(
            new JarLocation(WmebvApplication.class),
            bootstrap,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    Optional<Throwable> failure = cli.run("check", config.toString());
    return new Result(
        failure.isPresent(),
        err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8));
  }
}
