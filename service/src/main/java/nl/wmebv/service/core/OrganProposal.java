package nl.wmebv.service.core;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.wmebv.service.vocabulary.Organ;

/**
 * Proposes the bestuursorgaan a product's messages go to, from its (uniform) name: the burgemeester
 * for the mayor's own powers (evenementen under the APV, Alcoholwet and horeca exploitation,
 * sluitingstijden, demonstraties, reisdocumenten and rijbewijs, as the real decisions in
 * DECISION.md do), the raad for messages to the raad itself (petitions, burgerinitiatief), else the
 * college. Only a proposal: a person decides.
 */
public final class OrganProposal {
  private static final Pattern BURGEMEESTER =
      Pattern.compile(
          String.join(
              "|",
              List.of(
                  "evenement",
                  "alcohol",
                  "drank- en horeca",
                  "exploitatievergunning",
                  "horeca.*exploitatie",
                  "exploitatie.*horeca",
                  "sluitingstijd",
                  "demonstratie",
                  "betoging",
                  "manifestatie",
                  "paspoort",
                  "identiteitskaart",
                  "id-kaart",
                  "reisdocument",
                  "rijbewijs")));
  private static final Pattern RAAD =
      Pattern.compile(
          "petitie|burgerinitiatief|gemeenteraad|\\braad\\b|raadslid|raadsleden|griffie|inspreken|inspraak bij de raad");

  private OrganProposal() {}

  /** The proposed organ for a product with these names (any may be null). */
  public static Organ propose(String... names) {
    StringBuilder all = new StringBuilder();
    for (String n : names) {
      if (n != null) {
        all.append(n.toLowerCase(Locale.ROOT)).append(' ');
      }
    }
    String text = all.toString();
    if (BURGEMEESTER.matcher(text).find()) {
      return Organ.BURGEMEESTER;
    }
    return RAAD.matcher(text).find() ? Organ.RAAD : Organ.COLLEGE;
  }
}
