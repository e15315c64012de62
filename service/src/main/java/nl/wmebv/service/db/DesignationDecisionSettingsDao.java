package nl.wmebv.service.db;

import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A municipality's choices for its aanwijzingsbesluit (one row, created on the first save). */
@RegisterConstructorMapper(DesignationDecisionSettingsRow.class)
public interface DesignationDecisionSettingsDao {
  @SqlQuery("SELECT * FROM designation_decision_settings WHERE municipality_id = :municipalityId")
  Optional<DesignationDecisionSettingsRow> find(long municipalityId);

  /** Inserts the first settings (version 1); 0 when a row exists already (someone saved first). */
  @SqlUpdate(
      """
      INSERT INTO designation_decision_settings (municipality_id, joint, previous_title, publication_url,
                                                 legal_remedies, entry_into_force, updated_by)
      VALUES (:municipalityId, :joint, :previousTitle, :publicationUrl, :legalRemedies, :entryIntoForce, :by)
      ON CONFLICT DO NOTHING""")
  int insert(
      long municipalityId,
      boolean joint,
      String previousTitle,
      String publicationUrl,
      boolean legalRemedies,
      LocalDate entryIntoForce,
      String by);

  /** 1 when written, 0 when the version is stale. */
  @SqlUpdate(
      """
      UPDATE designation_decision_settings SET joint = :joint, previous_title = :previousTitle,
             publication_url = :publicationUrl, legal_remedies = :legalRemedies, entry_into_force = :entryIntoForce,
             updated_by = :by, updated_at = now(), version = version + 1
       WHERE municipality_id = :municipalityId AND version = :version""")
  int update(
      long municipalityId,
      int version,
      boolean joint,
      String previousTitle,
      String publicationUrl,
      boolean legalRemedies,
      LocalDate entryIntoForce,
      String by);
}
