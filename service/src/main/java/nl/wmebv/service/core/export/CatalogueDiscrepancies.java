package nl.wmebv.service.core.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.core.sc.Discrepancies;
import nl.wmebv.service.core.sc.Discrepancy;
import nl.wmebv.service.core.sc.DiscrepancyWording;
import nl.wmebv.service.db.ProductDao;
import org.dhatim.fastexcel.Worksheet;
import org.jdbi.v3.core.Jdbi;

/**
 * The SC feed discrepancies of a municipality in the exports: a column "Afwijkingen" per product,
 * and (when the municipality imported a feed) a sheet "Afwijkingen catalogus" with product,
 * cluster, rule, what the feed declares and what the crawl found. Only feed products can have
 * discrepancies, so this is small.
 */
public final class CatalogueDiscrepancies {
  /** The sheet's name. */
  public static final String SHEET = "Afwijkingen catalogus";

  static final String[] HEADERS = {"Product", "Cluster", "Afwijking", "Feed zegt", "Crawl vond"};

  /** Between two rule labels in the column. */
  public static final String SEPARATOR = " | ";

  private final boolean hasFeed;
  private final Map<Long, List<Discrepancy>> byProduct;

  /** The rows of the sheet in export order, collected while the product rows stream by. */
  private final List<Object[]> sheetRows = new ArrayList<>();

  CatalogueDiscrepancies(boolean hasFeed, Map<Long, List<Discrepancy>> byProduct) {
    this.hasFeed = hasFeed;
    this.byProduct = byProduct;
  }

  static CatalogueDiscrepancies load(Jdbi jdbi, long municipalityId) {
    boolean hasFeed =
        jdbi.withExtension(ProductDao.class, dao -> dao.hasFeedProducts(municipalityId));
    Map<Long, List<Discrepancy>> byProduct = new LinkedHashMap<>();
    if (hasFeed) {
      for (Discrepancy d : new Discrepancies(jdbi).list(municipalityId)) {
        byProduct.computeIfAbsent(d.productId(), k -> new ArrayList<>()).add(d);
      }
    }
    return new CatalogueDiscrepancies(hasFeed, byProduct);
  }

  /** The Dutch rule labels of the product, separated by {@value #SEPARATOR}; null when none. */
  String column(ExportRow row) {
    List<Discrepancy> list = byProduct.get(row.productId());
    if (list == null) {
      return null;
    }
    for (Discrepancy d : list) {
      sheetRows.add(
          new Object[] {
            row.product(),
            row.cluster(),
            d.label(),
            DiscrepancyWording.declared(d),
            DiscrepancyWording.found(d)
          });
    }
    return String.join(SEPARATOR, list.stream().map(Discrepancy::label).toList());
  }

  /** True when the municipality imported an SC feed (only then the XLSX gets the sheet). */
  boolean hasFeed() {
    return hasFeed;
  }

  /** Writes the sheet from the rows {@link #column} met. */
  void writeSheet(Worksheet ws) throws IOException {
    XlsxCells.header(ws, HEADERS);
    int r = 0;
    for (Object[] row : sheetRows) {
      r++;
      for (int c = 0; c < row.length; c++) {
        if (row[c] != null) {
          ws.value(r, c, (String) row[c]);
        }
      }
    }
    ws.width(0, 36);
    ws.width(2, 60);
    XlsxCells.finish(ws, r, HEADERS.length);
  }
}
