package nl.wmebv.service.vocabulary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Code lists and label maps derived from the vocabulary enums, in declaration (form) order. */
public final class Vocabularies {
  private Vocabularies() {}

  /** The codes of a vocabulary, in declaration order. */
  public static <T extends Enum<T> & Term> List<String> codes(Class<T> vocabulary) {
    return Arrays.stream(vocabulary.getEnumConstants()).map(Term::code).toList();
  }

  /** Code to Dutch label, in declaration order. */
  public static <T extends Enum<T> & Term> Map<String, String> labels(Class<T> vocabulary) {
    Map<String, String> map = new LinkedHashMap<>();
    for (T term : vocabulary.getEnumConstants()) {
      map.put(term.code(), term.label());
    }
    return map;
  }

  /**
   * The Dutch label of {@code code} in a vocabulary; null stays null, and a code the vocabulary
   * does not know is returned as it is (shown rather than lost).
   */
  public static <T extends Enum<T> & Term> String label(Class<T> vocabulary, String code) {
    if (code == null) {
      return null;
    }
    for (T term : vocabulary.getEnumConstants()) {
      if (term.code().equals(code)) {
        return term.label();
      }
    }
    return code;
  }
}
