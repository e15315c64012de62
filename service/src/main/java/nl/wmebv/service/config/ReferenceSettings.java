package nl.wmebv.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Reference data: the UPL file, and the limits of Samenwerkende Catalogi feed imports. */
public class ReferenceSettings {
  /** Path of a UPL CSV export; empty = the copy bundled with the service. */
  private String uplFile = "";

  @Min(1)
  @Max(500)
  private int scFeedMaxMegabytes = 20;

  @Min(1)
  @Max(600)
  private int scFeedFetchTimeoutSeconds = 30;

  @JsonProperty
  public String getUplFile() {
    return uplFile;
  }

  @JsonProperty
  public void setUplFile(String uplFile) {
    this.uplFile = uplFile;
  }

  @JsonProperty
  public int getScFeedMaxMegabytes() {
    return scFeedMaxMegabytes;
  }

  @JsonProperty
  public void setScFeedMaxMegabytes(int scFeedMaxMegabytes) {
    this.scFeedMaxMegabytes = scFeedMaxMegabytes;
  }

  @JsonProperty
  public int getScFeedFetchTimeoutSeconds() {
    return scFeedFetchTimeoutSeconds;
  }

  @JsonProperty
  public void setScFeedFetchTimeoutSeconds(int scFeedFetchTimeoutSeconds) {
    this.scFeedFetchTimeoutSeconds = scFeedFetchTimeoutSeconds;
  }

  /** The feed size limit in bytes. */
  public long scFeedMaxBytes() {
    return scFeedMaxMegabytes * 1024L * 1024L;
  }
}
