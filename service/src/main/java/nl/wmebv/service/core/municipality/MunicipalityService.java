package nl.wmebv.service.core.municipality;

import java.util.List;
import java.util.Optional;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.SiteJson;
import nl.wmebv.service.api.SiteSettingsInput;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.core.auth.User;
import nl.wmebv.service.db.ClusterDao;
import nl.wmebv.service.db.ClusterRuleDao;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.MunicipalityRow;
import nl.wmebv.service.db.MunicipalityScopeDao;
import nl.wmebv.service.db.SiteDao;
import nl.wmebv.service.db.SiteRow;
import nl.wmebv.service.db.UniqueViolation;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers municipalities with their site and default clusters, all or nothing. */
public class MunicipalityService {
  private static final Logger LOG = LoggerFactory.getLogger(MunicipalityService.class);
  private final Jdbi jdbi;

  public MunicipalityService(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Creates the municipality, its site and the default clusters in one transaction;
   * ConflictException when the name or the site's URL is taken.
   */
  public MunicipalityJson create(String name, String baseUrl) {
    return create(name, baseUrl, List.of());
  }

  /** As {@link #create(String, String)}, with more host names crawled with the site. */
  public MunicipalityJson create(String name, String baseUrl, List<String> extraHosts) {
    return create(name, baseUrl, extraHosts, null);
  }

  /**
   * As {@link #create(String, String, List)}; the registering user, unless they see all
   * municipalities already, is assigned the new one in the same transaction, so they can set it up
   * (issue 14 §5).
   */
  public MunicipalityJson create(
      String name, String baseUrl, List<String> extraHosts, User creator) {
    try {
      return jdbi.inTransaction(
          h -> {
            MunicipalityRow m = h.attach(MunicipalityDao.class).insert(name.trim(), baseUrl);
            SiteRow site =
                h.attach(SiteDao.class).insert(m.id(), baseUrl, new String[0], new String[0]);
            h.attach(SiteDao.class).updateExtraHosts(site.id(), extraHosts.toArray(String[]::new));
            h.attach(ClusterRuleDao.class)
                .ensureDefaults(m.id(), h.attach(ClusterDao.class).ensureDefaults(m.id()));
            if (creator != null) {
              h.attach(MunicipalityScopeDao.class).assignIfScoped(creator.id(), m.id());
            }
            return toJson(h, m);
          });
    } catch (RuntimeException e) {
      if (UniqueViolation.isCause(e)) {
        throw new ConflictException(
            "A municipality with this name or a site with this URL already exists");
      }
      throw e;
    }
  }

  /** Finds the municipality by name or creates it; points its (first) site at {@code baseUrl}. */
  public MunicipalityJson ensure(String name, String baseUrl) {
    return jdbi.inTransaction(
        h -> {
          Optional<MunicipalityRow> existing = h.attach(MunicipalityDao.class).findByName(name);
          if (existing.isEmpty()) {
            return create(name, baseUrl);
          }
          MunicipalityRow m = existing.get();
          h.attach(MunicipalityDao.class).updateBaseUrl(m.id(), baseUrl);
          List<SiteRow> sites = h.attach(SiteDao.class).listByMunicipality(m.id());
          if (sites.isEmpty()) {
            h.attach(SiteDao.class).insert(m.id(), baseUrl, new String[0], new String[0]);
          } else {
            h.attach(SiteDao.class).updateBaseUrl(sites.get(0).id(), baseUrl);
          }
          h.attach(ClusterRuleDao.class)
              .ensureDefaults(m.id(), h.attach(ClusterDao.class).ensureDefaults(m.id()));
          return toJson(h, h.attach(MunicipalityDao.class).find(m.id()).orElseThrow());
        });
  }

  /**
   * Replaces what the input names of the site's extra hosts and URL patterns; the site as it is
   * now.
   */
  public SiteJson updateSite(long siteId, SiteSettingsInput input, String actor) {
    return jdbi.inTransaction(
        h -> {
          SiteDao sites = h.attach(SiteDao.class);
          SiteRow site =
              sites
                  .find(siteId)
                  .orElseThrow(() -> new UnknownEntityException("No site with id " + siteId));
          if (input.extraHosts() != null) {
            sites.updateExtraHosts(siteId, input.extraHosts().toArray(String[]::new));
          }
          List<String> includes =
              input.includePatterns() != null ? input.includePatterns() : site.includePatterns();
          List<String> excludes =
              input.excludePatterns() != null ? input.excludePatterns() : site.excludePatterns();
          sites.updatePatterns(
              siteId, includes.toArray(String[]::new), excludes.toArray(String[]::new));
          SiteJson updated = siteJson(sites.find(siteId).orElseThrow());
          LOG.info(
              "Site {} set by {}: extra hosts {}, include {}, exclude {}",
              siteId,
              actor,
              updated.extraHosts(),
              updated.includePatterns(),
              updated.excludePatterns());
          return updated;
        });
  }

  /** One site; UnknownEntityException (404) when there is none. */
  public SiteJson site(long siteId) {
    return jdbi.withHandle(
            h -> h.attach(SiteDao.class).find(siteId).map(MunicipalityService::siteJson))
        .orElseThrow(() -> new UnknownEntityException("No site with id " + siteId));
  }

  public List<MunicipalityJson> list() {
    return jdbi.withHandle(
        h -> h.attach(MunicipalityDao.class).list().stream().map(m -> toJson(h, m)).toList());
  }

  /** The municipalities the user sees and changes (issue 14 §5); none without a user. */
  public List<MunicipalityJson> listFor(User user) {
    if (user == null) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.attach(MunicipalityDao.class).listVisibleTo(user.id()).stream()
                .map(m -> toJson(h, m))
                .toList());
  }

  public Optional<MunicipalityJson> find(long id) {
    return jdbi.withHandle(h -> h.attach(MunicipalityDao.class).find(id).map(m -> toJson(h, m)));
  }

  private static MunicipalityJson toJson(Handle h, MunicipalityRow m) {
    List<SiteJson> sites =
        h.attach(SiteDao.class).listByMunicipality(m.id()).stream()
            .map(MunicipalityService::siteJson)
            .toList();
    List<ClusterJson> clusters =
        h.attach(ClusterDao.class).list(m.id()).stream()
            .map(c -> new ClusterJson(c.id(), c.name(), c.position()))
            .toList();
    return new MunicipalityJson(m.id(), m.name(), m.baseUrl(), m.createdAt(), sites, clusters);
  }

  private static SiteJson siteJson(SiteRow s) {
    return new SiteJson(
        s.id(), s.baseUrl(), s.extraHosts(), s.includePatterns(), s.excludePatterns());
  }
}
