package nl.wmebv.service;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.util.List;
import nl.wmebv.service.core.MunicipalityService;
import nl.wmebv.service.resources.ScFeedFacts;
import nl.wmebv.service.resources.ScFeedResource;
import nl.wmebv.service.resources.web.CatalogusPageResource;
import nl.wmebv.service.resources.web.FeedFactsLoader;
import nl.wmebv.service.resources.web.WebPages;
import org.jdbi.v3.core.Jdbi;

/** The municipality's Samenwerkende Catalogi feed and the UPL: import, coverage, discrepancies; API and pages. */
final class CatalogueWiring {
  private CatalogueWiring() {}

  static void register(WmebvConfiguration config, JerseyEnvironment jersey, Jdbi jdbi,
      MunicipalityService municipalities, WebPages webPages) {
    List<Object> api = ScFeedResource.create(jdbi, config);
    api.forEach(jersey::register);
    ScFeedFacts facts = new ScFeedFacts((ScFeedResource) api.get(0));
    jersey.register(CatalogusPageResource.create(municipalities, facts, jdbi, config));
    webPages.useFeedFacts(new FeedFactsLoader(facts, jdbi));
  }
}
