package nl.wmebv.service.api;

import java.util.List;

/**
 * A proposal, from the UPL flags, whether a product is in WMEBV scope and which message types
 * apply. Only a proposal: the person's decision (product.in_scope, product.message_types) is never
 * set from it.
 *
 * @param inScope true when a formal message is involved (Aanvraag, Melding, Verplichting or
 *     Subsidie); false when the UPL knows the product but none of those flags is set; null when the
 *     UPL does not know the product
 * @param messageTypes proposed message types (aanvraag, bezwaar, melding)
 * @param reason English explanation naming the flags
 */
public record ScopeProposal(Boolean inScope, List<String> messageTypes, String reason) {
  public ScopeProposal {
    messageTypes = List.copyOf(messageTypes);
  }
}
