package nl.wmebv.service;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import nl.wmebv.service.config.ReferenceSettings;
import nl.wmebv.service.config.WmebvConfiguration;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.sc.CatalogueService;
import nl.wmebv.service.core.sc.ScFeedFetcher;
import nl.wmebv.service.core.upl.UplReference;
import nl.wmebv.service.resources.ScFeedResource;
import nl.wmebv.service.resources.web.CataloguePageResource;
import nl.wmebv.service.resources.web.FeedFactsLoader;
import nl.wmebv.service.resources.web.WebPages;
import org.jdbi.v3.core.Jdbi;

/**
 * The municipality's Samenwerkende Catalogi feed and the UPL: import, coverage, discrepancies; API
 * and pages.
 */
final class CatalogueWiring {
  private CatalogueWiring() {}

  static void register(
      WmebvConfiguration config,
      JerseyEnvironment jersey,
      Jdbi jdbi,
      MunicipalityService municipalities,
      WebPages webPages,
      UplReference upl) {
    ReferenceSettings reference = config.getReference();
    // fetches guarded like the crawler's; one instance for API and pages, so a new UPL counts for
    // both at once
    CatalogueService catalogue =
        new CatalogueService(
            jdbi,
            ScFeedFetcher.of(config.getCrawler(), reference),
            upl,
            reference.scFeedMaxBytes());
    ScFeedResource.create(catalogue).forEach(jersey::register);
    jersey.register(new CataloguePageResource(municipalities, catalogue));
    webPages.useFeedFacts(new FeedFactsLoader(catalogue));
  }
}
