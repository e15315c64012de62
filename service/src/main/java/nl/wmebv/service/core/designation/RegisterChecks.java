package nl.wmebv.service.core.designation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Runs {@link DesignationChecks} on a municipality's register and inventory as they are now. */
public class RegisterChecks {
  private final Jdbi jdbi;
  private final InventoryFacts facts;

  public RegisterChecks(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.facts = new InventoryFacts(json);
  }

  public List<Finding> run(long municipalityId) {
    return jdbi.withHandle(
        h -> {
          DesignationRegister.requireMunicipality(h, municipalityId);
          return DesignationChecks.run(
              facts.load(h, municipalityId), RegisterReader.channels(h, municipalityId));
        });
  }
}
