package nl.wmebv.service.core.sc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.wmebv.crawler.filter.UrlNormalizer;
import nl.wmebv.service.core.UnknownMunicipalityException;
import nl.wmebv.service.core.cluster.ClusterAssigner;
import nl.wmebv.service.core.crawl.LinkPolicy;
import nl.wmebv.service.core.sc.FeedRejectedException.Kind;
import nl.wmebv.service.db.ClusterRuleDao;
import nl.wmebv.service.db.FeedAudit;
import nl.wmebv.service.db.FeedItem;
import nl.wmebv.service.db.FeedProductRow;
import nl.wmebv.service.db.MunicipalityDao;
import nl.wmebv.service.db.MunicipalityRow;
import nl.wmebv.service.db.ScFeedDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports a parsed SC feed into a municipality's inventory in one transaction: one product per page
 * URL (normalized as the crawler does). New pages are inserted, flagged new and for review;
 * existing feed products get only their feed fields (and a missing uniform name or UPL URI)
 * refreshed; a product a crawl already found for the same page is linked instead of duplicated.
 * What a person decided (scope, message types, cluster, overrides, notes) is never touched. A
 * re-import of the same feed changes nothing.
 */
public class ScFeedImporter {
  /** Audit actor of imports. */
  public static final String ACTOR = "import";

  /** Review reason of a product the feed introduced. */
  public static final String NEW_REASON = "Nieuw uit SC-feed";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Jdbi jdbi;
  private final ScFeedParser parser = new ScFeedParser();
  private final UrlNormalizer normalizer = new UrlNormalizer();

