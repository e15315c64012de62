package nl.wmebv.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;

/** The crawl scheduler (db-scheduler on the service's database); config.yml documents every key. */
public class SchedulerSettings {
  private boolean enabled = true;

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  private Duration pollingInterval = Duration.seconds(10);

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  private Duration checkInterval = Duration.minutes(1);

  @Min(0)
  @Max(64)
  private int crawlSlots = 2;

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  private Duration heartbeatInterval = Duration.seconds(30);

  @Min(4) // db-scheduler's lower limit
  private int missedHeartbeats = 4;

  private String instanceName = "";

  @JsonProperty
  public boolean isEnabled() {
    return enabled;
  }

  @JsonProperty
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  @JsonProperty
  public Duration getPollingInterval() {
    return pollingInterval;
  }

  @JsonProperty
  public void setPollingInterval(Duration pollingInterval) {
    this.pollingInterval = pollingInterval;
  }

  @JsonProperty
  public Duration getCheckInterval() {
    return checkInterval;
  }

  @JsonProperty
  public void setCheckInterval(Duration checkInterval) {
    this.checkInterval = checkInterval;
  }

  /**
   * Crawls this instance runs at the same time (its crawl threads); 0 = this instance takes no
   * crawls.
   */
  @JsonProperty
  public int getCrawlSlots() {
    return crawlSlots;
  }

  @JsonProperty
  public void setCrawlSlots(int crawlSlots) {
    this.crawlSlots = crawlSlots;
  }

  @JsonProperty
  public Duration getHeartbeatInterval() {
    return heartbeatInterval;
  }

  @JsonProperty
  public void setHeartbeatInterval(Duration heartbeatInterval) {
    this.heartbeatInterval = heartbeatInterval;
  }

  @JsonProperty
  public int getMissedHeartbeats() {
    return missedHeartbeats;
  }

  @JsonProperty
  public void setMissedHeartbeats(int missedHeartbeats) {
    this.missedHeartbeats = missedHeartbeats;
  }

  @JsonProperty
  public String getInstanceName() {
    return instanceName;
  }

  @JsonProperty
  public void setInstanceName(String instanceName) {
    this.instanceName = instanceName == null ? "" : instanceName.strip();
  }

  /** The configured instance name, or host name and process id ("host-1234") when none is set. */
  public String instanceNameOrDefault() {
    if (!instanceName.isEmpty()) {
      return instanceName;
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "-" + ProcessHandle.current().pid();
  }
}
