package nl.wmebv.crawler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
  private static final Charset LATIN1 = StandardCharsets.ISO_8859_1;
  private static final String TEXT = "Geboorteaangifte: privé, één, Curaçao, ü";

  private static byte[] html(String head, Charset cs) {
    return ("<html><head>"
            + head
            + "<title>"
            + TEXT
            + "</title></head><body><p>"
            + TEXT
            + "</p></body></html>")
        .getBytes(cs);
  }

  @Test
  void headerCharsetWins() {
    ParsedPage p =
        HtmlParser.parse(html("", LATIN1), Optional.of(LATIN1), URI.create("https://g.nl/"));
    assertThat(p.title()).isEqualTo(TEXT);
  }

  @Test
  void metaCharsetAlone() {
    ParsedPage p =
        HtmlParser.parse(
            html("<meta charset=\"iso-8859-1\">", LATIN1),
            Optional.empty(),
            URI.create("https://g.nl/"));
    assertThat(p.title()).isEqualTo(TEXT);
    ParsedPage q =
        HtmlParser.parse(
            html(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
                LATIN1),
            Optional.empty(),
            URI.create("https://g.nl/"));
    assertThat(q.title()).isEqualTo(TEXT);
  }

  @Test
  void bomBeatsHeaderAndMeta() {
    byte[] body = html("<meta charset=\"iso-8859-1\">", StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    ParsedPage p = HtmlParser.parse(withBom, Optional.of(LATIN1), URI.create("https://g.nl/"));
    assertThat(p.title()).isEqualTo(TEXT);
  }

  @Test
  void sniffsLatin1WithoutAnyDeclaration() {
    assertThat(
            HtmlParser.parse(html("", LATIN1), Optional.empty(), URI.create("https://g.nl/"))
                .title())
        .isEqualTo(TEXT);
    assertThat(
            HtmlParser.parse(
                    html("", StandardCharsets.UTF_8), Optional.empty(), URI.create("https://g.nl/"))
                .title())
        .isEqualTo(TEXT);
  }

  @Test
  void extractsLinksDocumentsAndCanonical() {
    String h =
        "<html><head><link rel=canonical href=\"/p\"><base href=\"https://g.nl/dir/\"></head><body>"
            + "<a href=\"a\">a</a><a href=\"/f/form.PDF#p2\">pdf</a><a href=\"x.docx?v=2\">doc</a>"
            + "<a href=\"mailto:info@g.nl\">m</a><a href=\"tel:14038\">t</a><p><div><b>malformed</p></body>";
    ParsedPage p =
        HtmlParser.parse(
            h.getBytes(StandardCharsets.UTF_8), Optional.empty(), URI.create("https://g.nl/x"));
    assertThat(p.links()).containsExactly("https://g.nl/dir/a");
    assertThat(p.documentLinks())
        .containsExactly("https://g.nl/f/form.PDF", "https://g.nl/dir/x.docx?v=2");
    assertThat(p.canonical()).isEqualTo("https://g.nl/p");
  }
}
