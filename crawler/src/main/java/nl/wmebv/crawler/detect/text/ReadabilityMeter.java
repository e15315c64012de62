package nl.wmebv.crawler.detect.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wmebv.crawler.detect.page.Outline;
import nl.wmebv.crawler.detect.page.Text;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Words, sentences, Flesch-Douma (206.84 - 0.77 x syllables per 100 words - 0.93 x words per
 * sentence) and the share of sentences over 20 words. B1 signal: at least one word, Flesch-Douma at
 * least 60 and at most 20% long sentences — a hint for the text session, not a verdict.
 */
public final class ReadabilityMeter {
  /** Abbreviations whose full stop ends no sentence ("bijv.", "o.a.", "d.w.z."), longest first. */
  private static final List<String> ABBREVIATIONS =
      List.of(
          "d.w.z", "m.b.t", "i.v.m", "t.a.v", "z.s.m", "bijv", "mevr", "incl", "excl", "o.a", "enz",
          "dhr", "drs", "art", "min", "max", "bv", "ca", "nr", "mr", "ir", "dr", "jl");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "li",
          "td",
          "th",
          "dd",
          "dt",
          "div",
          "section",
          "blockquote",
          "br",
          "tr",
          "table",
          "ul",
          "ol",
          "article",
          "figcaption",
          "address");
  private static final Set<String> SKIP =
      Set.of("h1", "h2", "h3", "h4", "h5", "h6", "form", "button", "select", "option", "label");
  public static final double B1_MIN_FLESCH_DOUMA = 60;
  public static final double B1_MAX_LONG_SHARE = 0.2;

  private ReadabilityMeter() {}

  /** Measures the running text of an element (headings and form controls left out). */
  public static Readability measure(Element main) {
    return measure(blocks(main));
  }

  /** Measures text blocks; each block ends a sentence even without a full stop. */
  public static Readability measure(List<String> blocks) {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    int longOnes = 0;
    for (String block : blocks) {
      // one pass over the block: words ([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*) and sentence ends (white
      // space after
      // . ! or ? before a capital, a digit, a quote or a parenthesis), as the expressions this
      // replaces had them
      String text = protectAbbreviations(block);
      int w = 0;
      int n = text.length();
      for (int i = 0; i < n; ) {
        char c = text.charAt(i);
        if (letterOrNumber(c)) {
          int end = i + 1;
          while (end < n
              && (letterOrNumber(text.charAt(end)) || "'’-".indexOf(text.charAt(end)) >= 0)) {
            end++;
          }
          w++;
          syllables += Math.max(1, DutchSyllables.count(text.substring(i, end)));
          i = end;
        } else if (isSpace(c)) {
          int end = i + 1;
          while (end < n && isSpace(text.charAt(end))) {
            end++;
          }
          if (i > 0
              && ".!?".indexOf(text.charAt(i - 1)) >= 0
              && end < n
              && startsSentence(text.charAt(end))
              && w > 0) {
            words += w;
            sentences++;
            longOnes += w > 20 ? 1 : 0;
            w = 0;
          }
          i = end;
        } else {
          i++;
        }
      }
      if (w > 0) {
        words += w;
        sentences++;
        longOnes += w > 20 ? 1 : 0;
      }
    }
    if (words == 0) {
      return new Readability(0, 0, 0, 0, 0, false);
    }
    double fd = 206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * ((double) words / sentences);
    double longShare = (double) longOnes / sentences;
    fd = Math.round(fd * 10) / 10.0;
    longShare = Math.round(longShare * 1000) / 1000.0;
    return new Readability(
        words,
        sentences,
        syllables,
        fd,
        longShare,
        fd >= B1_MIN_FLESCH_DOUMA && longShare <= B1_MAX_LONG_SHARE);
  }

  private static boolean letterOrNumber(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** \\s as Java's expressions read it: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean startsSentence(char c) {
    int type = Character.getType(c);
    return type == Character.UPPERCASE_LETTER
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER
        || "\"'‘“(".indexOf(c) >= 0;
  }

  /**
   * "bijv." to "bijv·", "o.a." to "oa·": an abbreviation (a whole word, any case) and its full stop
   * no longer end a sentence. One pass over the full stops instead of a regular expression: it runs
   * on every block of every page.
   */
  public static String protectAbbreviations(String block) {
    if (block.indexOf('.') < 0) {
      return block;
    }
    StringBuilder out = new StringBuilder(block.length());
    int copied = 0;
    for (int dot = block.indexOf('.'); dot >= 0; dot = block.indexOf('.', dot + 1)) {
      String abbreviation = abbreviationBefore(block, dot, copied);
      if (abbreviation != null) {
        int start = dot - abbreviation.length();
        out.append(block, copied, start)
            .append(block.substring(start, dot).replace(".", ""))
            .append('·');
        copied = dot + 1;
      }
    }
    return out.append(block, copied, block.length()).toString();
  }

  private static String abbreviationBefore(String block, int dot, int from) {
    for (String a : ABBREVIATIONS) {
      int start = dot - a.length();
      if (start >= from
          && block.regionMatches(true, start, a, 0, a.length())
          && (start == 0 || !isWordChar(block.charAt(start - 1)))) {
        return a;
      }
    }
    return null;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static List<String> blocks(Element main) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && SKIP.contains(e.normalName())) {
              flush(out, current);
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof Element e
                && (BLOCKS.contains(e.normalName()) || Outline.isPseudoHeading(e))) {
              flush(out, current);
              return Outline.isPseudoHeading(e)
                  ? FilterResult.SKIP_ENTIRELY
                  : FilterResult.CONTINUE;
            }
            if (node instanceof TextNode t) {
              current.append(t.text());
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush(out, current);
            }
            return FilterResult.CONTINUE;
          }
        },
        main);
    flush(out, current);
    return out;
  }

  private static void flush(List<String> out, StringBuilder current) {
    String s = Text.clean(current.toString());
    if (!s.isEmpty()) {
      out.add(s);
    }
    current.setLength(0);
  }
}
