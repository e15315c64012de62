package nl.wmebv.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Login sessions. */
public class AuthSettings {
  @Min(1)
  @Max(24 * 30)
  private int sessionHours = 12;

  private boolean secureCookies = true;

  @JsonProperty
  public int getSessionHours() {
    return sessionHours;
  }

  @JsonProperty
  public void setSessionHours(int sessionHours) {
    this.sessionHours = sessionHours;
  }

  @JsonProperty
  public boolean isSecureCookies() {
    return secureCookies;
  }

  @JsonProperty
  public void setSecureCookies(boolean secureCookies) {
    this.secureCookies = secureCookies;
  }
}
