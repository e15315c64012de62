package nl.wmebv.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * SMTP for telling a product's owner of a channel that broke, recovered or changed (off by
 * default).
 */
public class MailSettings {
  private boolean enabled = false;
  @NotNull private String host = "localhost";

  @Min(1)
  @Max(65535)
  private int port = 25;

  @NotNull private String from = "wmebv-inventaris@localhost";
  private String username = "";
  private String password = "";
  private boolean startTls = false;

  @Min(1)
  private int timeoutSeconds = 20;

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
  public String getFrom() {
    return from;
  }

  @JsonProperty
  public void setFrom(String from) {
    this.from = from;
  }

  @JsonProperty
  public String getUsername() {
    return username;
  }

  @JsonProperty
  public void setUsername(String username) {
    this.username =
        username == null ? "" : username; // an empty ${VAR:-} in config.yml reads as null
  }

  /** Not shown by any getter in logs: Jackson reads it from config.yml only. */
  @JsonProperty("password")
  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }

  public String password() {
    return password;
  }

  @JsonProperty
  public boolean isStartTls() {
    return startTls;
  }

  @JsonProperty
  public void setStartTls(boolean startTls) {
    this.startTls = startTls;
  }

  @JsonProperty
  public int getTimeoutSeconds() {
    return timeoutSeconds;
  }

  @JsonProperty
  public void setTimeoutSeconds(int timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }
}
