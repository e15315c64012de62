package nl.wmebv.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import java.util.List;

/**
 * The robots.txt verdict for one host.
 *
 * @param rules the parsed rules (crawler-commons)
 * @param crawlDelayMs the Crawl-delay for our agent, capped, or 0 when none
 * @param sitemaps the Sitemap lines
 * @param unreachableReason when robots.txt could not be read (5xx, network): why every URL is
 *     refused (RFC 9309 2.3.1.4: assume complete disallow), else null
 */
public record HostRules(
    BaseRobotRules rules, long crawlDelayMs, List<String> sitemaps, String unreachableReason) {

  /** True when robots.txt lets us fetch the URL. */
  public boolean allows(String url) {
    return unreachableReason == null && rules.isAllowed(url);
  }

  /** The English reason a URL is not fetched, for its page record. */
  public String refusal() {
    return unreachableReason != null
        ? "robots.txt unreachable (" + unreachableReason + "): not fetched"
        : "disallowed by robots.txt";
  }
}
