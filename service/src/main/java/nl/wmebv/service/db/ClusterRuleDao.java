package nl.wmebv.service.db;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The municipality's editable rules that assign new products to clusters; first match by position
 * wins.
 */
@RegisterConstructorMapper(ClusterRuleRow.class)
public interface ClusterRuleDao {
  /**
   * The default rules of a new municipality: WORDS rules per default cluster ({@code ClusterWords}:
   * whole words and heads of Dutch compounds, so "afvalstoffenheffing" and "hondenbelasting" are
   * taxes and "ontheffing sluitingstijd horeca" is not), in the order they are tried.
   */
  List<Map.Entry<String, String>> DEFAULT_WORD_RULES =
      List.of(
          Map.entry(
              "Belastingen",
              "belasting, heffing, woz, kwijtschelding, aanslag, betalingsregeling, precario"),
          Map.entry(
              "Sociaal Domein",
              "bijstand, wmo, hulpmiddel, jeugd, zorg, schuldhulp, schuldhulpverlening,"
                  + " participatie, leerlingenvervoer, huishoudelijke hulp, minima, gehandicaptenparkeerkaart, uitkering,"
                  + " mantelzorg, inburgering, kindpakket, energietoeslag"),
          Map.entry(
              "Burgerzaken",
              "paspoort, identiteitskaart, rijbewijs, verhuizing, verhuizen, uittreksel, brp,"
                  + " geboorte, aangifte, huwelijk, partnerschap, overlijden, naamgebruik, nationaliteit, reisdocument,"
                  + " geheimhouding, persoonsgegevens, klacht, bezwaar, naturalisatie, emigratie, adresonderzoek"),
          Map.entry(
              "Ruimte en Omgeving",
              "omgeving, omgevingsvergunning, bouwen, verbouwen, kapvergunning, bomenkap,"
                  + " sloop, slopen, uitrit, bestemmingsplan, monument, huisvesting, splitsing, woning, omgevingsplan"),
          Map.entry(
              "Economie en Vergunningen",
              "horeca, evenement, alcohol, drank, terras, standplaats, reclame,"
                  + " collecte, exploitatie, ondernemer, ondernemen, bedrijf, sluitingstijd, markt, bijeenkomst, loterij,"
                  + " speelautomaat"),
          Map.entry(
              "Openbare Ruimte",
              "afval, container, grofvuil, openbare ruimte, gladheid, strooien, straat, riool,"
                  + " parkeren, parkeervergunning, boom, bomen, afvalpas, melding openbare ruimte"));

  @SqlQuery(
      "SELECT * FROM cluster_rule WHERE municipality_id = :municipalityId ORDER BY position, id")
  List<ClusterRuleRow> list(long municipalityId);

  @SqlUpdate(
      """
      INSERT INTO cluster_rule (municipality_id, cluster_id, kind, pattern, position)
      VALUES (:municipalityId, :clusterId, :kind, :pattern, :position)""")
  @GetGeneratedKeys
  ClusterRuleRow insert(
      long municipalityId, long clusterId, String kind, String pattern, int position);

  @SqlQuery("SELECT * FROM cluster_rule WHERE municipality_id = :municipalityId AND id = :id")
  java.util.Optional<ClusterRuleRow> find(long municipalityId, long id);

  /** Changes a rule in place; a null leaves that field as it is. */
  @SqlQuery(
      """
      UPDATE cluster_rule SET cluster_id = COALESCE(:clusterId, cluster_id), kind = COALESCE(:kind, kind),
             pattern = COALESCE(:pattern, pattern), position = COALESCE(:position, position)
       WHERE municipality_id = :municipalityId AND id = :id
      RETURNING *""")
  java.util.Optional<ClusterRuleRow> update(
      long municipalityId, long id, Long clusterId, String kind, String pattern, Integer position);

  @SqlUpdate("DELETE FROM cluster_rule WHERE municipality_id = :municipalityId AND id = :id")
  int delete(long municipalityId, long id);

  /** Adds the default rules when the municipality has none. */
  default void ensureDefaults(long municipalityId, List<ClusterRow> clusters) {
    if (!list(municipalityId).isEmpty()) {
      return;
    }
    int position = 1;
    for (Map.Entry<String, String> rule : DEFAULT_WORD_RULES) {
      for (ClusterRow cluster : clusters) {
        if (cluster.name().equals(rule.getKey())) {
          insert(municipalityId, cluster.id(), "WORDS", rule.getValue(), position++);
        }
      }
    }
  }
}
