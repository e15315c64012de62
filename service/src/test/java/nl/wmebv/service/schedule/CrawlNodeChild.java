package nl.wmebv.service.schedule;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A crawl instance in its own JVM, for {@link CrawlKillTest}: starts a slow crawl of one site,
 * prints {@code RUN <id>} and crawls until it is killed. Arguments: JDBC URL, database user, site
 * id, delay per page (ms).
 */
public final class CrawlNodeChild {
  private CrawlNodeChild() {}

  public static void main(String[] args) throws InterruptedException {
    PGSimpleDataSource db = new PGSimpleDataSource();
    db.setUrl(args[0]);
    db.setUser(args[1]);
    CrawlNode node = new CrawlNode("node-killed", db);
    node.delayMs.set(Integer.parseInt(args[3]));
    long runId = node.crawls.start(Long.parseLong(args[2])).id();
    System.out.println("RUN " + runId);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
