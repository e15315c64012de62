package nl.wmebv.service.core.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wmebv.service.core.OrganProposal;
import nl.wmebv.service.core.designation.ProductFacts.PageChannel;
import org.junit.jupiter.api.Test;

/**
 * The pure rules: URL matching, proposals from the inventory, the consistency checks and "what
 * changed".
 */
class DesignationRulesTest {
  static final PageChannel FORM =
      new PageChannel("EFORM_DIGID", "https://formulieren.x.nl/afval/", "Aanvragen", true, 200);
  static final PageChannel LOKET =
      new PageChannel(
          "NATIONAL_PORTAL", "https://www.omgevingsloket.nl/aanvragen", "Loket", false, 0);
  static final PageChannel BROKEN =
      new PageChannel("EFORM_DIGID", "https://formulieren.x.nl/oud", "Aanvragen", false, 404);
  static final PageChannel MAIL =
      new PageChannel("EMAIL", "mailto:Vergunningen@x.nl", "mail", null, 0);

  static ProductFacts product(
      long id,
      String name,
      Boolean inScope,
      String status,
      List<String> types,
      PageChannel... channels) {
    return new ProductFacts(
        id, name, "Cluster", inScope, types, status, "https://x.nl/" + id, List.of(channels));
  }

  static DesignatedChannel channel(
      long id, String kind, String url, List<String> types, long... products) {
    List<DesignatedChannel.Product> ps =
        java.util.Arrays.stream(products)
            .mapToObj(p -> new DesignatedChannel.Product(p, "p" + p, null, List.of(), "COLLEGE"))
            .toList();
    return new DesignatedChannel(
        id, kind, "kanaal " + id, url, "NONE", false, null, types, true, 1, null, ps);
  }

  @Test
  void urlsMatchWithoutSchemeWwwSlashOrCaseAndEveryOmgevingsloketLinkIsTheLoket() {
    assertThat(ChannelKeys.same("https://www.x.nl/a/", "http://x.nl/a")).isTrue();
    assertThat(ChannelKeys.same("mailto:A@x.nl", "mailto:a@x.nl?subject=hoi")).isTrue();
    assertThat(
            ChannelKeys.same(
                "https://omgevingsloket.nl/",
                "https://www.omgevingsloket.nl/Particulier/aanvragen"))
        .isTrue();
    assertThat(
            ChannelKeys.portalKind("https://ondernemersplein.kvk.nl/berichtenbox-voor-bedrijven/"))
        .isEqualTo("BERICHTENBOX_BEDRIJVEN");
    assertThat(ChannelKeys.same("https://x.nl/a", "https://x.nl/b")).isFalse();
  }

  @Test
  void proposesWorkingChannelsOfInScopeDigitalProductsGroupedByUrl() {
    List<ProductFacts> products =
        List.of(
            product(1, "Afvalpas", true, "DIGITAL", List.of("aanvraag"), FORM),
            product(
                2,
                "Grofvuil",
                true,
                "DIGITAL",
                List.of("melding"),
                new PageChannel(
                    "EFORM_EHERKENNING", "https://formulieren.x.nl/afval", "Start", true, 200)),
            product(3, "Kappen", true, "DIGITAL", List.of("aanvraag"), LOKET),
            product(
                4,
                "Sloop",
                true,
                "DIGITAL",
                List.of("melding"),
                new PageChannel(
                    "NATIONAL_PORTAL", "https://omgevingsloket.nl/", "Loket", true, 200)),
            product(5, "Buiten scope", false, "DIGITAL", List.of("aanvraag"), MAIL),
            product(6, "Kapot", true, "NOT_COMPLIANT", List.of("aanvraag"), BROKEN),
            product(7, "Terras", true, "DIGITAL", List.of("aanvraag"), MAIL, BROKEN));

    List<Proposal> proposals = ProposalMaker.propose(products, List.of());

    assertThat(proposals)
        .extracting(Proposal::kind)
        .containsExactly("SPECIFIC_FORM", "OMGEVINGSLOKET", "EMAIL");
    Proposal form = proposals.get(0);
    assertThat(form.identification()).isEqualTo("BOTH");
    assertThat(form.messageTypes()).containsExactly("aanvraag", "melding");
    assertThat(form.products()).extracting(Proposal.Product::productId).containsExactly(1L, 2L);
    assertThat(proposals.get(1).url()).isEqualTo("https://omgevingsloket.nl/");
    assertThat(proposals.get(1).products())
        .extracting(Proposal.Product::productId)
        .containsExactly(3L, 4L);
    assertThat(proposals.get(2).products())
        .extracting(Proposal.Product::productId)
        .containsExactly(7L);

    DesignatedChannel loket =
        channel(9, "OMGEVINGSLOKET", "https://omgevingsloket.nl", List.of(), 3);
    List<Proposal> again = ProposalMaker.propose(products, List.of(loket));
    Proposal extend =
        again.stream().filter(p -> p.kind().equals("OMGEVINGSLOKET")).findFirst().orElseThrow();
    assertThat(extend.existingChannelId()).isEqualTo(9L);
    assertThat(extend.products()).extracting(Proposal.Product::productId).containsExactly(4L);
  }

