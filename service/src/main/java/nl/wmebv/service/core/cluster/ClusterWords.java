package nl.wmebv.service.core.cluster;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A WORDS cluster rule: a comma-separated list of words and phrases, matched in a product's name
 * and uniform name as whole words and as parts of Dutch compounds. A word is the head of a compound
 * when what precedes it is a word of its own ("hondenbelasting", "afvalstoffenheffing"), not a
 * prefix: "heffing" is not "ontheffing". A word of five letters or more may also be the first part
 * of a compound ("geboorteaangifte", "parkeervergunning"). Phrases match as they are ("openbare
 * ruimte").
 */
public final class ClusterWords {
  /** Verb and noun prefixes that make another word, never a compound's first part. */
  private static final Set<String> PREFIXES =
      Set.of(
          "ont", "be", "ge", "ver", "her", "er", "on", "mis", "over", "onder", "door", "aan", "af",
          "op", "uit", "toe", "weg", "in", "mee", "om", "voor", "na");

  private ClusterWords() {}

  /** The words of a rule's pattern, normalized; blank entries dropped. */
  public static List<String> parse(String pattern) {
    return Arrays.stream(pattern.split("[,;\\n|]"))
        .map(ClusterWords::norm)
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /**
   * True when one of the words occurs in the text as a whole word, a compound's head or (long
   * words) its start.
   */
  public static boolean matches(List<String> words, String text) {
    String t = norm(text);
    if (t.isEmpty()) {
      return false;
    }
    String[] tokens = t.split(" ");
    for (String w : words) {
      if (w.contains(" ") ? (" " + t + " ").contains(" " + w + " ") : anyToken(tokens, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyToken(String[] tokens, String w) {
    for (String token : tokens) {
      if (token.equals(w)) {
        return true;
      }
      if (token.endsWith(w)) {
        String before = token.substring(0, token.length() - w.length());
        if (before.length() >= 3 && !PREFIXES.contains(before)) {
          return true;
        }
      }
      if (w.length() >= 5 && token.startsWith(w) && token.length() >= w.length() + 3) {
        return true;
      }
    }
    return false;
  }

  private static String norm(String s) {
    if (s == null) {
      return "";
    }
    String t =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return t.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
