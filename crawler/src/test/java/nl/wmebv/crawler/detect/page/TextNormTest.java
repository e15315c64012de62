package nl.wmebv.crawler.detect.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import nl.wmebv.crawler.detect.RealPages;
import nl.wmebv.crawler.detect.text.DutchSyllables;
import nl.wmebv.crawler.detect.text.Readability;
import nl.wmebv.crawler.detect.text.ReadabilityMeter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link Text#norm}, {@link Text#clean}, {@link Text#hasPhrase} and {@link
 * ReadabilityMeter#protectAbbreviations} are one-pass rewrites of regular expressions (for speed,
 * issue 19): they give what the expressions gave, on edge cases and on the text of every block of
 * the real pages.
 */
class TextNormTest {
  /** The regular-expression normalisation that {@link Text#norm} replaces, as it was. */
  private static String reference(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD);
    t = t.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    t = t.replaceAll("[^\\p{L}\\p{N}@.]+", " ");
    t = t.replaceAll("(?<![\\p{L}\\p{N}])\\.+|\\.+(?![\\p{L}\\p{N}])", " ");
    return t.replaceAll("\\s+", " ").trim();
  }

  @Test
  void edgeCasesNormaliseAsTheExpressionsDid() {
    for (String s :
        new String[] {
          "Wmo-melding",
          "E-mail: info@gemeente.nl.",
          "versie 3.5 van",
          "...wacht...",
          "Ééndaags café",
          "bel 14 0596",
          "  Paspoort\u00a0aanvragen  ",
          "A–Z",
          "½ jaar",
          "x.y.z",
          "Ⅻ",
          "",
          "DigiD-link (pdf, 253 KB)",
          "Naïeve coördinatie",
          "www.gemeente.nl/paspoort?id=3"
        }) {
      assertThat(Text.norm(s)).as(s).isEqualTo(reference(s));
    }
    assertThat(Text.norm(null)).isEmpty();
  }

  @Test
  void everyBlockOfTheRealPagesNormalisesAsBefore() throws IOException {
    int blocks = 0;
    for (RealPages.Label l : RealPages.labels()) {
      for (Element e : Jsoup.parse(RealPages.html(l), l.url()).getAllElements()) {
        String text = e.ownText() + " " + e.text();
        assertThat(Text.norm(text)).as(l.file()).isEqualTo(reference(text));
        blocks++;
      }
    }
    assertThat(blocks).isGreaterThan(2000);
  }

  /** The expression {@link Text#clean} replaces, as it was. */
  private static String referenceClean(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }

  @Test
  void cleaningCollapsesWhiteSpaceAsTheExpressionDid() throws IOException {
    for (String s :
        new String[] {
          "",
          " ",
          "a",
          " a ",
          "a  b",
          "a \t\n b",
          "\u00a0x\u00a0\u00a0y ",
          "a\u000bb",
          "\u0001a\u0001",
          "a\u2003b",
          "tab\there",
          "  \r\n  ",
          "één  twee\u00a0 drie"
        }) {
      assertThat(Text.clean(s)).as("[" + s + "]").isEqualTo(referenceClean(s));
    }
    assertThat(Text.clean(null)).isNull();
    int blocks = 0;
    for (RealPages.Label l : RealPages.labels()) {
      for (Element e : Jsoup.parse(RealPages.html(l), l.url()).getAllElements()) {
        for (String text : new String[] {e.text(), e.ownText(), e.wholeText()}) {
          assertThat(Text.clean(text)).as(l.file()).isEqualTo(referenceClean(text));
        }
        blocks++;
      }
    }
    assertThat(blocks).isGreaterThan(2000);
  }

  private static final java.util.regex.Pattern ABBREVIATIONS =
      java.util.regex.Pattern.compile(
          "\\b(bijv|bv|o\\.a|d\\.w\\.z|enz|ca|nr|m\\.b\\.t|i\\.v\\.m|t\\.a\\.v|z\\.s\\.m|mr|dhr|mevr|drs|ir|dr|art|jl"
              + "|incl|excl|min|max)\\.",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static String referenceAbbreviations(String block) {
    return ABBREVIATIONS.matcher(block).replaceAll(m -> m.group(1).replace(".", "") + "·");
  }

  @Test
  void abbreviationsAreProtectedAsTheExpressionDid() throws IOException {
    for (String s :
        new String[] {
          "Neem bijv. uw paspoort mee, o.a. voor de aanvraag.",
          "D.w.z. nu. Dr. Mr. drs. Jansen",
          "Afrika. ca. 20 euro",
          "nr.5 en art.3.",
          "in Amerika.",
          "Bijv.",
          "z.s.m.",
          "mevr.dhr.",
          ".",
          "",
          "x.y"
        }) {
      assertThat(ReadabilityMeter.protectAbbreviations(s))
          .as(s)
          .isEqualTo(referenceAbbreviations(s));
    }
    for (RealPages.Label l : RealPages.labels()) {
      for (Element e : Jsoup.parse(RealPages.html(l), l.url()).select("p, li, td, div")) {
        String text = e.text();
        assertThat(ReadabilityMeter.protectAbbreviations(text))
            .as(l.file())
            .isEqualTo(referenceAbbreviations(text));
      }
    }
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"'‘“(])");

  /**
   * Words, sentences, syllables and long sentences as the expressions counted them: {words,
   * sentences, ...}.
   */
  private static int[] referenceCounts(java.util.List<String> blocks) {
    int[] c = new int[4];
    for (String block : blocks) {
      for (String sentence : SENTENCE_END.split(referenceAbbreviations(block))) {
        int w = 0;
        java.util.regex.Matcher m = WORD.matcher(sentence);
        while (m.find()) {
          w++;
          c[2] += Math.max(1, DutchSyllables.count(m.group()));
        }
        if (w > 0) {
          c[0] += w;
          c[1]++;
          c[3] += w > 20 ? 1 : 0;
        }
      }
    }
    return c;
  }

  @Test
  void readabilityCountsAsTheExpressionsDid() throws IOException {
    java.util.List<String> blocks =
        new java.util.ArrayList<>(
            java.util.List.of(
                "Dit is een zin. Dit is er nog een!",
                "Kosten: € 83,50. 2 weken. \"Citaat\" hier? (Haakje) ja.",
                "geëmigreerd naïef coördinatie’s e-mail",
                "bijv. dit. Nu  \t Verder",
                "...",
                "",
                "Ⅻ regels. Ⅻ"));
    for (RealPages.Label l : RealPages.labels()) {
      for (Element e : Jsoup.parse(RealPages.html(l), l.url()).select("p, li, td")) {
        blocks.add(e.text());
      }
    }
    for (String b : blocks) {
      int[] ref = referenceCounts(java.util.List.of(b));
      Readability r = ReadabilityMeter.measure(java.util.List.of(b));
      assertThat(new int[] {r.words(), r.sentences(), r.syllables()})
          .as(b)
          .containsExactly(ref[0], ref[1], ref[2]);
    }
    assertThat(blocks.size()).isGreaterThan(500);
  }

  @Test
  void phrasesMatchAsWholeWordsOnly() {
    String text =
        Text.norm("Vraag online een parkeervergunning aan. Online aanvragen kan met DigiD.");
    assertThat(Text.hasPhrase(text, "online aanvragen")).isTrue();
    assertThat(Text.hasPhrase(text, "Online Aanvragen")).as("a phrase is normalised too").isTrue();
    assertThat(Text.hasPhrase(text, "vergunning")).as("not inside a compound").isFalse();
    assertThat(Text.hasPhrase(text, "digid")).as("at the end").isTrue();
    assertThat(Text.hasPhrase(text, "vraag")).as("at the start").isTrue();
    assertThat(Text.hasPhrase(text, "aan online")).isTrue();
    assertThat(Text.hasPhrase(text, "line")).isFalse();
    assertThat(Text.hasPhrase(text, " ")).isFalse();
    assertThat(Text.hasPhrase("aanvragen aanvraag", "aanvraag")).as("a later occurrence").isTrue();
  }
}