  @Test
  void eachCheckFiresOnItsOwnInconsistency() {
    List<ProductFacts> products =
        List.of(
            product(1, "Zonder kanaal", true, "ABSENT", List.of("aanvraag")),
            product(2, "Kapot", true, "NOT_COMPLIANT", List.of("aanvraag"), BROKEN),
            product(3, "Niet op pagina", true, "DIGITAL", List.of("aanvraag"), MAIL),
            product(4, "Buiten scope", false, "DIGITAL", List.of("klacht"), FORM));
    List<DesignatedChannel> register =
        List.of(
            channel(10, "SPECIFIC_FORM", "https://formulieren.x.nl/oud/", List.of("aanvraag"), 2),
            channel(11, "SPECIFIC_FORM", "https://formulieren.x.nl/ergens", List.of(), 3),
            channel(12, "CONTACT_FORM_DIGID", "https://x.nl/contact", List.of(), 3),
            new DesignatedChannel(
                13,
                "EMAIL",
                "uit",
                "mailto:vergunningen@x.nl",
                "NONE",
                false,
                null,
                List.of("bezwaar"),
                false,
                1,
                null,
                List.of()));

    List<Finding> findings = DesignationChecks.run(products, register);

    assertThat(findings)
        .extracting(Finding::code, Finding::productId, Finding::channelId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("NO_DESIGNATED_CHANNEL", 1L, null),
            org.assertj.core.groups.Tuple.tuple("DESIGNATED_CHANNEL_BROKEN", 2L, 10L),
            org.assertj.core.groups.Tuple.tuple("DESIGNATED_CHANNEL_NOT_ON_PAGE", 3L, 11L),
            org.assertj.core.groups.Tuple.tuple("UNDESIGNATED_CHANNEL", 3L, null));
    List<Finding> types =
        DesignationChecks.messageTypesWithoutChannel(
            List.of(product(5, "Bezwaar", true, "DIGITAL", List.of("bezwaar", "aanvraag"))),
            List.of(channel(14, "EMAIL", "mailto:a@x.nl", List.of("aanvraag"))));
    assertThat(types).extracting(Finding::messageType).containsExactly("bezwaar");
  }

  @Test
  void changesListChannelsAddedRemovedChangedAndProductsAddedRemoved() {
    DesignatedChannel a = channel(1, "EMAIL", "mailto:a@x.nl", List.of(), 1, 2);
    DesignatedChannel b = channel(2, "SPECIFIC_FORM", "https://x.nl/b", List.of(), 3);
    DesignatedChannel a2 =
        new DesignatedChannel(
            1,
            "EMAIL",
            "kanaal 1",
            "mailto:b@x.nl",
            "NONE",
            false,
            null,
            List.of(),
            true,
            2,
            null,
            List.of(
                a.products().get(0),
                new DesignatedChannel.Product(4, "p4", null, List.of(), "COLLEGE")));
    DesignatedChannel c = channel(3, "OMGEVINGSLOKET", "https://omgevingsloket.nl", List.of(), 5);

    RegisterChanges changes = RegisterChanges.between(List.of(a, b), List.of(a2, c));

    assertThat(changes.channelsAdded()).containsExactly("kanaal 3 (https://omgevingsloket.nl)");
    assertThat(changes.channelsRemoved()).containsExactly("kanaal 2 (https://x.nl/b)");
    assertThat(changes.channelsChanged()).containsExactly("kanaal 1 (mailto:b@x.nl): adres");
    assertThat(changes.productsAdded()).containsExactly("p4 → kanaal 1", "p5 → kanaal 3");
    assertThat(changes.productsRemoved()).containsExactly("p2 → kanaal 1", "p3 → kanaal 2");
    assertThat(RegisterChanges.between(List.of(a), List.of(a)).isEmpty()).isTrue();
  }

  static List<String> codes(List<Finding> findings, String code) {
    return findings.stream()
        .filter(f -> f.code().equals(code))
        .map(f -> f.productId() + "/" + f.channelId() + "/" + f.url())
        .toList();
  }

