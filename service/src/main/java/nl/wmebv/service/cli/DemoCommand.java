package nl.wmebv.service.cli;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;
import nl.wmebv.service.config.WmebvConfiguration;

/**
 * {@code demo [config.yml]}: the server in demo mode — serves the bundled Voorbeeldstad website,
 * registers it as a municipality and crawls it, so a newcomer sees a filled inventory within a
 * minute.
 */
public class DemoCommand extends ServerCommand<WmebvConfiguration> {
  public DemoCommand(Application<WmebvConfiguration> application) {
    super(
        application,
        "demo",
        "Runs the server with the bundled demo website (gemeente Voorbeeldstad) and crawls it");
  }

  @Override
  protected void run(
      Bootstrap<WmebvConfiguration> bootstrap,
      Namespace namespace,
      WmebvConfiguration configuration)
      throws Exception {
    // set before the application's run() wires the demo
    configuration.getDemo().setEnabled(true);
    // the demo site lives on loopback, which the crawler refuses by default
    configuration.getCrawler().setAllowPrivateAddresses(true);
    // our own local server: no need to wait half a second between requests
    configuration.getCrawler().setDelayMs(Math.min(configuration.getCrawler().getDelayMs(), 20));
    super.run(bootstrap, namespace, configuration);
  }
}
