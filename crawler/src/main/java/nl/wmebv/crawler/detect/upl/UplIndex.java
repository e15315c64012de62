package nl.wmebv.crawler.detect.upl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.crawler.detect.page.Text;

/**
 * The UPL loaded from its CSV export, with name matching of page titles; immutable and thread-safe.
 */
public final class UplIndex {
  /** Words that say what to do with a product, not which product it is. */
  private static final Set<String> VERBS =
      Set.of(
          "aanvragen",
          "aanvraag",
          "melden",
          "melding",
          "doorgeven",
          "regelen",
          "verlengen",
          "vernieuwen",
          "wijzigen",
          "ophalen",
          "afhalen",
          "krijgen",
          "aanschaffen",
          "indienen",
          "online",
          "direct",
          "digitaal",
          "een",
          "de",
          "het",
          "uw",
          "je",
          "voor",
          "van",
          "en",
          "of",
          "bij",
          "in",
          "op",
          "met",
          "aan",
          "doen",
          "maken",
          "geven",
          "gemeente",
          "gemeentelijke");

  /**
   * Words that end the head of a Dutch title: "Klacht | over handelen gemeente", "Bezwaar | en
   * beroep".
   */
  private static final Set<String> HEAD_ENDS =
      Set.of(
          "over", "bij", "voor", "van", "en", "of", "met", "in", "op", "aan", "naar", "door",
          "tegen", "na", "om", "tijdens", "zonder", "als", "via");

  /** The confidence of a title whose head is a uniform name: a near match, not an exact one. */
  private static final double HEAD_CONFIDENCE = 0.8;

  private final List<UplEntry> entries;
  private final Map<String, UplEntry> byName;
  private final Map<String, List<UplEntry>> byToken;

  private UplIndex(List<UplEntry> entries) {
    this.entries = List.copyOf(entries);
    this.byName = new HashMap<>();
    this.byToken = new HashMap<>();
    for (UplEntry e : entries) {
      byName.putIfAbsent(key(e.name()), e);
      for (String t : tokens(e.name())) {
        byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
      }
    }
  }

  /**
   * Loads the CSV (delimiter ',' or ';' taken from the header; quoted fields allowed; flags X or
   * empty).
   */
  public static UplIndex load(Path csv) throws IOException {
    try (InputStream in = Files.newInputStream(csv)) {
      return load(in);
    }
  }

