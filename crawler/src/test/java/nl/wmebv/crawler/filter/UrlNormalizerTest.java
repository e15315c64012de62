package nl.wmebv.crawler.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {
  private final UrlNormalizer normalizer = new UrlNormalizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      HTTP://WWW.Gemeente.NL:80/a/./b/../c#top             | http://www.gemeente.nl/a/c
      https://gemeente.nl:443                                | https://gemeente.nl/
      https://gemeente.nl/c%7e?b=2&a=1                       | https://gemeente.nl/c~?b=2&a=1
      https://gemeente.nl/%7Efoo/x?z=%7e&y=%2f               | https://gemeente.nl/~foo/x?z=~&y=%2F
      https://gemeente.nl/p?%69d=3&q=%c3%a9                  | https://gemeente.nl/p?id=3&q=%C3%A9
      https://gemeente.nl/p;jsessionid=ABC123?x=1            | https://gemeente.nl/p?x=1
      https://gemeente.nl/p;JSESSIONID=ABC123                | https://gemeente.nl/p
      https://gemeente.nl/p?PHPSESSID=abc&id=5               | https://gemeente.nl/p?id=5
      https://gemeente.nl/p?sid=1&sessionid=2&q=a            | https://gemeente.nl/p?q=a
      https://gemeente.nl/p?utm_source=nb&utm_medium=mail&q=1| https://gemeente.nl/p?q=1
      https://gemeente.nl/p?gclid=x&fbclid=y&mc_cid=z        | https://gemeente.nl/p
      https://gemeente.nl/p?b=2&a=1&c=3                      | https://gemeente.nl/p?b=2&a=1&c=3
      https://gemeente.nl/index.php?pagina=product&id=7      | https://gemeente.nl/index.php?pagina=product&id=7
      https://gemeente.nl/index.php?id=7&pagina=product      | https://gemeente.nl/index.php?id=7&pagina=product
      https://gemeente.nl/?page_id=12&utm_source=x           | https://gemeente.nl/?page_id=12
      HTTPS://Gemeente.NL:443/Index.PHP?ID=3                 | https://gemeente.nl/Index.PHP?ID=3
      https://gemeente.nl/p?a=2&a=1                          | https://gemeente.nl/p?a=2&a=1
      https://gemeente.nl/nieuws/index.html                  | https://gemeente.nl/nieuws/index.html
      https://gemeente.nl/index.php?id=3                     | https://gemeente.nl/index.php?id=3
      https://gemeente.nl/index.php                          | https://gemeente.nl/index.php
      https://gemeente.nl/loket/Default.aspx                 | https://gemeente.nl/loket/Default.aspx
      https://gemeente.nl/producten/indexering.html          | https://gemeente.nl/producten/indexering.html
      https://gemeente.nl/agenda?maand=2026-01&amp;amp;x=1   | https://gemeente.nl/agenda?maand=2026-01&amp;amp;x=1
      https://gemeente.nl/zoek?q=privé ëx                    | https://gemeente.nl/zoek?q=priv%C3%A9%20%C3%ABx
      https://gemeente.nl/p?                                 | https://gemeente.nl/p
      https://gemeente.nl/p?&&a=1&                           | https://gemeente.nl/p?a=1
      """)
  void normalizes(String in, String expected) {
    assertThat(normalizer.normalize(in)).isEqualTo(expected);
  }

  @Test
  void guardsTheCrawlerCommons16QueryBug() {
    // crawler-commons 1.6 alone returns https://gemeente.nl/c~?b?2&a=1
    assertThat(normalizer.normalize("https://gemeente.nl/c%7e?b=2&a=1")).doesNotContain("b?2");
  }

  @Test
  void rejectsWhatIsNotHttp() {
    assertThat(normalizer.normalize("mailto:info@gemeente.nl")).isNull();
    assertThat(normalizer.normalize("javascript:alert(1)")).isNull();
    assertThat(normalizer.normalize("ftp://gemeente.nl/x")).isNull();
    assertThat(normalizer.normalize("http://")).isNull();
    assertThat(normalizer.normalize(null)).isNull();
  }

  @Test
  void keepsTheFileNameAndTheQueryAsLinked() {
    // the old rules made /index.php?id=300 into /?id=300 and sorted the query: both name other
    // resources
    assertThat(normalizer.normalize("https://g.nl/index.php?id=300"))
        .isNotEqualTo(normalizer.normalize("https://g.nl/?id=300"));
    assertThat(normalizer.normalize("https://g.nl/index.php"))
        .isNotEqualTo(normalizer.normalize("https://g.nl/"));
    assertThat(normalizer.normalize("https://g.nl/p?b=1&a=2"))
        .isNotEqualTo(normalizer.normalize("https://g.nl/p?a=2&b=1"));
  }

  @Test
  void isIdempotent() {
    String once = normalizer.normalize("https://Gemeente.nl/a/../b/index.html?z=1&utm_x=2&a=%7e");
    assertThat(normalizer.normalize(once)).isEqualTo(once);
  }
}
