package nl.wmebv.service.core.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which URLs become links: http, https, mailto and tel; web pages (the exports' links) http and
 * https only.
 */
class LinkPolicyTest {
  @Test
  void linkableAllowsFourSchemes() {
    assertThat(LinkPolicy.linkable(" https://www.kampen.nl/paspoort ")).isTrue();
    assertThat(LinkPolicy.linkable("mailto:info@kampen.nl")).isTrue();
    assertThat(LinkPolicy.linkable("tel:+31383392999")).isTrue();
    assertThat(LinkPolicy.linkable("javascript:alert(1)")).isFalse();
    assertThat(LinkPolicy.linkable("/relatief")).isFalse();
    assertThat(LinkPolicy.linkable(null)).isFalse();
  }

  @Test
  void aWebPageIsHttpOrHttpsOnly() {
    assertThat(LinkPolicy.webPage("https://www.kampen.nl/paspoort")).isTrue();
    assertThat(LinkPolicy.webPage("HTTP://www.kampen.nl")).isTrue();
    assertThat(LinkPolicy.webPage("mailto:info@kampen.nl")).isFalse();
    assertThat(LinkPolicy.webPage("tel:+31383392999")).isFalse();
    assertThat(LinkPolicy.webPage("javascript:alert(1)")).isFalse();
    assertThat(LinkPolicy.webPage("data:text/html,<b>x</b>")).isFalse();
    assertThat(LinkPolicy.webPage("https://www.kampen.nl/a b")).isFalse();
    assertThat(LinkPolicy.webPage("")).isFalse();
  }
}
