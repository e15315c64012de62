package nl.wmebv.service.core.designation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmebv.service.core.OrganProposal;
import nl.wmebv.service.db.DesignatedProductRow;
import nl.wmebv.service.db.DesignationDao;
import org.jdbi.v3.core.Handle;

/** Reads the register as the API shows it: channels by name, each with its products by name. */
public final class RegisterReader {
  private RegisterReader() {}

  public static List<DesignatedChannel> channels(Handle h, long municipalityId) {
    DesignationDao dao = h.attach(DesignationDao.class);
    Map<Long, List<DesignatedChannel.Product>> products =
        dao.products(municipalityId).stream()
            .collect(
                Collectors.groupingBy(
                    DesignatedProductRow::channelId,
                    Collectors.mapping(RegisterReader::product, Collectors.toList())));
    return dao.list(municipalityId).stream()
        .map(
            c ->
                new DesignatedChannel(
                    c.id(),
                    c.kind(),
                    c.name(),
                    c.url(),
                    c.identification(),
                    c.eidas(),
                    c.domain(),
                    c.messageTypes(),
                    c.active(),
                    c.version(),
                    c.organ(),
                    products.getOrDefault(c.id(), List.of())))
        .toList();
  }

  /** The designation's own message types, else the product's. */
  private static DesignatedChannel.Product product(DesignatedProductRow r) {
    List<String> types =
        r.messageTypes() == null || r.messageTypes().isEmpty()
            ? (r.productMessageTypes() == null ? List.of() : r.productMessageTypes())
            : r.messageTypes();
    return new DesignatedChannel.Product(
        r.productId(),
        r.productName(),
        r.clusterName(),
        types,
        r.organ() != null
            ? r.organ()
            : OrganProposal.propose(r.productName(), r.uniformName()).code());
  }
}
