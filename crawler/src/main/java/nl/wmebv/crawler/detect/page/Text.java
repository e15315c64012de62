package nl.wmebv.crawler.detect.page;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Small text helpers shared by the detectors: every comparison is made on normalized text. */
public final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Text() {}

  /**
   * Lower case, diacritics removed, punctuation and hyphens to spaces (keeps @ and inner dots),
   * single spaces. One pass over the characters: it runs for every block, link and rule of every
   * page, so no regular expressions.
   */
  public static String norm(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String t =
        isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    int n = t.length();
    StringBuilder out = new StringBuilder(n);
    boolean gap = false;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      boolean keep =
          c == '.'
              ? i > 0
                  && i + 1 < n
                  && letterOrNumber(t.charAt(i - 1))
                  && letterOrNumber(t.charAt(i + 1))
              : c == '@' || letterOrNumber(c);
      if (!keep) {
        gap = true;
        continue;
      }
      if (gap && out.length() > 0) {
        out.append(' ');
      }
      gap = false;
      out.append(c < 128 ? (char) (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** \\p{L} or \\p{N}, as the regular expressions this replaces had it. */
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

  /** True when the normalized text contains the phrase as whole words. */
  public static boolean hasPhrase(String normText, String phrase) {
    String p = isNorm(phrase) ? phrase : norm(phrase);
    if (p.isEmpty()) {
      return false;
    }
    int from = 0;
    while (true) {
      int at = normText.indexOf(p, from);
      if (at < 0) {
        return false;
      }
      int end = at + p.length();
      if ((at == 0 || normText.charAt(at - 1) == ' ')
          && (end == normText.length() || normText.charAt(end) == ' ')) {
        return true;
      }
      from = at + 1;
    }
  }

  /**
   * Whether a phrase is already normalized: lower-case ASCII letters and digits with single inner
   * spaces.
   */
  private static boolean isNorm(String p) {
    int n = p.length();
    for (int i = 0; i < n; i++) {
      char c = p.charAt(i);
      boolean ok =
          c >= 'a' && c <= 'z'
              || c >= '0' && c <= '9'
              || c == ' ' && i > 0 && i < n - 1 && p.charAt(i - 1) != ' ';
      if (!ok) {
        return false;
      }
    }
    return n > 0;
  }

  /** True when the normalized text contains any of the phrases as whole words. */
  public static boolean hasAny(String normText, Iterable<String> phrases) {
    for (String p : phrases) {
      if (hasPhrase(normText, p)) {
        return true;
      }
    }
    return false;
  }

  /** The number of words (runs without whitespace) in a text. */
  public static int words(String s) {
    String c = clean(s);
    return c == null || c.isEmpty() ? 0 : SPACES.split(c).length;
  }

  /** Collapses whitespace and trims; null stays null. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    if (!needsCollapsing(s)) {
      return s.trim(); // most texts: no expression, no copy
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    return out.toString().trim();
  }

  /**
   * True when the text holds a space other than ' ' (as {@code \\s} or a no-break space) or two in
   * a row.
   */
  private static boolean needsCollapsing(String s) {
    boolean previousSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return true;
        }
        previousSpace = true;
      } else if (isSpace(c)) {
        return true;
      } else {
        previousSpace = false;
      }
    }
    return false;
  }

  /** What the expression {@code \\s} matches (ASCII white space), and the no-break space. */
  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000b'
        || c == '\f'
        || c == '\r'
        || c == '\u00a0';
  }

  /** A stable 64-bit FNV-1a hash, for fingerprints. */
  static long hash64(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
