package nl.wmebv.service.core.demo;

import io.dropwizard.lifecycle.Managed;
import java.net.URI;
import java.util.List;
import nl.wmebv.demosite.DemoSite;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.config.DemoSettings;
import nl.wmebv.service.core.auth.MunicipalityScopes;
import nl.wmebv.service.core.auth.Role;
import nl.wmebv.service.core.auth.Tokens;
import nl.wmebv.service.core.auth.UserService;
import nl.wmebv.service.core.crawl.CrawlAlreadyRunningException;
import nl.wmebv.service.core.crawl.CrawlService;
import nl.wmebv.service.core.municipality.MunicipalityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode: serves the Voorbeeldstad website, registers it as a municipality and (optionally)
 * crawls it.
 */
public class DemoSetup implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);

  /** The demo municipality's name. */
  public static final String MUNICIPALITY = "Voorbeeldstad";

  /** The demo's admin user. */
  public static final String ADMIN = "admin";

  private final DemoSettings settings;
  private final MunicipalityService municipalities;
  private final CrawlService crawls;
  private final UserService users;
  private final MunicipalityScopes scopes;
  private DemoSite site;
  private MunicipalityJson municipality;

  public DemoSetup(
      DemoSettings settings,
      MunicipalityService municipalities,
      CrawlService crawls,
      UserService users,
      MunicipalityScopes scopes) {
    this.users = users;
    this.scopes = scopes;
    this.settings = settings;
    this.municipalities = municipalities;
    this.crawls = crawls;
  }

  @Override
  public void start() {
    site = DemoSite.start(settings.getHost(), settings.getPort());
    URI base = site.baseUri();
    municipality = municipalities.ensure(MUNICIPALITY, base.toString());
    LOG.info("Demo website of gemeente {} served at {}", MUNICIPALITY, base);
    // a new password at every demo start: only its hash is stored, so it can only be shown when it
    // is made
    String password = Tokens.password();
    long admin = users.createOrReset(ADMIN, "Beheerder (demo)", Role.ADMIN, password).id();
    scopes.replace(
        admin, true, List.of(), "demo"); // the demo admin sees every municipality (issue 14 §5)
    LOG.info("Demo login: user '{}', password '{}'", ADMIN, password);
  }

  /** Starts the demo crawl once the server is up (so the web view can follow it). */
  public void crawlNow() {
    if (!settings.isCrawlOnStart()) {
      return;
    }
    long siteId = municipality.sites().get(0).id();
    try {
      crawls.start(siteId);
    } catch (CrawlAlreadyRunningException e) {
      LOG.info("Demo crawl not started: {}", e.getMessage());
    }
  }

  @Override
  public void stop() {
    if (site != null) {
      site.close();
    }
  }
}
