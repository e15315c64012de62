package nl.wmebv.service.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NounTest {
  @Test
  void oneIsSingularEveryOtherCountPlural() {
    assertThat(Noun.PRODUCT.count(1)).isEqualTo("1 product");
    assertThat(Noun.PRODUCT.count(0)).isEqualTo("0 producten");
    assertThat(Noun.PRODUCT.count(58)).isEqualTo("58 producten");
    assertThat(Noun.PAGE.count(1)).isEqualTo("1 pagina");
    assertThat(Noun.PAGE.count(220)).isEqualTo("220 pagina's");
    assertThat(Noun.DECISION.count(2)).isEqualTo("2 besluiten");
  }
}
