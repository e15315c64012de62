package nl.wmebv.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.time.Clock;
import nl.wmebv.service.config.InventorySettings;
import nl.wmebv.service.core.action.ActionService;
import nl.wmebv.service.core.cluster.ClusterRulesAgain;
import nl.wmebv.service.core.cluster.ClusterService;
import nl.wmebv.service.core.crawl.CrawlRuns;
import nl.wmebv.service.core.crawl.PageVerdicts;
import nl.wmebv.service.core.export.InventoryExport;
import nl.wmebv.service.core.importing.ImportUploads;
import nl.wmebv.service.core.importing.InventoryImport;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.core.product.ProductDetails;
import nl.wmebv.service.core.product.ProductService;
import nl.wmebv.service.core.session.SessionService;
import nl.wmebv.service.resources.ActionResource;
import nl.wmebv.service.resources.ApiErrors;
import nl.wmebv.service.resources.AuditResource;
import nl.wmebv.service.resources.ClusterResource;
import nl.wmebv.service.resources.ClusterRuleResource;
import nl.wmebv.service.resources.ExportResource;
import nl.wmebv.service.resources.InventoryImportResource;
import nl.wmebv.service.resources.MunicipalityActionResource;
import nl.wmebv.service.resources.MunicipalityResource;
import nl.wmebv.service.resources.PageVerdictResource;
import nl.wmebv.service.resources.ProductListResource;
import nl.wmebv.service.resources.ProductResource;
import nl.wmebv.service.resources.SessionResource;
import nl.wmebv.service.resources.web.ActionsPageResource;
import nl.wmebv.service.resources.web.BulkForms;
import nl.wmebv.service.resources.web.ClusterPagesResource;
import nl.wmebv.service.resources.web.HomeResource;
import nl.wmebv.service.resources.web.InventoryImportPageResource;
import nl.wmebv.service.resources.web.InventoryPageResource;
import nl.wmebv.service.resources.web.ProductDecisionForms;
import nl.wmebv.service.resources.web.ProductPageResource;
import nl.wmebv.service.resources.web.SessionPagesResource;
import nl.wmebv.service.resources.web.WebPages;
import org.jdbi.v3.core.Jdbi;

/**
 * The inventory: municipalities, products, actions, clusters, audit log, sessions and exports, as
 * JSON API and as web pages (dashboard, inventory, product, sessions). Returns the product pages,
 * which the catalogue extends.
 */
final class InventoryWiring {
  private InventoryWiring() {}

  static WebPages register(
      InventorySettings settings,
      JerseyEnvironment jersey,
      Jdbi jdbi,
      ObjectMapper json,
      MunicipalityService municipalities,
      PageVerdicts verdicts) {
    ProductService products = new ProductService(jdbi, json, settings.getListCacheEntries());
    ProductDetails details = new ProductDetails(jdbi, json);
    ClusterService clusters = new ClusterService(jdbi, json);
    ClusterRulesAgain rulesAgain = new ClusterRulesAgain(jdbi, json);
    ActionService actions = new ActionService(jdbi, json);
    SessionService sessions = new SessionService(jdbi, json);
    InventoryExport figures = new InventoryExport(jdbi);
    jersey.register(new MunicipalityResource(municipalities));
    jersey.register(new ProductListResource(products));
    jersey.register(new ProductResource(products, details));
    jersey.register(new AuditResource(details));
    jersey.register(new ActionResource(actions));
    jersey.register(new MunicipalityActionResource(actions));
    jersey.register(new ClusterResource(clusters));
    jersey.register(new ClusterRuleResource(clusters, rulesAgain));
    jersey.register(new SessionResource(sessions));
    jersey.register(new ExportResource(figures, Clock.systemUTC()));
    InventoryImport imports = new InventoryImport(jdbi, json, products, actions);
    jersey.register(new InventoryImportResource(imports));
    ApiErrors.register(jersey);
    jersey.register(new nl.wmebv.service.resources.web.WebErrorPages());

    jersey.register(new PageVerdictResource(verdicts));
    WebPages webPages = new WebPages(details, clusters, verdicts);
    ProductDecisionForms decisionForms = new ProductDecisionForms(products, actions, json);
    jersey.register(
        new HomeResource(municipalities, figures, products, new CrawlRuns(jdbi), actions));
    jersey.register(new ActionsPageResource(municipalities, webPages, actions));
    jersey.register(
        new InventoryPageResource(
            municipalities,
            products,
            webPages,
            decisionForms,
            actions,
            new BulkForms(products, json)));
    jersey.register(new ProductPageResource(webPages, decisionForms, verdicts));
    jersey.register(
        new InventoryImportPageResource(municipalities, imports, new ImportUploads(jdbi)));
    jersey.register(new SessionPagesResource(sessions, municipalities, webPages, decisionForms));
    jersey.register(new ClusterPagesResource(clusters, rulesAgain, municipalities));
    return webPages;
  }
}
