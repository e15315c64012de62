package nl.wmebv.crawler.detect.channel;

/**
 * What a channel's target turned out to be when it was visited, with the Dutch words the consultant
 * reads on the product page. {@link #channel} says whether a formal message can be sent there.
 */
public enum TargetKind {
  LOGIN_DIGID(true, "Inlogpagina van DigiD"),
  LOGIN_EHERKENNING(true, "Inlogpagina van eHerkenning"),
  LOGIN_EIDAS(true, "Inlogpagina met eIDAS (Europese inlog)"),
  WEB_FORM(true, "Webformulier"),
  APPOINTMENT(false, "Afsprakensysteem"),
  DOCUMENT(false, "Document (PDF of Word) om te downloaden"),
  CALCULATOR(false, "Rekenhulp of sneltoets, geen formulier"),
  INFO_PAGE(false, "Informatiepagina zonder formulier of inlog"),
  BROKEN(false, "Werkt niet");

  private final boolean channel;
  private final String label;

  TargetKind(boolean channel, String label) {
    this.channel = channel;
    this.label = label;
  }

  /** True when a formal message can be sent there (a login gate in front of a form, or a form). */
  public boolean channel() {
    return channel;
  }

  /** The Dutch name shown to the consultant. */
  public String label() {
    return label;
  }
}