  /** Loads the CSV from a stream (UTF-8, optional BOM); the stream is not closed. */
  public static UplIndex load(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int eol = text.indexOf('\n');
    String header = eol < 0 ? text : text.substring(0, eol);
    char delimiter =
        header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    List<List<String>> rows = Csv.parse(text, delimiter);
    if (rows.isEmpty()) {
      throw new IOException("UPL CSV is empty");
    }
    List<String> columns = rows.get(0);
    int nameCol = columns.indexOf("UniformeProductnaam");
    int uriCol = columns.indexOf("URI");
    if (nameCol < 0 || uriCol < 0) {
      throw new IOException("UPL CSV lacks UniformeProductnaam/URI columns: " + columns);
    }
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> flags = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= Math.max(nameCol, uriCol) || row.get(uriCol).isBlank()) {
        continue;
      }
      String uri = row.get(uriCol).trim();
      names.putIfAbsent(uri, row.get(nameCol).trim());
      Set<String> f = flags.computeIfAbsent(uri, k -> new HashSet<>());
      for (int i = 0; i < row.size() && i < columns.size(); i++) {
        if (row.get(i).trim().equalsIgnoreCase("X")) {
          f.add(columns.get(i));
        }
      }
    }
    List<UplEntry> list = new ArrayList<>();
    names.forEach(
        (uri, name) -> {
          if (!name.startsWith("UPL-naam nog niet")) {
            list.add(new UplEntry(name, uri, flags.get(uri)));
          }
        });
    return new UplIndex(list);
  }

  public List<UplEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /** The entry with exactly this uniform name (case and accents ignored), or by URI. */
  public Optional<UplEntry> byNameOrUri(String nameOrUri) {
    if (nameOrUri == null) {
      return Optional.empty();
    }
    UplEntry e = byName.get(key(nameOrUri));
    if (e != null) {
      return Optional.of(e);
    }
    String s = nameOrUri.trim();
    return entries.stream().filter(x -> x.uri().equalsIgnoreCase(s)).findFirst();
  }

  /**
   * Matches a page title or h1 to the best uniform name: all the name's words must occur in the
   * title (after dropping verbs like "aanvragen"); confidence is the share of the title's remaining
   * words the name covers, so "Paspoort aanvragen" → paspoort (1.0), "Paspoort of ID-kaart
   * aanvragen" → 0.5.
   */
  public Optional<UplMatch> match(String title) {
    List<String> words = tokens(title);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    UplEntry exact = byName.get(String.join(" ", words));
    if (exact != null) {
      return Optional.of(new UplMatch(exact, 1.0));
    }
    Set<String> have = new HashSet<>(words);
    UplMatch best = better(compound(words), head(title));
    Set<UplEntry> seen = new HashSet<>();
    for (String w : have) {
      for (UplEntry e : byToken.getOrDefault(w, List.of())) {
        if (!seen.add(e)) {
          continue;
        }
        List<String> need = tokens(e.name());
        if (need.isEmpty() || !have.containsAll(need)) {
          continue;
        }
        double conf = (double) new HashSet<>(need).size() / have.size();
        if (e.has("Gemeente")) {
          conf += 0.01; // a tie goes to the product municipalities offer
        }
        if (best == null || conf > best.confidence()) {
          best = new UplMatch(e, Math.min(1.0, conf));
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A title whose head, the words before its first preposition or conjunction, is a uniform name (a
   * plural "Subsidies" read as "subsidie"): "Klacht over handelen gemeente" names the UPL's
   * "klacht".
   */
  private UplMatch head(String title) {
    List<String> head = new ArrayList<>();
    for (String w : Text.norm(title).replace('-', ' ').replace('.', ' ').split(" ")) {
      if (HEAD_ENDS.contains(w)) {
        break;
      }
      if (!w.isBlank() && !VERBS.contains(w)) {
        head.add(w);
      }
    }
    if (head.isEmpty()) {
      return null;
    }
    UplEntry e = byName.get(String.join(" ", head));
    if (e == null) {
      head.set(head.size() - 1, stem(head.get(head.size() - 1)));
      e = byName.get(String.join(" ", head));
    }
    return e == null ? null : new UplMatch(e, HEAD_CONFIDENCE);
  }

  private static UplMatch better(UplMatch a, UplMatch b) {
    return a == null || b != null && b.confidence() > a.confidence() ? b : a;
  }

  /**
   * Dutch compounds: "Kwijtschelding belastingen" names the UPL's "belastingkwijtschelding"; two
   * title words (plural -en/-s dropped, optional linking s) joined in either order may form a
   * one-word name.
   */
  private UplMatch compound(List<String> words) {
    UplMatch best = null;
    for (String a : words) {
      for (String b : words) {
        if (a.equals(b)) {
          continue;
        }
        for (String joined : List.of(stem(a) + b, stem(a) + "s" + b, stem(a) + stem(b))) {
          UplEntry e = byName.get(joined);
          if (e != null) {
            double conf = 2.0 / new HashSet<>(words).size();
            if (best == null || conf > best.confidence()) {
              best = new UplMatch(e, Math.min(1.0, conf));
            }
          }
        }
      }
    }
    return best;
  }

  private static String stem(String w) {
    if (w.endsWith("en") && w.length() > 5) {
      return w.substring(0, w.length() - 2);
    }
    return w.endsWith("s") && w.length() > 5 ? w.substring(0, w.length() - 1) : w;
  }

  private static String key(String name) {
    return String.join(" ", tokens(name));
  }

  private static List<String> tokens(String s) {
    String n = Text.norm(s).replace('-', ' ').replace('.', ' ');
    List<String> out = new ArrayList<>();
    for (String w : Arrays.asList(n.split(" "))) {
      if (!w.isBlank() && !VERBS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
