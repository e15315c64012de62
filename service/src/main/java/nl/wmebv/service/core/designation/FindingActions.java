package nl.wmebv.service.core.designation;

import java.util.Optional;
import java.util.Set;
import nl.wmebv.service.api.ActionInput;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.core.action.ActionService;

/**
 * Turns a check finding on a product into an action on that product, in one click: the action names
 * the rule and what to do, so the consultant's list of "wie doet wat" holds it. Clicking twice
 * makes one action, not two.
 */
public class FindingActions {
  private final RegisterChecks checks;
  private final ActionService actions;

  public FindingActions(RegisterChecks checks, ActionService actions) {
    this.checks = checks;
    this.actions = actions;
  }

  /** What happened: the action, and whether it was made now (false: it was already there). */
  public record Outcome(ActionJson action, boolean created) {}

  /**
   * Makes the action for the finding of rule {@code code} on {@code productId}, as the checks find
   * it now; empty when there is no such finding (any more) in this municipality, so no one can make
   * actions on other products.
   */
  public Optional<Outcome> act(long municipalityId, String code, long productId, String actor) {
    return checks.run(municipalityId).stream()
        .filter(f -> f.code().equals(code) && f.productId() != null && f.productId() == productId)
        .findFirst()
        .map(
            f -> {
              String description = "Aanwijzing: " + f.label();
              Optional<ActionJson> open =
                  actions.list(productId).stream()
                      .filter(
                          a -> !"DONE".equals(a.status()) && description.equals(a.description()))
                      .findFirst();
              return open.map(a -> new Outcome(a, false))
                  .orElseGet(
                      () ->
                          new Outcome(
                              actions.create(
                                  productId,
                                  new ActionInput(
                                      null,
                                      Set.of("type", "description"),
                                      "OTHER",
                                      description,
                                      null,
                                      null,
                                      null),
                                  actor),
                              true));
            });
  }
}
