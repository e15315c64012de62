package nl.wmebv.service.core.sc;

import java.util.List;

/**
 * A parsed SC feed.
 *
 * @param numberOfRecords what the SRU response says it matched (null when absent); more than {@code
 *     records.size()} means the file is one page of a longer result
 * @param records the product records in file order
 */
public record ScFeed(Integer numberOfRecords, List<ScRecord> records) {
  public ScFeed {
    records = List.copyOf(records);
  }
}
