package nl.wmebv.service.core.upl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import nl.wmebv.crawler.detect.upl.UplEntry;
import nl.wmebv.service.api.NameProposal;
import nl.wmebv.service.api.ScopeProposal;
import nl.wmebv.service.api.UplFlags;
import nl.wmebv.service.core.sc.ScTestData;
import org.junit.jupiter.api.Test;

class UplCatalogueTest {
  static final String PASPOORT = "http://standaarden.overheid.nl/owms/terms/paspoort";

  @Test
  void theBundledCopyIsTheSharedFile() throws Exception {
    byte[] bundled = UplReference.class.getResourceAsStream(UplReference.BUNDLED).readAllBytes();
    assertThat(bundled).isEqualTo(Files.readAllBytes(ScTestData.upl()));
  }

  /**
   * 1,214 unique URIs, 512 with Gemeente = X; the placeholder "UPL-naam nog niet beschikbaar" is
   * left out.
   */
  @Test
  void loadsTheRealUplWithItsFlags() {
    UplCatalogue upl = UplReference.bundled();
    assertThat(upl.size()).isEqualTo(1213);
    assertThat(upl.gemeenteEntries()).hasSize(511);
    UplFlags paspoort = upl.flags(PASPOORT).orElseThrow();
    assertThat(paspoort.name()).isEqualTo("paspoort");
    assertThat(paspoort.aanvraag()).isTrue();
    assertThat(paspoort.gemeente()).isTrue();
    assertThat(paspoort.burger()).isTrue();
    assertThat(paspoort.bedrijf()).isTrue();
    assertThat(paspoort.dienstenwet()).isFalse();
    // https and a trailing slash make no difference
    assertThat(upl.flags("https://standaarden.overheid.nl/owms/terms/paspoort/"))
        .contains(paspoort);
  }

  @Test
  void proposesScopeAndMessageTypesFromTheFlags() {
    UplCatalogue upl = UplReference.bundled();
    ScopeProposal paspoort = UplCatalogue.propose(upl.entriesOf(List.of(PASPOORT)));
    assertThat(paspoort.inScope()).isTrue();
    assertThat(paspoort.messageTypes()).containsExactly("aanvraag", "bezwaar");
    assertThat(paspoort.reason()).contains("Aanvraag");

    ScopeProposal vertrek =
        UplCatalogue.propose(
            upl.entriesOf(
                List.of("http://standaarden.overheid.nl/owms/terms/AangifteVertrekBuitenland")));
    assertThat(vertrek.inScope()).isTrue();
    assertThat(vertrek.messageTypes()).containsExactly("melding");

    UplEntry none = new UplEntry("informatie", "x", java.util.Set.of("Burger", "Gemeente"));
    assertThat(UplCatalogue.propose(List.of(none)).inScope()).isFalse();
    assertThat(UplCatalogue.propose(List.of()).inScope()).isNull();
  }

  @Test
  void matchesTitlesToUniformNamesWithAConfidence() {
    UplCatalogue upl = UplReference.bundled();
    NameProposal p = upl.match("Paspoort aanvragen").orElseThrow();
    assertThat(p.name()).isEqualTo("paspoort");
    assertThat(p.uri()).isEqualTo(PASPOORT);
    assertThat(p.confidence()).isEqualTo(1.0);
    NameProposal both = upl.match("Paspoort of ID-kaart aanvragen").orElseThrow();
    assertThat(both.confidence()).isLessThan(1.0);
    assertThat(upl.match("Nieuws en persberichten")).isEmpty();
  }

  @Test
  void refusesAFileWithOtherColumns() {
    byte[] csv = "Naam,Link,Soort\npaspoort,http://x,X\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> UplCatalogue.load(csv, "test"))
        .isInstanceOf(UplFileException.class)
        .hasMessage(
            "The UPL file lacks the columns UniformeProductnaam, URI, Gemeente, Burger, Bedrijf, Dienstenwet,"
                + " Aanvraag, Subsidie, Melding, Verplichting (its header has: Naam, Link, Soort); expected the UPL CSV"
                + " export with the columns UniformeProductnaam, URI, Gemeente, Burger, Bedrijf, Dienstenwet, Aanvraag,"
                + " Subsidie, Melding, Verplichting");
  }

  @Test
  void refusesAFileMissingOneFlagColumn() throws Exception {
    String real = Files.readString(ScTestData.upl());
    String withoutMelding = real.replaceFirst(",Melding,", ",Meldingen,");
    assertThatThrownBy(
            () -> UplCatalogue.load(withoutMelding.getBytes(StandardCharsets.UTF_8), "test"))
        .isInstanceOf(UplFileException.class)
        .hasMessageStartingWith("The UPL file lacks the column Melding (");
  }

  @Test
  void refusesEmptyAndBinaryFiles() {
    assertThatThrownBy(() -> UplCatalogue.load(new byte[0], "test"))
        .hasMessageStartingWith("The UPL file is empty");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) 0xff, (byte) 0xfe};
    assertThatThrownBy(() -> UplCatalogue.load(png, "test"))
        .isInstanceOf(UplFileException.class)
        .hasMessageStartingWith("The UPL file is not UTF-8 text");
  }

  @Test
  void readsASemicolonSeparatedExport() {
    String csv =
        "UniformeProductnaam;URI;Gemeente;Burger;Bedrijf;Dienstenwet;Aanvraag;Subsidie;Melding;Verplichting\n"
            + "paspoort;"
            + PASPOORT
            + ";X;X;;;X;;;\n";
    UplCatalogue upl = UplCatalogue.load(csv.getBytes(StandardCharsets.UTF_8), "test");
    assertThat(upl.size()).isEqualTo(1);
    assertThat(upl.flags(PASPOORT).orElseThrow().aanvraag()).isTrue();
  }
}
