package nl.wmebv.service.core.auth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.service.api.InvalidInputException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.db.MunicipalityScopeDao;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which municipalities a user sees and changes (issue 14 §5). Access is read from the database at
 * every call, never kept in the principal or a credential cache, so a change applies to the next
 * request of every client.
 */
public class MunicipalityScopes {
  private static final Logger LOG = LoggerFactory.getLogger(MunicipalityScopes.class);

  /** The kinds of id a request can carry, each resolved to the municipality it belongs to. */
  public enum Kind {
    MUNICIPALITY,
    SITE,
    PRODUCT,
    ACTION,
    CRAWL_RUN,
    CLUSTER,
    SESSION,
    DESIGNATED_CHANNEL,
    CLUSTER_RULE
  }

  private final Jdbi jdbi;

  public MunicipalityScopes(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** What the user may see now; an unknown user may see nothing (fail closed). */
  public MunicipalityAccess accessOf(User user) {
    return access(user.id()).orElse(MunicipalityAccess.none());
  }

  /** The access of the user with that id; an unknown user is a 404. */
  public MunicipalityAccess accessOfUser(long userId) {
    return access(userId).orElseThrow(() -> new UnknownEntityException("No user " + userId));
  }

  private Optional<MunicipalityAccess> access(long userId) {
    MunicipalityScopeDao dao = jdbi.onDemand(MunicipalityScopeDao.class);
    return dao.allMunicipalities(userId)
        .map(
            all ->
                all
                    ? MunicipalityAccess.everything()
                    : new MunicipalityAccess(false, Set.copyOf(dao.assigned(userId))));
  }

  /** The municipality the entity of that kind belongs to; empty when the id names nothing. */
  public Optional<Long> municipalityOf(Kind kind, long id) {
    MunicipalityScopeDao dao = jdbi.onDemand(MunicipalityScopeDao.class);
    return switch (kind) {
      case MUNICIPALITY ->
          dao.unknownMunicipalities(List.of(id)).isEmpty() ? Optional.of(id) : Optional.empty();
      case SITE -> dao.ofSite(id);
      case PRODUCT -> dao.ofProduct(id);
      case ACTION -> dao.ofAction(id);
      case CRAWL_RUN -> dao.ofCrawlRun(id);
      case CLUSTER -> dao.ofCluster(id);
      case SESSION -> dao.ofSession(id);
      case DESIGNATED_CHANNEL -> dao.ofDesignatedChannel(id);
      case CLUSTER_RULE -> dao.ofClusterRule(id);
    };
  }

  /**
   * True when the user may see the entity; an id that names nothing is not visible either (both
   * answer 404).
   */
  public boolean maySee(User user, Kind kind, long id) {
    return accessOf(user).allows(municipalityOf(kind, id));
  }

  /**
   * Replaces the user's access: all municipalities, or exactly the given ids. Unknown ids are
   * refused (422) and nothing changes; an unknown user is a 404.
   */
  public MunicipalityAccess replace(
      long userId, boolean all, List<Long> municipalityIds, String actor) {
    List<Long> ids = new ArrayList<>(new LinkedHashSet<>(municipalityIds));
    return jdbi.inTransaction(
        h -> {
          MunicipalityScopeDao dao = h.attach(MunicipalityScopeDao.class);
          if (dao.allMunicipalities(userId).isEmpty()) {
            throw new UnknownEntityException("No user " + userId);
          }
          List<Long> unknown = ids.isEmpty() ? List.of() : dao.unknownMunicipalities(ids);
          if (!unknown.isEmpty()) {
            throw new InvalidInputException("municipalityIds: no municipality " + unknown);
          }
          dao.replace(userId, all, ids);
          LOG.info("User {} municipalities -> {} by {}", userId, all ? "all" : ids, actor);
          return all
              ? MunicipalityAccess.everything()
              : new MunicipalityAccess(false, Set.copyOf(ids));
        });
  }
}
