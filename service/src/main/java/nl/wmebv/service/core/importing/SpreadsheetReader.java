package nl.wmebv.service.core.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.wmebv.service.core.sheet.BadValue;
import nl.wmebv.service.core.sheet.ExportStamp;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded CSV (";" or ",", UTF-8 with or without byte order mark) or XLSX into a {@link
 * Sheet}. The XLSX data is the first sheet whose first row has a product heading (our export's
 * cluster sheets all do: they are read one after another). Our export's "Geëxporteerd op
 * dd-mm-jjjj" line above the headings is read back.
 */
public final class SpreadsheetReader {
  /** Upload cap; the web and API refuse larger bodies before reading (documented in README). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Row cap: a municipality has hundreds of products, not tens of thousands. */
  public static final int MAX_ROWS = 20_000;

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private SpreadsheetReader() {}

  /** Reads CSV or XLSX, told apart by content, not by name; a broken file is a {@link BadValue}. */
  public static Sheet read(byte[] file) throws BadValue {
    if (file.length > MAX_BYTES) {
      throw new BadValue("Het bestand is groter dan 10 MB", "The file is larger than 10 MB");
    }
    try {
      Sheet sheet = isZip(file) ? xlsx(file) : csv(file);
      if (sheet.headings().isEmpty()) {
        throw new BadValue("Het bestand heeft geen kopregel", "The file has no heading row");
      }
      if (sheet.lines().size() > MAX_ROWS) {
        throw new BadValue(
            "Het bestand heeft meer dan " + MAX_ROWS + " regels",
            "The file has more than " + MAX_ROWS + " rows");
      }
      return sheet;
    } catch (IOException | RuntimeException e) {
      throw new BadValue(
          "Dit bestand is geen leesbare CSV of XLSX", "The file is not a readable CSV or XLSX");
    }
  }

  private static boolean isZip(byte[] file) {
    return file.length >= 4
        && file[0] == ZIP[0]
        && file[1] == ZIP[1]
        && file[2] == ZIP[2]
        && file[3] == ZIP[3];
  }

  private static Sheet csv(byte[] file) throws IOException {
    String text = new String(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char delimiter = delimiter(text);
    CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).get();
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(text)) {
      for (CSVRecord record : format.parse(reader)) {
        rows.add(record.toList());
        numbers.add((int) record.getRecordNumber());
      }
    }
    return sheet(rows, numbers);
  }

  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (ExportStamp.is(first) && end >= 0) {
      int next = text.indexOf('\n', end + 1);
      first = text.substring(end + 1, next < 0 ? text.length() : next);
    }
    return first.chars().filter(c -> c == ';').count()
            >= first.chars().filter(c -> c == ',').count()
        ? ';'
        : ',';
  }

  private static Sheet xlsx(byte[] file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<String> headings = null;
    OffsetDateTime stamp = null;
    try (InputStream in = new ByteArrayInputStream(file);
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      for (org.dhatim.fastexcel.reader.Sheet ws :
          (Iterable<org.dhatim.fastexcel.reader.Sheet>) wb.getSheets()::iterator) {
        List<List<String>> sheetRows = new ArrayList<>();
        List<Integer> sheetNumbers = new ArrayList<>();
        try (var stream = ws.openStream()) {
          stream.forEach(
              row -> {
                sheetRows.add(cells(row));
                sheetNumbers.add(row.getRowNum());
              });
        }
        for (String cell : sheetRows.isEmpty() ? List.<String>of() : sheetRows.get(0)) {
          if (ExportStamp.is(cell)) {
            stamp = ExportStamp.parse(cell);
          }
        }
        Sheet part = sheet(sheetRows, sheetNumbers);
        if (part.headings().isEmpty()
            || !ColumnMapping.guess(part.headings()).identifiesProducts()) {
          continue;
        }
        if (headings == null) {
          headings = part.headings();
        } else if (!headings.equals(part.headings())) {
          continue;
        }
        part.lines()
            .forEach(
                l -> {
                  rows.add(l.cells());
                  numbers.add(l.number());
                });
      }
    }
    if (headings == null) {
      return new Sheet(List.of(), List.of(), null);
    }
    List<Sheet.Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      lines.add(new Sheet.Line(numbers.get(i), rows.get(i)));
    }
    return new Sheet(headings, lines, stamp);
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      Optional<Cell> cell = row.getOptionalCell(c);
      cells.add(cell.map(SpreadsheetReader::text).orElse(null));
    }
    return cells;
  }

  private static String text(Cell cell) {
    return switch (cell.getType()) {
      case NUMBER -> {
        BigDecimal n = cell.asNumber();
        yield n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
      }
      case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "ja" : "nee";
      case EMPTY, ERROR -> null;
      default -> cell.getText();
    };
  }

  /**
   * Headings are the first non-empty row (after an export-date line); rows with no cell filled are
   * skipped.
   */
  private static Sheet sheet(List<List<String>> rows, List<Integer> numbers) {
    int i = 0;
    OffsetDateTime exportedAt = null;
    while (i < rows.size() && blank(rows.get(i))) {
      i++;
    }
    if (i < rows.size() && ExportStamp.is(first(rows.get(i)))) {
      exportedAt = ExportStamp.parse(first(rows.get(i)));
      i++;
    }
    if (i >= rows.size()) {
      return new Sheet(List.of(), List.of(), exportedAt);
    }
    List<String> headings = rows.get(i).stream().map(h -> h == null ? "" : h.strip()).toList();
    List<Sheet.Line> lines = new ArrayList<>();
    for (int r = i + 1; r < rows.size(); r++) {
      if (!blank(rows.get(r))) {
        lines.add(new Sheet.Line(numbers.get(r), rows.get(r)));
      }
    }
    return new Sheet(headings, lines, exportedAt);
  }

  private static String first(List<String> row) {
    return row.isEmpty() || row.get(0) == null ? "" : row.get(0).strip();
  }

  private static boolean blank(List<String> row) {
    return row.stream().allMatch(c -> c == null || c.isBlank());
  }
}
