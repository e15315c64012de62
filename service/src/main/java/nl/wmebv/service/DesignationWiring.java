package nl.wmebv.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import nl.wmebv.service.core.action.ActionService;
import nl.wmebv.service.core.designation.DesignationDecisionSettingsStore;
import nl.wmebv.service.core.designation.DesignationDecisionVersions;
import nl.wmebv.service.core.designation.DesignationProposals;
import nl.wmebv.service.core.designation.DesignationRegister;
import nl.wmebv.service.core.designation.FindingActions;
import nl.wmebv.service.core.designation.RegisterChecks;
import nl.wmebv.service.core.municipality.MunicipalityService;
import nl.wmebv.service.resources.DesignationDecisionResource;
import nl.wmebv.service.resources.DesignationResource;
import nl.wmebv.service.resources.web.ChannelPageResource;
import nl.wmebv.service.resources.web.DesignationDecisionPageResource;
import nl.wmebv.service.resources.web.DesignationPageResource;
import nl.wmebv.service.resources.web.WebPages;
import org.jdbi.v3.core.Jdbi;

/**
 * The register of designated channels, its consistency checks and the draft aanwijzingsbesluit; API
 * and pages.
 */
final class DesignationWiring {
  private DesignationWiring() {}

  static void register(
      JerseyEnvironment jersey,
      Jdbi jdbi,
      ObjectMapper json,
      MunicipalityService municipalities,
      WebPages webPages) {
    DesignationRegister designations = new DesignationRegister(jdbi, json);
    webPages.useDesignations(designations);
    DesignationProposals proposals = new DesignationProposals(jdbi, json);
    RegisterChecks checks = new RegisterChecks(jdbi, json);
    DesignationDecisionVersions versions = new DesignationDecisionVersions(jdbi, json);
    jersey.register(new DesignationResource(designations, proposals, checks));
    DesignationDecisionSettingsStore settings = new DesignationDecisionSettingsStore(jdbi, json);
    jersey.register(new DesignationDecisionResource(versions, settings));
    FindingActions findingActions = new FindingActions(checks, new ActionService(jdbi, json));
    jersey.register(
        new DesignationPageResource(
            municipalities, designations, proposals, checks, versions, settings, findingActions));
    jersey.register(new ChannelPageResource(municipalities, designations));
    jersey.register(new DesignationDecisionPageResource(municipalities, versions));
  }
}
