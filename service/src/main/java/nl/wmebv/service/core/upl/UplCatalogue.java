package nl.wmebv.service.core.upl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.wmebv.crawler.detect.upl.UplEntry;
import nl.wmebv.crawler.detect.upl.UplIndex;
import nl.wmebv.crawler.detect.upl.UplMatch;
import nl.wmebv.service.api.NameProposal;
import nl.wmebv.service.api.ScopeProposal;
import nl.wmebv.service.api.UplFlags;

/**
 * The Uniforme Productnamenlijst loaded from its CSV export: flags per URI, a WMEBV scope proposal
 * and name matching of titles (the crawler's {@link UplIndex}). Immutable and thread-safe.
 */
public final class UplCatalogue {
  /** The columns this service reads; a newer export may add others. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of(
          "UniformeProductnaam",
          "URI",
          "Gemeente",
          "Burger",
          "Bedrijf",
          "Dienstenwet",
          "Aanvraag",
          "Subsidie",
          "Melding",
          "Verplichting");

  private final UplIndex index;
  private final Map<String, UplEntry> byUri;
  private final String source;

  private UplCatalogue(UplIndex index, String source) {
    this.index = index;
    this.source = source;
    this.byUri = new HashMap<>();
    for (UplEntry e : index.entries()) {
      byUri.putIfAbsent(uriKey(e.uri()), e);
    }
  }

  /** The crawler's index of the same list, for the page analysis (product names, message types). */
  public UplIndex index() {
    return index;
  }

  /**
   * Validates and loads a UPL CSV export (UTF-8, ',' or ';' separated).
   *
   * @param source where it came from, for messages and the API (e.g. "bundled UPL-actueel.csv")
   * @throws UplFileException when it is empty, not UTF-8 text, lacks a column or holds no products
   */
  public static UplCatalogue load(byte[] csv, String source) {
    if (csv.length == 0 || new String(csv, StandardCharsets.ISO_8859_1).isBlank()) {
      throw new UplFileException(
          "The UPL file is empty; expected the UPL CSV export with the columns "
              + String.join(", ", REQUIRED_COLUMNS));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(csv))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UplFileException(
          "The UPL file is not UTF-8 text (is it a spreadsheet or an image?); expected the"
              + " UPL CSV export with the columns "
              + String.join(", ", REQUIRED_COLUMNS));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int eol = text.indexOf('\n');
    String header = (eol < 0 ? text : text.substring(0, eol)).replace("\r", "");
    char delimiter =
        header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    List<String> columns = new ArrayList<>();
    for (String c : header.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
      columns.add(c.strip().replaceAll("^\"|\"$", ""));
    }
    List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
    if (!missing.isEmpty()) {
      String found = String.join(", ", columns);
      if (found.length() > 200) {
        found = found.substring(0, 200) + "...";
      }
      throw new UplFileException(
          "The UPL file lacks the column"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing)
              + " (its header has: "
              + found
              + "); expected the UPL CSV export with the"
              + " columns "
              + String.join(", ", REQUIRED_COLUMNS));
    }
    UplIndex index;
    try {
      index = UplIndex.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      throw new UplFileException("The UPL file cannot be read: " + e.getMessage(), e);
    }
    if (index.size() == 0) {
      throw new UplFileException("The UPL file has the right columns but no products");
    }
    return new UplCatalogue(index, source);
  }

  public String source() {
    return source;
  }

  /** Distinct URIs (the placeholder "UPL-naam nog niet beschikbaar" left out). */
  public int size() {
    return index.size();
  }

  public List<UplEntry> entries() {
    return index.entries();
  }

  /** The products the UPL says municipalities offer (Gemeente = X). */
  public List<UplEntry> gemeenteEntries() {
    return index.entries().stream().filter(e -> e.has("Gemeente")).toList();
  }

  /** The entry for a URI (http/https, case and a trailing slash ignored). */
  public Optional<UplEntry> byUri(String uri) {
    return uri == null ? Optional.empty() : Optional.ofNullable(byUri.get(uriKey(uri)));
  }

  /** The entry for a uniform name or URI. */
  public Optional<UplEntry> byNameOrUri(String nameOrUri) {
    Optional<UplEntry> e = byUri(nameOrUri);
    return e.isPresent() ? e : index.byNameOrUri(nameOrUri);
  }

  /** The flags of the URI's entry, as the API shows them. */
  public Optional<UplFlags> flags(String uri) {
    return byUri(uri).map(UplCatalogue::flagsOf);
  }

  /** The UPL entry's flags as the API shows them. */
  public static UplFlags flagsOf(UplEntry e) {
    return new UplFlags(
        e.name(),
        e.uri(),
        e.has("Aanvraag"),
        e.has("Melding"),
        e.has("Verplichting"),
        e.has("Subsidie"),
        e.has("Burger"),
        e.has("Bedrijf"),
        e.has("Dienstenwet"),
        e.has("Gemeente"));
  }

  /**
   * The scope proposal for a product with these uniform products: in scope when any is an Aanvraag,
   * Melding, Verplichting or Subsidie. Aanvraag and Subsidie lead to a besluit, so aanvraag and
   * bezwaar; Melding and Verplichting (a legally required message) to melding.
   */
  public static ScopeProposal propose(Collection<UplEntry> entries) {
    if (entries.isEmpty()) {
      return new ScopeProposal(
          null, List.of(), "The UPL does not know this product's uniform name");
    }
    TreeSet<String> types = new TreeSet<>();
    List<String> why = new ArrayList<>();
    for (UplEntry e : entries) {
      boolean aanvraag = e.has("Aanvraag");
      boolean subsidie = e.has("Subsidie");
      boolean melding = e.has("Melding");
      boolean verplichting = e.has("Verplichting");
      List<String> set = new ArrayList<>();
      if (aanvraag) {
        set.add("Aanvraag");
      }
      if (subsidie) {
        set.add("Subsidie");
      }
      if (melding) {
        set.add("Melding");
      }
      if (verplichting) {
        set.add("Verplichting");
      }
      if (aanvraag || subsidie) {
        types.add("aanvraag");
        types.add("bezwaar");
      }
      if (melding || verplichting) {
        types.add("melding");
      }
      why.add(
          "'"
              + e.name()
              + "': "
              + (set.isEmpty()
                  ? "no Aanvraag/Melding/Verplichting/Subsidie flag"
                  : String.join(", ", set)));
    }
    boolean in = !types.isEmpty();
    return new ScopeProposal(
        in,
        List.copyOf(types),
        (in
                ? "A formal message is involved (UPL flags "
                : "No formal message according to the UPL (")
            + String.join("; ", why)
            + ")");
  }

  /** Matches a title to a uniform name, with a confidence; empty when nothing fits. */
  public Optional<NameProposal> match(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    Optional<UplMatch> m = index.match(title);
    return m.map(
        x ->
            new NameProposal(
                x.entry().name(),
                x.entry().uri(),
                Math.round(x.confidence() * 100) / 100.0,
                title));
  }

  /** The URI as a comparison key: http and https alike, case and a trailing slash ignored. */
  public static String uriKey(String uri) {
    String s = uri.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("https://")) {
      s = "http://" + s.substring("https://".length());
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The entries of several URIs, unknown URIs left out, duplicates merged. */
  public List<UplEntry> entriesOf(Collection<String> uris) {
    Map<String, UplEntry> out = new LinkedHashMap<>();
    for (String uri : uris) {
      byUri(uri).ifPresent(e -> out.putIfAbsent(uriKey(e.uri()), e));
    }
    return List.copyOf(out.values());
  }
}
