package nl.wmebv.crawler.detect.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Dutch syllable counting: one syllable per vowel group (so aa ee oo uu ie oe eu ui ei ij ou au
 * count once), "ij" is a vowel, and a diaeresis (ë ï ö ü) starts a new syllable: "geëmigreerd" =
 * ge-ë-mi-greerd. Known limit: vowels meeting across a morpheme boundary without a diaeresis count
 * once ("beoordeling" gives 3, not 4), which makes long compound texts look slightly easier.
 */
public final class DutchSyllables {
  private DutchSyllables() {}

  /** Syllables in one word; at least 1 for a word with letters, 0 without. */
  public static int count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int groups = 0;
    boolean inVowels = false;
    boolean letters = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c)) {
        inVowels = false;
        continue;
      }
      letters = true;
      // only a letter outside ASCII can carry a diaeresis (decomposing every letter cost a tenth of
      // the analysis)
      String decomposed =
          c < 128 ? null : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = decomposed == null ? c : decomposed.charAt(0);
      boolean diaeresis = decomposed != null && decomposed.indexOf('\u0308') > 0;
      boolean vowel =
          "aeiouy".indexOf(base) >= 0 || (base == 'j' && i > 0 && w.charAt(i - 1) == 'i');
      if (vowel && (!inVowels || diaeresis)) {
        groups++;
      }
      inVowels = vowel;
    }
    return letters ? Math.max(1, groups) : 0;
  }
}
