package nl.wmebv.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** Where the embedded PostgreSQL keeps its data when no database URL is configured. */
public class EmbeddedDatabaseSettings {
  @NotBlank private String dataDirectory = "./data/postgres";

  @Min(0)
  @Max(65535)
  private int port = 0;

  @JsonProperty
  public String getDataDirectory() {
    return dataDirectory;
  }

  @JsonProperty
  public void setDataDirectory(String dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  @JsonProperty
  public int getPort() {
    return port;
  }

  @JsonProperty
  public void setPort(int port) {
    this.port = port;
  }
}
