package nl.wmebv.service.core.sc;

import java.util.List;

/**
 * One product record of a Samenwerkende Catalogi 4.0 feed, as declared by the municipality.
 *
 * @param position 1-based position of the record in the file (for messages)
 * @param pageUrl the page URL (dcterms:identifier) as written in the feed
 * @param title dcterms:title
 * @param audiences dcterms:audience values (particulier, ondernemer, ...), in feed order, unique
 * @param subjects dcterms:subject values, unique
 * @param abstractText dcterms:abstract as plain text (the feed carries an HTML fragment)
 * @param onlineAanvragen overheidproduct:onlineAanvragen (ja, nee, digid), lower case, or null
 * @param aanvraagUrl overheidproduct:aanvraagURL (its resourceIdentifier or text), or null
 * @param uniformNames the uniform product names with their UPL URIs, in feed order
 * @param authority overheid:authority (or dcterms:spatial, dcterms:creator when absent): the
 *     municipality
 * @param authorityUri the authority's resourceIdentifier, or null
 * @param productId overheidproduct:productID, or null
 */
public record ScRecord(
    int position,
    String pageUrl,
    String title,
    List<String> audiences,
    List<String> subjects,
    String abstractText,
    String onlineAanvragen,
    String aanvraagUrl,
    List<UniformName> uniformNames,
    String authority,
    String authorityUri,
    String productId) {

  public ScRecord {
    audiences = List.copyOf(audiences);
    subjects = List.copyOf(subjects);
    uniformNames = List.copyOf(uniformNames);
  }

  /** A uniform product name (UPL) and its URI. */
  public record UniformName(String name, String uri) {}

  /** The first uniform name, or null. */
  public UniformName firstUniformName() {
    return uniformNames.isEmpty() ? null : uniformNames.get(0);
  }

  /**
   * The audience the way products store it: "particulier", "ondernemer" or
   * "particulier,ondernemer".
   */
  public String audience() {
    return audiences.isEmpty() ? null : String.join(",", audiences);
  }
}
