package nl.wmebv.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** Defaults for crawls the service starts. */
public class CrawlerSettings {
  @NotBlank
  private String userAgent = "WMEBV-inventaris/0.1 (+https://github.com/wmebv/inventaris)";

  @Min(1)
  private int maxPages = 20000;

  @Min(0)
  private int maxDepth = 50;

  @Min(1)
  @Max(64)
  private int threads = 4;

  @Min(0)
  private int delayMs = 500;

  private boolean allowPrivateAddresses = false;
  private boolean checkChannels = true;

  @Min(0)
  private int databaseRetrySeconds = 120;

  @Min(0)
  private int maxHostsInFlight = 16;

  @Min(0)
  private int skipUnchangedAfterCrawls = 0;

  @Min(0)
  private int askEveryPageAtLeastEveryDays = 30;

  /**
   * A re-crawl may leave a page unasked that the sitemap dates no later than its last request once
   * this many fetches in a row found it unchanged (0: at the first re-crawl already).
   */
  @JsonProperty
  public int getSkipUnchangedAfterCrawls() {
    return skipUnchangedAfterCrawls;
  }

  @JsonProperty
  public void setSkipUnchangedAfterCrawls(int skipUnchangedAfterCrawls) {
    this.skipUnchangedAfterCrawls = skipUnchangedAfterCrawls;
  }

  /**
   * A page not requested for this many days is asked whatever its sitemap date says (0: every page
   * is asked at every crawl, no page is left unasked).
   */
  @JsonProperty
  public int getAskEveryPageAtLeastEveryDays() {
    return askEveryPageAtLeastEveryDays;
  }

  @JsonProperty
  public void setAskEveryPageAtLeastEveryDays(int askEveryPageAtLeastEveryDays) {
    this.askEveryPageAtLeastEveryDays = askEveryPageAtLeastEveryDays;
  }

  /** Hosts with a request outstanding across all crawls of this instance, at most (0: no limit). */
  @JsonProperty
  public int getMaxHostsInFlight() {
    return maxHostsInFlight;
  }

  @JsonProperty
  public void setMaxHostsInFlight(int maxHostsInFlight) {
    this.maxHostsInFlight = maxHostsInFlight;
  }

  @JsonProperty
  public String getUserAgent() {
    return userAgent;
  }

  @JsonProperty
  public void setUserAgent(String userAgent) {
    this.userAgent = userAgent;
  }

  @JsonProperty
  public int getMaxPages() {
    return maxPages;
  }

  @JsonProperty
  public void setMaxPages(int maxPages) {
    this.maxPages = maxPages;
  }

  @JsonProperty
  public int getMaxDepth() {
    return maxDepth;
  }

  @JsonProperty
  public void setMaxDepth(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  @JsonProperty
  public int getThreads() {
    return threads;
  }

  @JsonProperty
  public void setThreads(int threads) {
    this.threads = threads;
  }

  @JsonProperty
  public int getDelayMs() {
    return delayMs;
  }

  @JsonProperty
  public void setDelayMs(int delayMs) {
    this.delayMs = delayMs;
  }

  @JsonProperty
  public boolean isAllowPrivateAddresses() {
    return allowPrivateAddresses;
  }

  @JsonProperty
  public void setAllowPrivateAddresses(boolean allowPrivateAddresses) {
    this.allowPrivateAddresses = allowPrivateAddresses;
  }

  @JsonProperty
  public boolean isCheckChannels() {
    return checkChannels;
  }

  @JsonProperty
  public void setCheckChannels(boolean checkChannels) {
    this.checkChannels = checkChannels;
  }

  @JsonProperty
  public int getDatabaseRetrySeconds() {
    return databaseRetrySeconds;
  }

  @JsonProperty
  public void setDatabaseRetrySeconds(int databaseRetrySeconds) {
    this.databaseRetrySeconds = databaseRetrySeconds;
  }
}
