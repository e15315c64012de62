package nl.wmebv.service.core.designation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmebv.service.api.DesignationDecisionSettingsInput;
import nl.wmebv.service.core.StaleVersionException;
import nl.wmebv.service.db.DesignationDecisionSettingsDao;
import nl.wmebv.service.db.DesignationDecisionSettingsRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The municipality's choices for its aanwijzingsbesluit: read (defaults before the first save) and
 * saved, audited.
 */
public class DesignationDecisionSettingsStore {
  private final Jdbi jdbi;
  private final ChannelAudit audit;

  public DesignationDecisionSettingsStore(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.audit = new ChannelAudit(json);
  }

  public DesignationDecisionSettings get(long municipalityId) {
    return jdbi.withHandle(
        h -> {
          DesignationRegister.requireMunicipality(h, municipalityId);
          return read(h, municipalityId);
        });
  }

  static DesignationDecisionSettings read(Handle h, long municipalityId) {
    return h.attach(DesignationDecisionSettingsDao.class)
        .find(municipalityId)
        .map(DesignationDecisionSettingsStore::settings)
        .orElse(DesignationDecisionSettings.DEFAULT);
  }

  /**
   * Saves the settings; {@link StaleVersionException} when {@code version} is not the current one.
   */
  public DesignationDecisionSettings save(
      long municipalityId, DesignationDecisionSettingsInput in, String actor) {
    return jdbi.inTransaction(
        h -> {
          DesignationRegister.requireMunicipality(h, municipalityId);
          DesignationDecisionSettings cur = read(h, municipalityId);
          DesignationDecisionSettingsDao dao = h.attach(DesignationDecisionSettingsDao.class);
          int written =
              in.version() == 0
                  ? dao.insert(
                      municipalityId,
                      in.joint(),
                      in.previousTitle(),
                      in.publicationUrl(),
                      in.legalRemedies(),
                      in.entryIntoForce(),
                      actor)
                  : dao.update(
                      municipalityId,
                      in.version(),
                      in.joint(),
                      in.previousTitle(),
                      in.publicationUrl(),
                      in.legalRemedies(),
                      in.entryIntoForce(),
                      actor);
          if (written == 0 || cur.version() != in.version()) {
            throw new StaleVersionException(
                "The decision settings were changed by someone else: they are at version "
                    + cur.version()
                    + ", the request was based on version "
                    + in.version()
                    + "; reload and try again",
                cur);
          }
          DesignationDecisionSettings next = read(h, municipalityId);
          Map<String, Object> changes = new LinkedHashMap<>();
          changes.put("from", cur);
          changes.put("to", next);
          audit.appendRaw(
              h,
              municipalityId,
              "designation_decision_settings",
              municipalityId,
              "designation-decision.settings-changed",
              changes,
              actor);
          return next;
        });
  }

  private static DesignationDecisionSettings settings(DesignationDecisionSettingsRow r) {
    return new DesignationDecisionSettings(
        r.joint(),
        r.previousTitle(),
        r.publicationUrl(),
        r.legalRemedies(),
        r.entryIntoForce(),
        r.version());
  }
}
