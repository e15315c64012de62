package nl.wmebv.service.core.sc;

import java.util.List;

/**
 * What an SC feed import did.
 *
 * @param municipalityId the municipality imported into
 * @param records product records in the file
 * @param inserted new products
 * @param updated existing feed products whose feed fields changed
 * @param unchanged existing feed products the import left as they were
 * @param linked products a crawl had found for the same page URL, now carrying the feed's
 *     declaration
 * @param skipped records not imported (no usable page URL, or a page URL repeated in the file)
 * @param notInFeed products from an earlier import whose page URL this feed no longer lists (left
 *     alone)
 * @param numberOfRecords what the SRU response says it matched (null when absent)
 * @param warnings one English line per skipped record or other remark
 * @param millis time taken
 */
public record ImportReport(
    long municipalityId,
    int records,
    int inserted,
    int updated,
    int unchanged,
    int linked,
    int skipped,
    int notInFeed,
    Integer numberOfRecords,
    List<String> warnings,
    long millis) {

  public ImportReport {
    warnings = List.copyOf(warnings);
  }
}