  public ScFeedImporter(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Parses, checks and imports. Throws {@link FeedRejectedException} (nothing changed) for bad
   * input and {@link UnknownMunicipalityException} for an unknown municipality.
   */
  public ImportReport importFeed(long municipalityId, byte[] xml) {
    MunicipalityRow municipality =
        jdbi.withHandle(h -> h.attach(MunicipalityDao.class).find(municipalityId))
            .orElseThrow(() -> new UnknownMunicipalityException(municipalityId));
    ScFeed feed = parser.parse(xml);
    ScFeedParser.requireMunicipality(feed, municipality.name());
    return importFeed(municipality.id(), feed);
  }

  /** Imports a feed already parsed and checked to belong to the municipality. */
  public ImportReport importFeed(long municipalityId, ScFeed feed) {
    long start = System.nanoTime();
    List<String> warnings = new ArrayList<>();
    List<FeedItem> items = prepare(feed, warnings);
    int skipped = feed.records().size() - items.size();
    if (items.isEmpty()) {
      throw new FeedRejectedException(
          Kind.NOT_ACCEPTABLE,
          "None of the feed's "
              + feed.records().size()
              + " records has a usable http(s) page URL (dcterms:identifier); nothing was imported");
    }
    if (feed.numberOfRecords() != null && feed.numberOfRecords() > feed.records().size()) {
      warnings.add(
          "The file holds "
              + feed.records().size()
              + " of the "
              + feed.numberOfRecords()
              + " records the search matched: it is one page of the result; import the other pages too");
    }
    int[] counts = jdbi.inTransaction(h -> apply(h, municipalityId, items));
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new ImportReport(
        municipalityId,
        feed.records().size(),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        skipped,
        counts[4],
        feed.numberOfRecords(),
        warnings,
        millis);
  }

  private List<FeedItem> prepare(ScFeed feed, List<String> warnings) {
    Map<String, FeedItem> byUrl = new LinkedHashMap<>();
    for (ScRecord r : feed.records()) {
      if (r.pageUrl() == null) {
        warnings.add(
            "Record "
                + r.position()
                + (r.title() == null ? "" : " (" + r.title() + ")")
                + " has no page URL (dcterms:identifier) and was skipped");
        continue;
      }
      String url = normalizer.normalize(r.pageUrl());
      if (url == null) {
        warnings.add(
            "Record "
                + r.position()
                + " has no valid http(s) page URL ('"
                + r.pageUrl()
                + "') and was skipped");
        continue;
      }
      if (byUrl.containsKey(url)) {
        warnings.add(
            "Record "
                + r.position()
                + " repeats the page URL "
                + url
                + " of an earlier record and was"
                + " skipped");
        continue;
      }
      String tooLong = tooLong(r);
      if (tooLong != null) {
        warnings.add("Record " + r.position() + " has a " + tooLong + " and was skipped");
        continue;
      }
      String aanvraagUrl = absoluteAanvraagUrl(url, r.aanvraagUrl());
      if (aanvraagUrl != null && !LinkPolicy.linkable(aanvraagUrl)) {
        warnings.add(
            "Record "
                + r.position()
                + " has an aanvraagURL that is no http(s), mailto or tel address; it"
                + " is kept as text and never shown as a link");
      }
      ScRecord.UniformName first = r.firstUniformName();
      String[] uris =
          r.uniformNames().stream()
              .map(ScRecord.UniformName::uri)
              .filter(Objects::nonNull)
              .distinct()
              .toArray(String[]::new);
      String name =
          r.title() != null
              ? r.title()
              : first != null && first.name() != null ? first.name() : url;
      byUrl.put(
          url,
          new FeedItem(
              url,
              name,
              first == null ? null : first.name(),
              first == null ? null : first.uri(),
              uris,
              r.audience(),
              r.title(),
              r.abstractText(),
              r.subjects().toArray(String[]::new),
              r.onlineAanvragen(),
              aanvraagUrl));
    }
    return new ArrayList<>(byUrl.values());
  }

  /** Longest title, and longest abstract, a record may have: far beyond any real product page's. */
  static final int MAX_TITLE = 500;

  static final int MAX_ABSTRACT = 20_000;
  static final int MAX_URL = 2_000;

  /** What is too long in the record ("title of 5242880 characters (at most 500)"), or null. */
  private static String tooLong(ScRecord r) {
    if (r.title() != null && r.title().length() > MAX_TITLE) {
      return "title of " + r.title().length() + " characters (at most " + MAX_TITLE + ")";
    }
    if (r.abstractText() != null && r.abstractText().length() > MAX_ABSTRACT) {
      return "abstract of "
          + r.abstractText().length()
          + " characters (at most "
          + MAX_ABSTRACT
          + ")";
    }
    if (r.aanvraagUrl() != null && r.aanvraagUrl().length() > MAX_URL) {
      return "aanvraagURL of " + r.aanvraagUrl().length() + " characters (at most " + MAX_URL + ")";
    }
    return null;
  }

  /**
   * The aanvraagURL as an absolute address: some feeds give a path on the municipality's own site
   * ({@code /meldingdoorgeven}), which is resolved against the product's page URL; anything else
   * stays as given.
   */
  private static String absoluteAanvraagUrl(String pageUrl, String aanvraagUrl) {
    if (aanvraagUrl == null
        || !aanvraagUrl.strip().startsWith("/")
        || aanvraagUrl.strip().startsWith("//")) {
      return aanvraagUrl;
    }
    try {
      return java.net.URI.create(pageUrl).resolve(aanvraagUrl.strip()).toString();
    } catch (IllegalArgumentException e) {
      return aanvraagUrl;
    }
  }

  /**
   * @return inserted, updated, unchanged, linked, notInFeed
   */
  private int[] apply(Handle h, long municipalityId, List<FeedItem> items) {
    ScFeedDao dao = h.attach(ScFeedDao.class);
    if (dao.lockMunicipality(municipalityId).isEmpty()) {
      throw new UnknownMunicipalityException(municipalityId);
    }
    Map<String, FeedProductRow> existing = new HashMap<>();
    for (FeedProductRow row : dao.feedProducts(municipalityId)) {
      existing.put(row.feedPageUrl(), row);
    }
    Map<String, FeedProductRow> crawled = new HashMap<>();
    for (FeedProductRow row : dao.crawledProductsWithoutFeed(municipalityId)) {
      String url = normalizer.normalize(row.feedPageUrl());
      crawled.putIfAbsent(url == null ? row.feedPageUrl() : url, row);
    }
    ClusterAssigner clusters =
        new ClusterAssigner(h.attach(ClusterRuleDao.class).list(municipalityId));

    List<FeedItem> inserts = new ArrayList<>();
    List<FeedItem> updates = new ArrayList<>();
    List<Long> updateIds = new ArrayList<>();
    List<FeedAudit> audits = new ArrayList<>();
    int updated = 0;
    int unchanged = 0;
    int linked = 0;
    Set<String> seen = new HashSet<>();
    for (FeedItem item : items) {
      seen.add(item.url());
      FeedProductRow row = existing.get(item.url());
      String event;
      if (row != null) {
        event = "product.feed_updated";
      } else {
        row = crawled.remove(item.url());
        if (row == null) {
          inserts.add(item);
          continue;
        }
        event = "product.feed_linked";
      }
      Map<String, Object> changes = diff(row, item, event.equals("product.feed_linked"));
      if (changes.isEmpty()) {
        unchanged++;
        continue;
      }
      if (event.equals("product.feed_linked")) {
        linked++;
      } else {
        updated++;
      }
      updates.add(item);
      updateIds.add(row.id());
      audits.add(new FeedAudit(row.id(), event, json(changes)));
    }
    if (!updates.isEmpty()) {
      dao.updateFeedFields(updates, updateIds);
    }
    if (!inserts.isEmpty()) {
      List<Long> clusterIds = new ArrayList<>();
      for (FeedItem item : inserts) {
        clusterIds.add(clusters.assign(item.url(), item.name(), item.uniformName()));
      }
      List<Long> ids = dao.insertFeedProducts(municipalityId, NEW_REASON, inserts, clusterIds);
      for (int i = 0; i < ids.size(); i++) {
        audits.add(new FeedAudit(ids.get(i), "product.created", json(created(inserts.get(i)))));
      }
    }
    if (!audits.isEmpty()) {
      dao.audit(municipalityId, ACTOR, audits);
    }
    int notInFeed = (int) existing.keySet().stream().filter(url -> !seen.contains(url)).count();
    return new int[] {inserts.size(), updated, unchanged, linked, notInFeed};
  }

  /**
   * The feed fields that differ, as {"field": {"from", "to"}}; empty when the import changes
   * nothing.
   */
  private static Map<String, Object> diff(FeedProductRow row, FeedItem item, boolean linking) {
    Map<String, Object> changes = new LinkedHashMap<>();
    if (linking) {
      change(changes, "feed_page_url", null, item.url());
    }
    change(changes, "feed_title", row.feedTitle(), item.title());
    change(changes, "feed_abstract", row.feedAbstract(), item.abstractText());
    change(changes, "feed_subjects", list(row.feedSubjects()), Arrays.asList(item.subjects()));
    change(changes, "feed_audience", row.feedAudience(), item.audience());
    change(changes, "feed_online_aanvragen", row.feedOnlineAanvragen(), item.online());
    change(changes, "feed_aanvraag_url", row.feedAanvraagUrl(), item.aanvraagUrl());
    change(changes, "feed_upl_uris", list(row.feedUplUris()), Arrays.asList(item.uplUris()));
    if (row.uniformName() == null && item.uniformName() != null) {
      change(changes, "uniform_name", null, item.uniformName());
    }
    if (row.uplUri() == null && item.uplUri() != null) {
      change(changes, "upl_uri", null, item.uplUri());
    }
    return changes;
  }

  private static Map<String, Object> created(FeedItem item) {
    Map<String, Object> changes = new LinkedHashMap<>();
    change(changes, "source", null, "sc-feed");
    change(changes, "name", null, item.name());
    change(changes, "feed_page_url", null, item.url());
    change(changes, "uniform_name", null, item.uniformName());
    change(changes, "upl_uri", null, item.uplUri());
    change(changes, "feed_online_aanvragen", null, item.online());
    change(changes, "feed_aanvraag_url", null, item.aanvraagUrl());
    return changes;
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : values;
  }

  private static void change(Map<String, Object> changes, String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("from", from);
      c.put("to", to);
      changes.put(field, c);
    }
  }

  private static String json(Map<String, Object> changes) {
    try {
      return JSON.writeValueAsString(changes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise audit changes: " + e.getMessage(), e);
    }
  }
}
