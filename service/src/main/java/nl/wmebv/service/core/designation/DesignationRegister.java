package nl.wmebv.service.core.designation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.wmebv.service.api.DesignatedChannelJson;
import nl.wmebv.service.api.DesignationInput;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.UnknownMunicipalityException;
import nl.wmebv.service.db.DesignatedChannelRow;
import nl.wmebv.service.db.DesignationDao;
import nl.wmebv.service.db.MunicipalityDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The register of designated channels: create, replace and delete, each audited in the same
 * transaction.
 */
public class DesignationRegister {
  private final Jdbi jdbi;
  private final ChannelAudit audit;

  public DesignationRegister(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.audit = new ChannelAudit(json);
  }

  /** The products a channel of the municipality can be given, for the channel form. */
  public List<ProductOption> productOptions(long municipalityId) {
    return jdbi
        .withHandle(h -> h.attach(DesignationDao.class).productOptions(municipalityId))
        .stream()
        .map(r -> new ProductOption(r.id(), r.name(), r.cluster(), r.inScope()))
        .toList();
  }

  public List<DesignatedChannelJson> list(long municipalityId) {
    return jdbi.withHandle(
        h -> {
          requireMunicipality(h, municipalityId);
          return DesignatedChannel.json(RegisterReader.channels(h, municipalityId));
        });
  }

  /**
   * The active channels designated for one product (the product page shows them), in the register's
   * order.
   */
  public List<DesignatedChannelJson> forProduct(long municipalityId, long productId) {
    return list(municipalityId).stream()
        .filter(c -> c.active() && c.products().stream().anyMatch(p -> p.productId() == productId))
        .toList();
  }

  public DesignatedChannelJson get(long municipalityId, long id) {
    return jdbi.withHandle(h -> current(h, municipalityId, id, null).json());
  }

  public DesignatedChannelJson create(long municipalityId, DesignationInput in, String actor) {
    return jdbi.inTransaction(
        h -> {
          requireMunicipality(h, municipalityId);
          checkProductsAndUrl(h, municipalityId, null, in);
          DesignatedChannelRow row =
              h.attach(DesignationDao.class)
                  .insert(
                      municipalityId,
                      in.kind(),
                      in.name(),
                      in.url(),
                      in.identification(),
                      in.eidas(),
                      in.domain(),
                      in.messageTypes().toArray(String[]::new),
                      in.active(),
                      in.organ());
          links(h, row.id(), in.products());
          DesignatedChannel created = current(h, municipalityId, row.id(), null);
          audit.append(h, municipalityId, row.id(), "designation.created", null, created, actor);
          return created.json();
        });
  }

  /**
   * Replaces the channel and its products; {@link StaleVersionException} when the version is not
   * current.
   */
  public DesignatedChannelJson update(
      long municipalityId, long id, DesignationInput in, String actor) {
    return jdbi.inTransaction(
        h -> {
          DesignatedChannel cur = current(h, municipalityId, id, in.version());
          checkProductsAndUrl(h, municipalityId, id, in);
          DesignationDao dao = h.attach(DesignationDao.class);
          if (dao.update(
                  id,
                  in.version(),
                  in.kind(),
                  in.name(),
                  in.url(),
                  in.identification(),
                  in.eidas(),
                  in.domain(),
                  in.messageTypes().toArray(String[]::new),
                  in.active(),
                  in.organ())
              == 0) {
            throw stale(current(h, municipalityId, id, null), in.version());
          }
          dao.deleteProducts(id);
          links(h, id, in.products());
          DesignatedChannel next = current(h, municipalityId, id, null);
          audit.append(h, municipalityId, id, "designation.updated", cur, next, actor);
          return next.json();
        });
  }

  public void delete(long municipalityId, long id, int version, String actor) {
    jdbi.useTransaction(
        h -> {
          DesignatedChannel cur = current(h, municipalityId, id, version);
          if (h.attach(DesignationDao.class).delete(id, version) == 0) {
            throw stale(current(h, municipalityId, id, null), version);
          }
          audit.append(h, municipalityId, id, "designation.deleted", cur, null, actor);
        });
  }

  static void requireMunicipality(Handle h, long municipalityId) {
    if (!h.attach(MunicipalityDao.class).exists(municipalityId)) {
      throw new UnknownMunicipalityException(municipalityId);
    }
  }

  private static void checkProductsAndUrl(
      Handle h, long municipalityId, Long self, DesignationInput in) {
    DesignationDao dao = h.attach(DesignationDao.class);
    List<String> errors = new ArrayList<>();
    in.products().stream()
        .filter(p -> !dao.isProductOf(municipalityId, p.productId()))
        .forEach(
            p ->
                errors.add(
                    "products: product "
                        + p.productId()
                        + " is not a product of this municipality"));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    dao.list(municipalityId).stream()
        .filter(c -> !Objects.equals(c.id(), self) && ChannelKeys.same(c.url(), in.url()))
        .findFirst()
        .ifPresent(
            c -> {
              throw new ConflictException(
                  "This URL is already designated as channel "
                      + c.id()
                      + " ("
                      + c.name()
                      + "); add the products to that channel instead");
            });
  }

  private static void links(Handle h, long channelId, List<DesignationInput.ProductLink> products) {
    DesignationDao dao = h.attach(DesignationDao.class);
    products.forEach(
        p -> dao.insertProduct(channelId, p.productId(), p.messageTypes().toArray(String[]::new)));
  }

  static DesignatedChannel current(
      Handle h, long municipalityId, long id, Integer expectedVersion) {
    DesignatedChannel cur =
        RegisterReader.channels(h, municipalityId).stream()
            .filter(c -> c.id() == id)
            .findFirst()
            .orElseThrow(
                () ->
                    new UnknownEntityException(
                        "No designated channel with id "
                            + id
                            + " in municipality "
                            + municipalityId));
    if (expectedVersion != null && cur.version() != expectedVersion) {
      throw stale(cur, expectedVersion);
    }
    return cur;
  }

  private static StaleVersionException stale(DesignatedChannel cur, int sent) {
    return new StaleVersionException(
        "Designated channel "
            + cur.id()
            + " was changed by someone else: it is at"
            + " version "
            + cur.version()
            + ", the request was based on version "
            + sent
            + "; reload it and try again",
        cur.json());
  }
}
