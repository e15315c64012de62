package nl.wmebv.service.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Reading the inventory. */
public class InventorySettings {
  @Min(0)
  @Max(100_000)
  private int listCacheEntries = 256;

  @JsonProperty
  public int getListCacheEntries() {
    return listCacheEntries;
  }

  @JsonProperty
  public void setListCacheEntries(int listCacheEntries) {
    this.listCacheEntries = listCacheEntries;
  }
}
