package nl.wmebv.service.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 15: the crawler's English rule texts read as Dutch on the product page, an unknown one
 * safely.
 */
class EvidenceWordingTest {
  @Test
  void everyKnownShapeReadsAsDutch() {
    assertThat(EvidenceWording.of("appointment booking link").text())
        .isEqualTo("Link naar een afsprakensysteem");
    assertThat(
            EvidenceWording.of(
                    "form URL shape form platform host loket.; DigiD in text near the link")
                .text())
        .isEqualTo(
            "Adres van een e-formulier: formulierplatform loket.; DigiD in de tekst bij de link");
    assertThat(EvidenceWording.of("on-page form with 1 fields; no login named").text())
        .isEqualTo("Formulier op de pagina met 1 veld; geen inlog genoemd");
    assertThat(EvidenceWording.of("visited: Inlogpagina van DigiD").text())
        .isEqualTo("Bij bezoek: Inlogpagina van DigiD");
    assertThat(EvidenceWording.of("form wording; visited: does not work").text())
        .isEqualTo("De link belooft een formulier; bij bezoek: werkt niet");
    assertThat(
            EvidenceWording.of(
                    "button text 'Direct aanvragen'; eHerkenning + business words in section text")
                .text())
        .isEqualTo(
            "Knoptekst ‘Direct aanvragen’; eHerkenning en woorden voor ondernemers in de tekst onder het"
                + " kopje");
    assertThat(EvidenceWording.of("phone number in text").original()).isNull();
  }

  @Test
  void anUnknownRuleReadsAsAGenericSentenceWithTheOriginalKept() {
    EvidenceWording.Wording w = EvidenceWording.of("mailto: link; some new heuristic");
    assertThat(w.text()).isEqualTo("Link naar een e-mailadres; andere regel van de crawler");
    assertThat(w.original()).isEqualTo("mailto: link; some new heuristic");
  }

  @Test
  void madeUpLinkTextsReadAsDutch() {
    assertThat(EvidenceWording.anchor("(embedded form abc)"))
        .isEqualTo("(ingebouwd formulier abc)");
    assertThat(EvidenceWording.anchor("(form)")).isEqualTo("(formulier)");
    assertThat(EvidenceWording.anchor("Verhuizing doorgeven")).isEqualTo("Verhuizing doorgeven");
  }
}
