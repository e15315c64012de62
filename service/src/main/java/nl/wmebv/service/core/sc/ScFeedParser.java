package nl.wmebv.service.core.sc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.wmebv.crawler.parse.Bytes;
import nl.wmebv.service.core.sc.FeedRejectedException.Kind;
import org.jsoup.Jsoup;

/**
 * Streaming (StAX) reader of the SRU XML the overheid.nl search service returns for a Samenwerkende
 * Catalogi 4.0 query: one {@link ScRecord} per {@code overheidproduct:scproduct}. Elements are
 * matched by local name inside the product's {@code meta} block, so other prefixes for the same
 * vocabulary work, and the SRU envelope (facets, extra record data) is ignored. DTDs and external
 * entities are refused. Thread-safe.
 */
public final class ScFeedParser {
  static final String DCTERMS = "http://purl.org/dc/terms/";
  static final String OVERHEID = "http://standaarden.overheid.nl/owms/terms/";
  static final String PRODUCT = "http://standaarden.overheid.nl/product/terms/";

  private final XMLInputFactory factory;

  public ScFeedParser() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /**
   * Parses the whole file; throws {@link FeedRejectedException} with one clear message when it
   * cannot.
   */
  public ScFeed parse(byte[] xml) {
    sniff(xml);
    XMLStreamReader reader = null;
    String root = null;
    String rootNamespace = null;
    Integer numberOfRecords = null;
    List<String> diagnostics = new ArrayList<>();
    List<ScRecord> records = new ArrayList<>();
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      while (reader.hasNext()) {
        int event = reader.next();
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String local = reader.getLocalName();
        if (root == null) {
          root = local;
          rootNamespace = reader.getNamespaceURI();
        }
        if (local.equals("numberOfRecords") && numberOfRecords == null) {
          String n = text(reader);
          try {
            numberOfRecords = Integer.valueOf(n.trim());
          } catch (NumberFormatException e) {
            numberOfRecords = null;
          }
        } else if (local.equals("diagnostic")) {
          String message = diagnostic(reader);
          if (!message.isBlank()) {
            diagnostics.add(message);
          }
        } else if (local.equals("scproduct")) {
          records.add(product(reader, records.size() + 1));
        }
      }
    } catch (XMLStreamException e) {
      throw new FeedRejectedException(
          Kind.UNREADABLE,
          "The file is not well-formed XML (malformed or truncated)"
              + at(e.getLocation())
              + ": "
              + reason(e),
          e);
    } finally {
      close(reader);
    }
    if (records.isEmpty()) {
      if (!"searchRetrieveResponse".equals(root)) {
        throw new FeedRejectedException(
            Kind.NOT_ACCEPTABLE,
            "The XML is not a Samenwerkende Catalogi feed: its root"
                + " element is <"
                + root
                + ">"
                + (rootNamespace == null || rootNamespace.isEmpty()
                    ? ""
                    : " (" + rootNamespace + ")")
                + ", expected an SRU searchRetrieveResponse with"
                + " overheidproduct:scproduct records");
      }
      throw new FeedRejectedException(
          Kind.NOT_ACCEPTABLE,
          "The feed holds no product records"
              + (diagnostics.isEmpty()
                  ? ""
                  : "; the search service answered: " + String.join("; ", diagnostics)));
    }
    return new ScFeed(numberOfRecords, records);
  }

  /**
   * Checks that every record belongs to the municipality (overheid:authority, else dcterms:spatial
   * or dcterms:creator, compared without case, accents and a "gemeente" prefix or "(gemeente)"
   * suffix).
   */
  public static void requireMunicipality(ScFeed feed, String municipalityName) {
    String want = municipalityKey(municipalityName);
    Map<String, Integer> others = new LinkedHashMap<>();
    int missing = 0;
    int firstMissing = 0;
    for (ScRecord r : feed.records()) {
      if (r.authority() == null && r.authorityUri() == null) {
        if (missing++ == 0) {
          firstMissing = r.position();
        }
        continue;
      }
      boolean same =
          want.equals(municipalityKey(r.authority())) || want.equals(uriKey(r.authorityUri()));
      if (!same) {
        String name = r.authority() != null ? r.authority() : r.authorityUri();
        others.merge(name, 1, Integer::sum);
      }
    }
    if (!others.isEmpty()) {
      List<String> parts = new ArrayList<>();
      others.forEach(
          (name, n) ->
              parts.add("'" + name + "' (" + n + " of " + feed.records().size() + " records)"));
      throw new FeedRejectedException(
          Kind.NOT_ACCEPTABLE,
          "This feed belongs to another municipality: it names "
              + String.join(", ", parts)
              + " as its authority, not '"
              + municipalityName
              + "'");
    }
    if (missing > 0) {
      throw new FeedRejectedException(
          Kind.NOT_ACCEPTABLE,
          missing
              + " record(s) of the feed name no municipality"
              + " (overheid:authority), the first is record "
              + firstMissing
              + ", so the feed cannot be checked to"
              + " belong to '"
              + municipalityName
              + "'");
    }
  }

  /** "Gemeente Súdwest-Fryslân" → "sudwest fryslan"; "Kampen (gemeente)" → "kampen". */
  static String municipalityKey(String name) {
    if (name == null) {
      return "";
    }
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    s = s.replace("(gemeente)", " ").replaceAll("[^a-z0-9]+", " ").trim();
    if (s.startsWith("gemeente ")) {
      s = s.substring("gemeente ".length());
    }
    return s.trim();
  }

  private static String uriKey(String uri) {
    if (uri == null) {
      return "";
    }
    String last = uri.substring(uri.lastIndexOf('/') + 1).replace('_', ' ');
    return municipalityKey(last);
  }

  private ScRecord product(XMLStreamReader reader, int position) throws XMLStreamException {
    String pageUrl = null;
    String title = null;
    Set<String> audiences = new LinkedHashSet<>();
    Set<String> subjects = new LinkedHashSet<>();
    String abstractText = null;
    String online = null;
    String aanvraagUrl = null;
    List<ScRecord.UniformName> uniformNames = new ArrayList<>();
    String authority = null;
    String authorityUri = null;
    String spatial = null;
    String spatialUri = null;
    String creator = null;
    String productId = null;
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = reader.getLocalName();
      String ns = reader.getNamespaceURI();
      if (local.equals("body")) {
        skip(reader); // the product's HTML text: not imported
        continue;
      }
      boolean dc = DCTERMS.equals(ns);
      if (dc && local.equals("identifier") && pageUrl == null) {
        pageUrl = blankToNull(text(reader));
      } else if (dc && local.equals("title") && title == null) {
        title = blankToNull(text(reader));
      } else if (dc && local.equals("audience")) {
        addIfPresent(audiences, text(reader).toLowerCase(Locale.ROOT));
      } else if (dc && local.equals("subject")) {
        addIfPresent(subjects, text(reader));
      } else if (dc && local.equals("abstract") && abstractText == null) {
        abstractText = blankToNull(plain(reader));
      } else if (dc && local.equals("spatial") && spatial == null) {
        spatialUri = reader.getAttributeValue(null, "resourceIdentifier");
        spatial = blankToNull(text(reader));
      } else if (dc && local.equals("creator") && creator == null) {
        creator = blankToNull(text(reader));
      } else if (local.equals("authority") && OVERHEID.equals(ns) && authority == null) {
        authorityUri = reader.getAttributeValue(null, "resourceIdentifier");
        authority = blankToNull(text(reader));
      } else if (local.equals("onlineAanvragen")) {
        String v = blankToNull(text(reader));
        online = v == null ? null : v.toLowerCase(Locale.ROOT);
      } else if (local.equals("aanvraagURL")) {
        String attr = reader.getAttributeValue(null, "resourceIdentifier");
        String body = text(reader);
        aanvraagUrl = blankToNull(attr != null && !attr.isBlank() ? attr : body);
      } else if (local.equals("uniformeProductnaam")) {
        String uri = blankToNull(reader.getAttributeValue(null, "resourceIdentifier"));
        String name = blankToNull(text(reader));
        if (name != null || uri != null) {
          uniformNames.add(new ScRecord.UniformName(name, uri));
        }
      } else if (local.equals("productID")) {
        productId = blankToNull(text(reader));
      } else {
        depth++;
      }
    }
    if (authority == null && authorityUri == null) {
      authority = spatial != null ? spatial : creator;
      authorityUri = spatial != null ? spatialUri : null;
    }
    return new ScRecord(
        position,
        pageUrl,
        title,
        List.copyOf(audiences),
        List.copyOf(subjects),
        abstractText,
        online,
        aanvraagUrl,
        uniformNames,
        authority,
        blankToNull(authorityUri),
        productId);
  }

  /** The text of the current element and its descendants; leaves the reader on its end tag. */
  private static String text(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS,
            XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE ->
            out.append(reader.getText());
        default -> {}
      }
    }
    return out.toString().strip().replaceAll("\\s+", " ");
  }

  /**
   * The element's content as plain text: the feed's abstract is an HTML fragment (in CDATA or as
   * markup).
   */
  private static String plain(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          out.append(' ');
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          out.append(' ');
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            out.append(reader.getText());
        default -> {}
      }
    }
    String s = out.toString();
    return s.indexOf('<') >= 0 || s.indexOf('&') >= 0
        ? Jsoup.parseBodyFragment(s).text().strip()
        : s.strip().replaceAll("\\s+", " ");
  }

  private static String diagnostic(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (reader.getLocalName().equals("message") || reader.getLocalName().equals("details")) {
          String t = text(reader);
          if (!t.isBlank()) {
            out.append(out.length() == 0 ? "" : " ").append(t);
          }
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return out.toString();
  }

  private static void skip(XMLStreamReader reader) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /**
   * Recognises what the bytes are before the XML parser sees them, for a message a person
   * understands.
   */
  static void sniff(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      i = 3; // UTF-8 byte order mark
    }
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
      i++;
    }
    if (i >= bytes.length) {
      throw new FeedRejectedException(
          Kind.UNREADABLE,
          "The file is empty; expected the SRU XML of a Samenwerkende" + " Catalogi feed");
    }
    String kind = binaryKind(bytes);
    if (kind != null) {
      throw new FeedRejectedException(
          Kind.UNREADABLE,
          "The file is not XML but "
              + kind
              + "; expected the SRU XML"
              + " of a Samenwerkende Catalogi feed");
    }
    boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF);
    if (bytes[i] != '<' && !utf16) {
      String start =
          new String(bytes, i, Math.min(40, bytes.length - i), StandardCharsets.UTF_8)
              .replaceAll("[\\r\\n\\t]+", " ")
              .replaceAll("[^\\p{Print}]", "?");
      String looks =
          bytes[i] == '{' || bytes[i] == '['
              ? "JSON"
              : start.contains(",") || start.contains(";") ? "CSV or other text" : "text";
      throw new FeedRejectedException(
          Kind.UNREADABLE,
          "The file is not XML (it looks like "
              + looks
              + " and starts with \""
              + start
              + "\"); expected the SRU XML of a Samenwerkende Catalogi feed");
    }
  }

  private static String binaryKind(byte[] b) {
    if (Bytes.startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (Bytes.startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (Bytes.startsWith(b, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (Bytes.startsWith(b, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    if (Bytes.startsWith(b, 'P', 'K', 3, 4)) {
      return "a ZIP archive (or an Excel/Word file)";
    }
    if (Bytes.startsWith(b, 0x1F, 0x8B)) {
      return "a gzip-compressed file (unpack it first)";
    }
    return null;
  }

  private static String at(Location location) {
    return location == null || location.getLineNumber() < 0
        ? ""
        : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  /** The parser's own reason without its "ParseError at [row,col]:" prefix. */
  private static String reason(XMLStreamException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int idx = m.indexOf("Message:");
    return (idx >= 0 ? m.substring(idx + "Message:".length()) : m).strip();
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // nothing to release beyond the in-memory stream
      }
    }
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (value != null && !value.isBlank()) {
      set.add(value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
