package nl.wmebv.crawler.detect;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the detectors: every comparison is made on normalized text. */
final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}@.]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Text() {}

  /** Lower case, diacritics removed, punctuation and hyphens to spaces (keeps @ and inner dots), single spaces. */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFD);
    t = MARKS.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
    t = NON_WORD.matcher(t).replaceAll(" ");
    t = t.replaceAll("(?<![\\p{L}\\p{N}])\\.+|\\.+(?![\\p{L}\\p{N}])", " ");
    return SPACES.matcher(t).replaceAll(" ").trim();
  }

  /** True when the normalized text contains the phrase as whole words. */
  static boolean hasPhrase(String normText, String phrase) {
    String p = norm(phrase);
    if (p.isEmpty()) {
      return false;
    }
    return (" " + normText + " ").contains(" " + p + " ");
  }

  /** True when the normalized text contains any of the phrases as whole words. */
  static boolean hasAny(String normText, Iterable<String> phrases) {
    for (String p : phrases) {
      if (hasPhrase(normText, p)) {
        return true;
      }
    }
    return false;
  }

  /** The number of words (runs without whitespace) in a text. */
  static int words(String s) {
    String c = clean(s);
    return c == null || c.isEmpty() ? 0 : SPACES.split(c).length;
  }

  /** Collapses whitespace and trims; null stays null. */
  static String clean(String s) {
    return s == null ? null : SPACES.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").trim();
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
