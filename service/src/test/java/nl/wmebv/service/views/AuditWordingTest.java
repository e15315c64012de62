package nl.wmebv.service.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import nl.wmebv.service.api.ClusterJson;
import org.junit.jupiter.api.Test;

/** Issue 15: the audit trail names events, fields and values in Dutch words, not codes. */
class AuditWordingTest {
  private static final JsonNodeFactory N = JsonNodeFactory.instance;
  private final AuditWording words = new AuditWording(List.of(new ClusterJson(2, "Wonen", 1)));

  @Test
  void eventsFieldsAndValuesAreDutch() throws Exception {
    assertThat(AuditWording.event("product.updated")).isEqualTo("Product gewijzigd");
    assertThat(AuditWording.event("action.created")).isEqualTo("Actie toegevoegd");
    assertThat(words.change("isNew", N.booleanNode(true), N.booleanNode(false)))
        .isEqualTo("Nieuw: ja → nee");
    assertThat(words.change("clusterId", N.nullNode(), N.numberNode(2)))
        .isEqualTo("Cluster: — → Wonen");
    assertThat(words.change("clusterSetByPerson", N.booleanNode(false), N.booleanNode(true)))
        .isEqualTo("Cluster (door persoon): nee → ja");
    assertThat(words.change("channelStatusOverride", null, N.textNode("NOT_COMPLIANT")))
        .isEqualTo("Kanaal volgens besluit: — → Aanwezig, niet in orde");
    assertThat(words.change("type", null, N.textNode("CREATE_EFORM")))
        .isEqualTo("Soort actie: — → E-formulier maken");
    assertThat(words.change("deadline", null, N.textNode("2026-03-15")))
        .isEqualTo("Deadline: — → 15-03-2026");
    assertThat(
            words.change(
                "messageTypes",
                new ObjectMapper().readTree("[\"aanvraag\",\"bezwaar\"]"),
                N.arrayNode()))
        .isEqualTo("Berichtsoorten: Aanvraag, Bezwaarschrift → geen");
  }
}
