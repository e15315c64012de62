package nl.wmebv.service.api;

import java.time.OffsetDateTime;

/**
 * A crawl run and its progress, counted the same way in every run (first crawl, re-crawl, resumed
 * run): {@code pages} every URL the run dealt with (fetched, a 304 Not Modified included, failed or
 * skipped); {@code errors} the URLs whose fetch failed in this run (HTTP 4xx/5xx, time-out,
 * network); {@code skipped} the URLs not fetched on purpose in this run (robots.txt, internal
 * address), no errors. A re-crawl asks every known page again (an unchanged one answers 304,
 * counted apart: GET .../problems), except the pages the site's sitemap dates no later than their
 * last request: {@code pagesNotRequested} counts those (never product pages nor designated
 * channels; null for runs before it was counted and for runs still going). {@code instance} names
 * the service instance that runs (or last ran) the crawl; null while the run waits in the queue for
 * a free crawl slot. {@code kind} is "crawl" (a full discovery crawl) or "channel-watch" (only the
 * known product pages, conditionally, and their channel targets).
 */
public record CrawlRunJson(
    long id,
    long siteId,
    String status,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    int pages,
    int errors,
    int skipped,
    int queued,
    String failure,
    String instance,
    String kind,
    Integer pagesNotRequested) {}
