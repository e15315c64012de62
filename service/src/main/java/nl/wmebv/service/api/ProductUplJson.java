package nl.wmebv.service.api;

import java.util.List;

/**
 * The UPL's view of a product: flags of its uniform product(s) and proposals a person confirms. The
 * person's own decision is shown beside them and is never set from them.
 *
 * @param flags the UPL flags of every URI the product carries (upl_uri first, then the feed's
 *     others)
 * @param scopeProposal in WMEBV scope and message types, proposed from the flags
 * @param nameProposal a uniform name matched from the product's title, only when it has none
 * @param decidedInScope the person's decision (null = not decided)
 * @param decidedMessageTypes the person's decision
 */
public record ProductUplJson(
    long productId,
    String name,
    String uniformName,
    String uplUri,
    List<UplFlags> flags,
    ScopeProposal scopeProposal,
    NameProposal nameProposal,
    Boolean decidedInScope,
    List<String> decidedMessageTypes,
    String uplSource) {}
