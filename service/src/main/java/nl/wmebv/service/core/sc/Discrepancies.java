package nl.wmebv.service.core.sc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmebv.crawler.detect.upl.UplEntry;
import nl.wmebv.crawler.filter.UrlNormalizer;
import nl.wmebv.service.api.CoverageJson;
import nl.wmebv.service.api.UplFlags;
import nl.wmebv.service.core.upl.UplCatalogue;
import nl.wmebv.service.db.FeedFactsRow;
import nl.wmebv.service.db.ScFeedDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Computes, from the product rows and their crawled pages, where a municipality's SC feed and
 * reality differ (per product, {@link DiscrepancyRule}) and its coverage: UPL products for
 * municipalities it does not offer, and feed pages the crawl could not find.
 */
public class Discrepancies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Jdbi jdbi;
  private final UrlNormalizer normalizer = new UrlNormalizer();

  public Discrepancies(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Every rule that fires, per feed product, ordered by product name and rule. */
  public List<Discrepancy> list(long municipalityId) {
    return jdbi.withHandle(
        h -> {
          List<Discrepancy> out = new ArrayList<>();
          for (DiscrepancyRule.ProductFacts f : facts(h, municipalityId)) {
            for (DiscrepancyRule rule : DiscrepancyRule.values()) {
              rule.check(f)
                  .ifPresent(
                      message ->
                          out.add(
                              new Discrepancy(
                                  f.productId(),
                                  f.name(),
                                  rule.name(),
                                  rule.labelNl(),
                                  message,
                                  f.feedPageUrl(),
                                  f.feedOnlineAanvragen(),
                                  f.feedAanvraagUrl(),
                                  f.channelStatus())));
            }
          }
          return out;
        });
  }

  /** The municipality's coverage of the UPL and of its own feed. */
  public CoverageJson coverage(long municipalityId, UplCatalogue upl) {
    return jdbi.withHandle(
        h -> {
          ScFeedDao dao = h.attach(ScFeedDao.class);
          Set<String> covered = new LinkedHashSet<>();
          for (String uri : dao.coveredUris(municipalityId)) {
            covered.add(UplCatalogue.uriKey(uri));
          }
          for (String name : dao.uniformNamesWithoutUri(municipalityId)) {
            upl.byNameOrUri(name).ifPresent(e -> covered.add(UplCatalogue.uriKey(e.uri())));
          }
          List<UplEntry> gemeente = upl.gemeenteEntries();
          List<UplFlags> gaps = new ArrayList<>();
          for (UplEntry e : gemeente) {
            if (!covered.contains(UplCatalogue.uriKey(e.uri()))) {
              gaps.add(UplCatalogue.flagsOf(e));
            }
          }
          gaps.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
          Optional<OffsetDateTime> crawl = dao.lastFinishedCrawl(municipalityId);
          List<CoverageJson.NotFound> notFound = new ArrayList<>();
          for (DiscrepancyRule.ProductFacts f : facts(h, municipalityId)) {
            DiscrepancyRule.FEED_PAGE_NOT_FOUND
                .check(f)
                .ifPresent(
                    m ->
                        notFound.add(
                            new CoverageJson.NotFound(
                                f.productId(), f.name(), f.feedPageUrl(), f.pageHttpStatus(), m)));
          }
          return new CoverageJson(
              municipalityId,
              upl.source(),
              gemeente.size(),
              gemeente.size() - gaps.size(),
              gaps,
              crawl.orElse(null),
              crawl.isPresent() ? notFound : List.of());
        });
  }

  List<DiscrepancyRule.ProductFacts> facts(Handle h, long municipalityId) {
    ScFeedDao dao = h.attach(ScFeedDao.class);
    boolean crawled = dao.lastFinishedCrawl(municipalityId).isPresent();
    List<FeedFactsRow> rows = dao.feedFacts(municipalityId);
    Map<String, String> aanvraagKeys = new HashMap<>();
    for (FeedFactsRow r : rows) {
      String key = normalizer.normalize(r.feedAanvraagUrl());
      if (key != null) {
        aanvraagKeys.put(r.feedAanvraagUrl(), key);
      }
    }
    Map<String, Integer> ownPages =
        aanvraagKeys.isEmpty()
            ? Map.of()
            : dao.pageStatuses(
                municipalityId, aanvraagKeys.values().stream().distinct().toArray(String[]::new));
    List<DiscrepancyRule.ProductFacts> out = new ArrayList<>();
    for (FeedFactsRow r : rows) {
      String override = r.channelStatusOverride();
      String status;
      boolean overridden = true;
      if ("DIGITAL".equals(override)) {
        status = "DIGITAL";
      } else if ("ABSENT".equals(override)) {
        status = "NONE";
      } else if ("NOT_COMPLIANT".equals(override)) {
        status = "NOT_COMPLIANT";
      } else {
        overridden = false;
        status =
            r.detectedChannelStatus() != null ? r.detectedChannelStatus() : r.pageChannelStatus();
      }
      String key = aanvraagKeys.get(r.feedAanvraagUrl());
      String problem = key == null ? null : checkProblem(r.pageAnalysis(), key);
      if (problem == null && key != null) {
        Integer own = ownPages.get(key);
        if (own != null && own >= 400) {
          problem = "the crawl got HTTP " + own + " for it";
        }
      }
      out.add(
          new DiscrepancyRule.ProductFacts(
              r.id(),
              r.name(),
              r.feedPageUrl(),
              r.feedOnlineAanvragen(),
              r.feedAanvraagUrl(),
              status,
              overridden,
              crawled,
              r.pageHttpStatus(),
              problem));
    }
    return out;
  }

  /** The failed channel check of the page's channel whose target is the aanvraag URL, or null. */
  private String checkProblem(String analysis, String aanvraagKey) {
    if (analysis == null || analysis.isBlank()) {
      return null;
    }
    JsonNode channels;
    try {
      channels = JSON.readTree(analysis).path("channels");
    } catch (IOException e) {
      return null;
    }
    for (JsonNode c : channels) {
      String target = normalizer.normalize(c.path("target").asText(null));
      JsonNode check = c.path("check");
      if (aanvraagKey.equals(target) && check.isObject() && !check.path("ok").asBoolean(true)) {
        int status = check.path("status").asInt(0);
        String error = check.path("error").asText(null);
        return "the crawl's channel check got "
            + (status > 0 ? "HTTP " + status : "no response")
            + (error == null || error.isBlank() ? "" : " (" + error + ")");
      }
    }
    return null;
  }
}
