package nl.wmebv.service.vocabulary;

/** The Dutch nouns the web view counts, with singular and plural: "1 product", "3 producten". */
public enum Noun {
  PRODUCT("product", "producten"),
  ACTION("actie", "acties"),
  DECISION("besluit", "besluiten"),
  PAGE("pagina", "pagina's"),
  ERROR("fout", "fouten"),
  DISCREPANCY("afwijking", "afwijkingen"),
  WORD("woord", "woorden"),
  SENTENCE("zin", "zinnen"),
  ROW("regel", "regels");

  private final String singular;
  private final String plural;

  Noun(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  /** The noun for {@code n} things alone: singular for exactly one (and minus one), else plural. */
  public String form(long n) {
    return Math.abs(n) == 1 ? singular : plural;
  }

  /** The count and the noun: "1 product", "0 producten", "12 producten". */
  public String count(long n) {
    return n + " " + form(n);
  }
}
