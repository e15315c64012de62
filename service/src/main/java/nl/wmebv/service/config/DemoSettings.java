package nl.wmebv.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** Demo mode: serve the bundled Voorbeeldstad website and crawl it at start-up. */
public class DemoSettings {
  private boolean enabled = false;
  @NotBlank private String host = "127.0.0.1";

  @Min(0)
  @Max(65535)
  private int port = 8081;

  private boolean crawlOnStart = true;

  @JsonProperty
  public boolean isEnabled() {
    return enabled;
  }

  @JsonProperty
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  @JsonProperty
  public String getHost() {
    return host;
  }

  @JsonProperty
  public void setHost(String host) {
    this.host = host;
  }

  @JsonProperty
  public int getPort() {
    return port;
  }

  @JsonProperty
  public void setPort(int port) {
    this.port = port;
  }

  @JsonProperty
  public boolean isCrawlOnStart() {
    return crawlOnStart;
  }

  @JsonProperty
  public void setCrawlOnStart(boolean crawlOnStart) {
    this.crawlOnStart = crawlOnStart;
  }
}
