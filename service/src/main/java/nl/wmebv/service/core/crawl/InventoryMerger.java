package nl.wmebv.service.core.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmebv.crawler.PageRecord;
import nl.wmebv.crawler.detect.PageAnalysis;
import nl.wmebv.crawler.detect.product.SiteVerdicts;
import nl.wmebv.service.core.cluster.ClusterAssigner;
import nl.wmebv.service.core.product.ProductNames;
import nl.wmebv.service.db.AuditDao;
import nl.wmebv.service.db.ClusterRuleDao;
import nl.wmebv.service.db.PageDao;
import nl.wmebv.service.db.PageObservation;
import nl.wmebv.service.db.PageUpsert;
import nl.wmebv.service.db.ProductDao;
import nl.wmebv.service.db.ProductRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Merges a batch of crawled pages into the inventory in one transaction: new product pages become
 * new products (clustered by the municipality's rules), a changed channel or a vanished page flags
 * the product for review, and every such change is in the audit trail. What a person decided is
 * never written here.
 */
public class InventoryMerger {
  /**
   * A page is gone only after this many consecutive clean 404/410 answers: an error is no deletion,
   * and a URL skipped on purpose (robots.txt; status 0, no analysis) is no answer at all, so it
   * neither counts nor resets.
   */
  static final int GONE_AFTER = 2;

  private final Jdbi jdbi;
  private final ObjectMapper json;

  public InventoryMerger(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.json = json;
  }

  /**
   * Merges the batch: all of it, or (on failure) none of it; exactly once per run and URL, so a run
   * resumed after a crash, which fetches again what its last checkpoint did not yet record, adds no
   * second observation.
   */
  public void merge(long municipalityId, long siteId, long runId, List<PageRecord> batch) {
    jdbi.useTransaction(
        h -> {
          ClusterAssigner clusters =
              new ClusterAssigner(h.attach(ClusterRuleDao.class).list(municipalityId));
          SiteVerdicts people = PageVerdicts.of(h, siteId);
          PageDao pages = h.attach(PageDao.class);
          Set<String> merged =
              new HashSet<>(
                  pages.observedInRun(
                      siteId, runId, batch.stream().map(PageRecord::url).toArray(String[]::new)));
          List<PageRecord> fresh = batch.stream().filter(p -> merged.add(p.url())).toList();
          if (fresh.isEmpty()) {
            return;
          }
          // the page rows and observations of the whole batch in two round trips; then per page
          // what it changes
          List<PageObservation> observations =
              fresh.stream().map(p -> PageObservations.of(p, json)).toList();
          List<PageUpsert> stored =
              pages.upsertAll(
                  siteId, runId, observations, fresh.stream().map(PageRecord::changed).toList());
          List<Long> pageIds = stored.stream().map(PageUpsert::id).toList();
          pages.observeAll(
              pageIds,
              runId,
              fresh.stream().map(PageRecord::changed).toList(),
              fresh.stream().map(PageRecord::skipped).toList(),
              observations);
          ProductDao productDao =
              h.attach(ProductDao.class); // attached once: attaching costs more than a query here
          CrawlChanges changes = new CrawlChanges(h.attach(AuditDao.class), json, municipalityId);
          Map<Long, ProductRow> products =
              productDao.findByPages(pageIds.stream().mapToLong(Long::longValue).toArray()).stream()
                  .collect(Collectors.toMap(ProductRow::pageId, p -> p, (a, b) -> a));
          Batch with = new Batch(h, productDao, changes, clusters, people, municipalityId, runId);
          for (int i = 0; i < fresh.size(); i++) {
            long pageId = stored.get(i).id();
            mergePage(
                with,
                fresh.get(i),
                observations.get(i),
                pageId,
                stored.get(i).missingCount(),
                products.get(pageId));
          }
        });
  }

  /** What every page of one batch is merged with. */
  private record Batch(
      Handle h,
      ProductDao products,
      CrawlChanges changes,
      ClusterAssigner clusters,
      SiteVerdicts people,
      long municipalityId,
      long runId) {}

  private void mergePage(
      Batch b,
      PageRecord page,
      PageObservation observation,
      long pageId,
      int missing,
      ProductRow product) {
    ProductDao products = b.products();
    CrawlChanges changes = b.changes();
    ClusterAssigner clusters = b.clusters();
    SiteVerdicts people = b.people();
    long municipalityId = b.municipalityId();
    PageAnalysis analysis = page.analysis();
    if (analysis != null && analysis.isProduct()) {
      boolean seenBefore = product != null;
      if (product == null) {
        product = linkFeedProduct(products, municipalityId, pageId, page, observation, changes);
      }
      if (product == null) {
        String name = ProductNames.of(page);
        Long clusterId = clusters.assign(page.url(), name, analysis.product().uniformName());
        ProductRow created =
            products.insertFound(
                municipalityId,
                clusterId,
                pageId,
                name,
                analysis.product().uniformName(),
                analysis.product().uplUri(),
                analysis.product().audience(),
                observation.channelStatus(),
                "Nieuw product gevonden");
        changes.created(created);
        return;
      }
      String before = product.detectedChannelStatus();
      String after = observation.channelStatus();
      if (product.isGone()) {
        products.flag(product.id(), after, false, "Pagina is terug");
        changes.productEvent(product, "product.back", "isGone", true, false);
      } else if (!Objects.equals(before, after)) {
        products.flag(product.id(), after, false, "Kanaal gewijzigd: " + before + " → " + after);
        ObjectNode evidence = changes.field(null, "detectedChannelStatus", before, after);
        changes.field(
            evidence,
            "channels",
            previousChannels(b.h(), changes, pageId, b.runId()),
            analysis.channels());
        changes.append(product, "product.channel_changed", evidence);
      } else if (seenBefore && page.changed()) {
        // same channel verdict, other text: the session may want to re-check the web text
        products.flag(product.id(), after, false, "Webtekst gewijzigd");
        changes.productEvent(
            product, "product.text_changed", "contentHash", null, page.contentHash());
      }
    } else if (product != null
        && !product.isGone()
        && analysis != null
        && notProductBySibling(people, page)) {
      // the crawl followed a person's "geen product" on a page of the same shape: so does the
      // inventory
      String corrected = people.of(java.net.URI.create(page.url())).orElseThrow().correctedUrl();
      products.setGoneByPerson(
          product.id(),
          true,
          "Geen product: zelfde soort pagina als " + corrected + " (correctie van een persoon)");
      changes.productEvent(product, "product.not_a_product", "isGone", false, true);
    } else if (product != null && !product.isGone() && missing >= GONE_AFTER) {
      products.flag(
          product.id(),
          null,
          true,
          "Pagina verdwenen: HTTP " + page.status() + " bij " + GONE_AFTER + " crawls na elkaar");
      changes.productEvent(product, "product.gone", "isGone", false, true);
    }
  }

  private static boolean notProductBySibling(SiteVerdicts people, PageRecord page) {
    try {
      return people
          .of(java.net.URI.create(page.url()))
          .filter(v -> v.sibling() && !v.product())
          .isPresent();
    } catch (IllegalArgumentException e) {
      return false; // a URL java.net.URI refuses has no shape
    }
  }

  /**
   * A product the SC feed declared for this URL becomes this page's product, instead of a
   * duplicate.
   */
  private static ProductRow linkFeedProduct(
      ProductDao products,
      long municipalityId,
      long pageId,
      PageRecord page,
      PageObservation observation,
      CrawlChanges changes) {
    List<String> urls =
        page.finalUrl() == null || page.finalUrl().equals(page.url())
            ? List.of(page.url())
            : List.of(page.url(), page.finalUrl());
    ProductRow declared = products.findUnlinkedByFeedUrl(municipalityId, urls).orElse(null);
    if (declared == null) {
      return null;
    }
    products.linkPage(
        declared.id(),
        pageId,
        observation.channelStatus(),
        page.analysis().product().uniformName(),
        page.analysis().product().uplUri());
    changes.productEvent(
        declared,
        "product.page_linked",
        "detectedChannelStatus",
        declared.detectedChannelStatus(),
        observation.channelStatus());
    return products.find(declared.id()).orElseThrow();
  }

  /** The channels the page showed at its latest earlier observation with an analysis. */
  private static Object previousChannels(Handle h, CrawlChanges changes, long pageId, long runId) {
    return h.attach(PageDao.class)
        .previousChannels(pageId, runId)
        .map(s -> (Object) changes.tree(s))
        .orElse(null);
  }
}
