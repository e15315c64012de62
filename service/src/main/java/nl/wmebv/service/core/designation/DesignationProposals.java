package nl.wmebv.service.core.designation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.DesignatedChannelJson;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.db.DesignatedChannelRow;
import nl.wmebv.service.db.DesignationDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * "Voorstel uit de inventaris": proposes channels from the decisions; nothing is designated until
 * an editor accepts a proposal, which creates the rows (or adds the products to the channel that
 * has the URL) and audits it.
 */
public class DesignationProposals {
  private final Jdbi jdbi;
  private final InventoryFacts facts;
  private final ChannelAudit audit;

  public DesignationProposals(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.facts = new InventoryFacts(json);
    this.audit = new ChannelAudit(json);
  }

  public List<Proposal> list(long municipalityId) {
    return jdbi.withHandle(h -> proposals(h, municipalityId));
  }

  private List<Proposal> proposals(Handle h, long municipalityId) {
    DesignationRegister.requireMunicipality(h, municipalityId);
    return ProposalMaker.propose(
        facts.load(h, municipalityId), RegisterReader.channels(h, municipalityId));
  }

  /**
   * Accepts the proposals with these keys; 422 when a key names no current proposal. Returns the
   * channels.
   */
  public List<DesignatedChannelJson> accept(long municipalityId, List<String> keys, String actor) {
    if (keys == null || keys.isEmpty()) {
      throw new InvalidInputException("keys must list at least one proposal key");
    }
    return jdbi.inTransaction(
        h -> {
          Map<String, Proposal> current = new LinkedHashMap<>();
          proposals(h, municipalityId).forEach(p -> current.put(p.key(), p));
          List<String> unknown = keys.stream().filter(k -> !current.containsKey(k)).toList();
          if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                "keys: no current proposal for "
                    + String.join(", ", unknown)
                    + " (it may have been accepted already)");
          }
          List<DesignatedChannel> out = new ArrayList<>();
          for (String key : keys.stream().distinct().toList()) {
            out.add(accept(h, municipalityId, current.get(key), actor));
          }
          return DesignatedChannel.json(out);
        });
  }

  private DesignatedChannel accept(Handle h, long municipalityId, Proposal p, String actor) {
    DesignationDao dao = h.attach(DesignationDao.class);
    DesignatedChannel before = null;
    long id;
    if (p.existingChannelId() == null) {
      DesignatedChannelRow row =
          dao.insert(
              municipalityId,
              p.kind(),
              p.name(),
              p.url(),
              p.identification(),
              false,
              p.domain(),
              p.messageTypes().toArray(String[]::new),
              true,
              null);
      id = row.id();
    } else {
      id = p.existingChannelId();
      before = DesignationRegister.current(h, municipalityId, id, null);
      dao.bumpVersion(id);
    }
    for (Proposal.Product product : p.products()) {
      dao.insertProduct(id, product.productId(), product.messageTypes().toArray(String[]::new));
    }
    DesignatedChannel after = DesignationRegister.current(h, municipalityId, id, null);
    audit.append(h, municipalityId, id, "designation.proposal-accepted", before, after, actor);
    return after;
  }
}