  @Test
  void
      theNewChecksFireOnTheirFixturesWithADutchExplanationAndTheOtherOrganisationIsNoUndesignatedNoise() {
    PageChannel bsgw =
        new PageChannel(
            "EFORM_DIGID", "https://www.bsgw.nl/bezwaar", "Bezwaar bij BsGW", true, 200);
    PageChannel own =
        new PageChannel("EFORM_DIGID", "https://formulieren.x.nl/kap", "Aanvragen", true, 200);
    PageChannel check =
        new PageChannel(
            "NATIONAL_PORTAL", "https://omgevingsloket.nl/vergunningcheck", "Check", null, 0);
    List<ProductFacts> products =
        List.of(
            product(1, "WOZ-bezwaar", true, "DIGITAL", List.of("bezwaar"), bsgw),
            product(2, "Dakkapel", true, "DIGITAL", List.of("aanvraag"), check),
            product(3, "Boom kappen", true, "DIGITAL", List.of("aanvraag"), own, check),
            product(4, "Evenement", true, "DIGITAL", List.of("aanvraag")));
    DesignatedChannel loket = channel(20, "OMGEVINGSLOKET", "https://omgevingsloket.nl", List.of());
    DesignatedChannel college =
        new DesignatedChannel(
            21,
            "SPECIFIC_FORM",
            "college",
            "https://x.nl/f",
            "DIGID",
            false,
            null,
            List.of(),
            true,
            1,
            "COLLEGE",
            List.of(
                new DesignatedChannel.Product(4, "Evenement", null, List.of(), "BURGEMEESTER"),
                new DesignatedChannel.Product(3, "Boom kappen", null, List.of(), "COLLEGE")));

    List<Finding> findings = DesignationChecks.run(products, List.of(loket, college));

    assertThat(codes(findings, "NO_FALLBACK_CHANNEL")).containsExactly("null/null/null");
    assertThat(codes(findings, "NATIONAL_PORTAL_AS_FALLBACK"))
        .containsExactly("null/20/https://omgevingsloket.nl");
    assertThat(codes(findings, "PRODUCT_OF_OTHER_ORGAN")).containsExactly("4/21/https://x.nl/f");
    assertThat(codes(findings, "CHANNEL_OF_OTHER_ORGANISATION"))
        .containsExactly("1/null/https://www.bsgw.nl/bezwaar");
    assertThat(codes(findings, "ONLY_VERGUNNINGCHECK"))
        .containsExactly("2/null/https://omgevingsloket.nl/vergunningcheck");
    assertThat(codes(findings, "UNDESIGNATED_CHANNEL"))
        .noneMatch(f -> f.contains("bsgw"))
        .anyMatch(f -> f.startsWith("3/"));
    assertThat(findings)
        .allSatisfy(f -> assertThat(f.explanation()).isNotBlank().doesNotContain("channel"));
    assertThat(
            findings.stream()
                .filter(f -> f.code().equals("NO_FALLBACK_CHANNEL"))
                .findFirst()
                .orElseThrow()
                .explanation())
        .contains("algemene contactformulier");

    DesignatedChannel contact =
        channel(22, "CONTACT_FORM_DIGID", "https://x.nl/contact", List.of());
    DesignatedChannel mayor =
        new DesignatedChannel(
            23,
            "SPECIFIC_FORM",
            "burgemeester",
            "https://x.nl/e",
            "DIGID",
            false,
            null,
            List.of(),
            true,
            1,
            "BURGEMEESTER",
            List.of(
                new DesignatedChannel.Product(4, "Evenement", null, List.of(), "BURGEMEESTER")));
    List<Finding> clean = DesignationChecks.run(List.of(products.get(3)), List.of(contact, mayor));
    assertThat(clean)
        .extracting(Finding::code)
        .doesNotContain(
            "NO_FALLBACK_CHANNEL",
            "NATIONAL_PORTAL_AS_FALLBACK",
            "PRODUCT_OF_OTHER_ORGAN",
            "CHANNEL_OF_OTHER_ORGANISATION",
            "ONLY_VERGUNNINGCHECK");
  }

  @Test
  void theOrganIsProposedFromTheNameAsTheRealDecisionsDivideThePowers() {
    assertThat(OrganProposal.propose("Evenementenvergunning aanvragen", null))
        .isEqualTo(nl.wmebv.service.vocabulary.Organ.BURGEMEESTER);
    assertThat(OrganProposal.propose("Exploitatievergunning horeca"))
        .isEqualTo(nl.wmebv.service.vocabulary.Organ.BURGEMEESTER);
    assertThat(OrganProposal.propose("Alcoholvergunning", "Drank- en horecavergunning"))
        .isEqualTo(nl.wmebv.service.vocabulary.Organ.BURGEMEESTER);
    assertThat(OrganProposal.propose("Rijbewijs verlengen"))
        .isEqualTo(nl.wmebv.service.vocabulary.Organ.BURGEMEESTER);
    assertThat(OrganProposal.propose("Demonstratie melden"))
        .isEqualTo(nl.wmebv.service.vocabulary.Organ.BURGEMEESTER);
    assertThat(OrganProposal.propose("Petitie aanbieden aan de gemeenteraad"))
        .isEqualTo(nl.wmebv.service.vocabulary.Organ.RAAD);
    assertThat(OrganProposal.propose("Afvalpas", "Afvalpas aanvragen"))
        .isEqualTo(nl.wmebv.service.vocabulary.Organ.COLLEGE);
    assertThat(OrganProposal.propose("Terrasvergunning"))
        .isEqualTo(nl.wmebv.service.vocabulary.Organ.COLLEGE);
  }
}
