package nl.wmebv.service.views;

import java.util.List;
import nl.wmebv.service.api.ProductUplJson;
import nl.wmebv.service.core.sc.FeedDeclaration;

/**
 * A product as the SC feed declared it (null when it is not in the feed), the UPL's flags and
 * proposals, and its discrepancies between feed and crawl (in Dutch).
 */
public record FeedFacts(
    FeedDeclaration declaration, ProductUplJson upl, List<CatalogueView.Line> discrepancies) {
  public FeedFacts {
    discrepancies = List.copyOf(discrepancies);
  }

  /**
   * True when the UPL proposes message types the person has not (all) chosen, or a scope not
   * decided.
   */
  public boolean isProposalOpen() {
    if (upl == null || upl.scopeProposal() == null || upl.scopeProposal().inScope() == null) {
      return false;
    }
    return !upl.scopeProposal().inScope().equals(upl.decidedInScope())
        || upl.decidedMessageTypes() == null
        || !upl.decidedMessageTypes().containsAll(upl.scopeProposal().messageTypes());
  }
}
