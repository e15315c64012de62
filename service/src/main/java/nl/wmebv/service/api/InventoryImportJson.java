package nl.wmebv.service.api;

import java.util.List;

/**
 * The report of an inventory import (issue 14 §1): how many rows matched a product, created one,
 * changed one or changed nothing, and per row what it does. {@code applied} says whether anything
 * was written (false for a dry run, and when bad rows stopped the import); {@code message} is the
 * English summary for scripts, the rows' messages are Dutch (the web preview shows them).
 */
public record InventoryImportJson(
    boolean applied,
    int matched,
    int created,
    int updated,
    int unchanged,
    int conflicts,
    int bad,
    String message,
    List<Row> rows) {

  /** Row results. */
  public static final String CREATED = "created";

  public static final String UPDATED = "updated";
  public static final String UNCHANGED = "unchanged";
  public static final String CONFLICT = "conflict";
  public static final String BAD = "bad";

  /**
   * One row of the file: its number as the spreadsheet program shows it, the product it is about
   * (null for a new or a bad one) and its name (the product's, else the row's), its result, the
   * fields it changes and a Dutch message for a bad or conflicting row.
   */
  public record Row(
      int row, Long productId, String name, String result, List<Change> changes, String message) {}

  /**
   * One field a row changes: {@code field} as in {@code ImportField.key()}, the values as codes
   * (cluster by name, dates as yyyy-mm-dd, lists joined by ", "); null is empty.
   */
  public record Change(String field, String from, String to) {}
}
