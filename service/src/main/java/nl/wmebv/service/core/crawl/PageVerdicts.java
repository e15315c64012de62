package nl.wmebv.service.core.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wmebv.crawler.detect.product.SiteVerdicts;
import nl.wmebv.service.api.PageVerdictJson;
import nl.wmebv.service.core.ConflictException;
import nl.wmebv.service.core.UnknownEntityException;
import nl.wmebv.service.db.AuditDao;
import nl.wmebv.service.db.PageDao;
import nl.wmebv.service.db.PageVerdictRow;
import nl.wmebv.service.db.ProductDao;
import nl.wmebv.service.db.ProductRow;
import nl.wmebv.service.db.SiteDao;
import nl.wmebv.service.db.SiteRow;
import nl.wmebv.service.vocabulary.PageVerdict;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's verdict on a page, "Dit is geen product" or "Dit is wel een product": kept on the page
 * over every crawl (a crawl never writes it), taking the product out of the inventory or back at
 * once, and given to the site's next crawl ({@link #forCrawl}), whose analysis follows it for the
 * page and weighs it for its siblings.
 */
public final class PageVerdicts {
  private final Jdbi jdbi;
  private final ObjectMapper json;

  public PageVerdicts(Jdbi jdbi, ObjectMapper json) {
    this.jdbi = jdbi;
    this.json = json;
  }

  /**
   * The verdict on a product's page: false takes the product out of the inventory, true or null
   * puts it back.
   */
  public Optional<PageVerdictJson> setForProduct(long productId, Boolean product, String actor) {
    return jdbi.inTransaction(
        h -> {
          ProductRow p =
              h.attach(ProductDao.class)
                  .find(productId)
                  .orElseThrow(() -> new UnknownEntityException("No product with id " + productId));
          if (p.pageId() == null) {
            throw new ConflictException(
                "Product " + productId + " has no crawled page to give a verdict on",
                "Dit product heeft (nog) geen gecrawlde pagina.");
          }
          long siteId = siteOfPage(h, p);
          set(h, siteId, p.pageId(), product, actor);
          boolean gone = Boolean.FALSE.equals(product);
          if (gone != p.isGone() && (gone || p.isGone())) {
            h.attach(ProductDao.class)
                .setGoneByPerson(
                    productId,
                    gone,
                    gone ? "Geen product volgens " + actor : "Toch een product volgens " + actor);
          }
          h.attach(AuditDao.class)
              .append(
                  p.municipalityId(),
                  productId,
                  "page",
                  p.pageId(),
                  "page.verdict",
                  actor,
                  json.createObjectNode()
                      .put("verdict", product == null ? null : code(product))
                      .toString());
          return verdict(h, p.pageId());
        });
  }

  /**
   * The verdict on a page of the site by its URL (a page the crawl did not take for a product,
   * say).
   */
  public Optional<PageVerdictJson> setForUrl(
      long siteId, String url, Boolean product, String actor) {
    return jdbi.inTransaction(
        h -> {
          SiteRow site =
              h.attach(SiteDao.class)
                  .find(siteId)
                  .orElseThrow(() -> new UnknownEntityException("No site with id " + siteId));
          long pageId =
              h.attach(PageDao.class)
                  .idOf(siteId, url)
                  .orElseThrow(
                      () ->
                          new UnknownEntityException(
                              "No crawled page " + url + " on site " + siteId));
          set(h, siteId, pageId, product, actor);
          h.attach(AuditDao.class)
              .append(
                  site.municipalityId(),
                  null,
                  "page",
                  pageId,
                  "page.verdict",
                  actor,
                  json.createObjectNode()
                      .put("url", url)
                      .put("verdict", product == null ? null : code(product))
                      .toString());
          return verdict(h, pageId);
        });
  }

  /** Every verdict on the site's pages. */
  public List<PageVerdictJson> list(long siteId) {
    return jdbi.withHandle(h -> h.attach(PageDao.class).verdicts(siteId)).stream()
        .map(PageVerdicts::toJson)
        .toList();
  }

  /** The verdict on a product's page, if a person gave one. */
  public Optional<PageVerdictJson> ofPage(Long pageId) {
    return pageId == null ? Optional.empty() : jdbi.withHandle(h -> verdict(h, pageId));
  }

  /** What the site's next crawl follows. */
  public SiteVerdicts forCrawl(long siteId) {
    return jdbi.withHandle(h -> of(h, siteId));
  }

  /**
   * The site's verdicts as the crawler takes them, read on the given handle (the merger's
   * transaction too).
   */
  static SiteVerdicts of(Handle h, long siteId) {
    Map<String, Boolean> byUrl =
        h.attach(PageDao.class).verdicts(siteId).stream()
            .collect(
                Collectors.toMap(
                    PageVerdictRow::url, r -> PageVerdict.PRODUCT.code().equals(r.verdict())));
    return SiteVerdicts.of(byUrl);
  }

  private static void set(Handle h, long siteId, long pageId, Boolean product, String actor) {
    h.attach(PageDao.class)
        .setVerdict(
            siteId, pageId, product == null ? null : code(product), product == null ? null : actor);
  }

  private static long siteOfPage(Handle h, ProductRow p) {
    return h.attach(PageDao.class).siteOf(p.pageId());
  }

  private static String code(boolean product) {
    return (product ? PageVerdict.PRODUCT : PageVerdict.NOT_PRODUCT).code();
  }

  private static Optional<PageVerdictJson> verdict(Handle h, long pageId) {
    return h.attach(PageDao.class).verdict(pageId).map(PageVerdicts::toJson);
  }

  private static PageVerdictJson toJson(PageVerdictRow r) {
    return new PageVerdictJson(r.pageId(), r.url(), r.verdict(), r.verdictBy(), r.verdictAt());
  }
}
