package nl.wmebv.service.core.crawl;

import java.util.List;
import java.util.Optional;
import nl.wmebv.service.api.CrawlProblemsJson;
import nl.wmebv.service.db.CrawlOutcomeRow;
import nl.wmebv.service.db.CrawlProblemDao;
import nl.wmebv.service.db.CrawlRunDao;
import nl.wmebv.service.vocabulary.FetchProblem;
import org.jdbi.v3.core.Jdbi;

/**
 * The failed and skipped URLs of a crawl run with their reasons, for the crawl page and the API.
 */
public final class CrawlProblems {
  /** Rows listed at most: a page a person reads, not an export. */
  public static final int LIMIT = 200;

  private final Jdbi jdbi;

  public CrawlProblems(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The run's problems; empty for an unknown run. */
  public Optional<CrawlProblemsJson> of(long runId) {
    return jdbi.withHandle(
        h -> {
          if (h.attach(CrawlRunDao.class).find(runId).isEmpty()) {
            return Optional.empty();
          }
          CrawlProblemDao dao = h.attach(CrawlProblemDao.class);
          CrawlOutcomeRow outcome = dao.outcome(runId);
          List<CrawlProblemsJson.Problem> problems =
              dao.list(runId, LIMIT).stream()
                  .map(
                      r ->
                          new CrawlProblemsJson.Problem(
                              r.url(),
                              r.httpStatus(),
                              FetchProblem.of(r.httpStatus(), r.error(), r.skipped()).code(),
                              r.skipped(),
                              r.error()))
                  .toList();
          int total = outcome.failed() + outcome.skipped();
          return Optional.of(
              new CrawlProblemsJson(
                  runId,
                  outcome.failed(),
                  outcome.skipped(),
                  outcome.unchanged(),
                  LIMIT,
                  Math.max(0, total - problems.size()),
                  problems));
        });
  }
}
