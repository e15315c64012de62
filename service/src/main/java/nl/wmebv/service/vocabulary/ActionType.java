package nl.wmebv.service.vocabulary;

/** What has to be done for a product. */
public enum ActionType implements Term {
  NONE("NONE", "Geen actie nodig"),
  CREATE_EFORM("CREATE_EFORM", "E-formulier maken"),
  ADD_DIGID("ADD_DIGID", "DigiD toevoegen"),
  ADD_EHERKENNING("ADD_EHERKENNING", "eHerkenning toevoegen"),
  REPLACE_PDF_FORM("REPLACE_PDF_FORM", "Pdf-formulier vervangen"),
  REPAIR_LINK("REPAIR_LINK", "Kapotte link herstellen"),
  DESIGNATE_EMAIL("DESIGNATE_EMAIL", "E-mailadres aanwijzen"),
  REWRITE_TEXT("REWRITE_TEXT", "Webtekst herschrijven"),
  REMOVE_OR_MERGE_PAGE("REMOVE_OR_MERGE_PAGE", "Pagina verwijderen of samenvoegen"),
  OTHER("OTHER", "Anders");

  private final String code;
  private final String label;

  ActionType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
