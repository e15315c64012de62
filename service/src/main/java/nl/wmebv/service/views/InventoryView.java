package nl.wmebv.service.views;

import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import nl.wmebv.service.api.ActionJson;
import nl.wmebv.service.api.ClusterJson;
import nl.wmebv.service.api.ListPage;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.api.ProductJson;

/**
 * The inventory: products of one municipality with filters, search, sort, paging and inline edit.
 */
public class InventoryView extends PageView {
  /** A product row with the action its inline form edits (the first one not done, or null). */
  public record Row(ProductJson product, ActionJson action) {}

  private final MunicipalityJson municipality;
  private final List<MunicipalityJson> municipalities;
  private final List<ClusterJson> clusters;
  private final ListPage<ProductJson> page;
  private final List<Row> rows;
  private final Map<String, String> query;
  private final String message;
  private String notice;

  public InventoryView(
      MunicipalityJson municipality,
      List<MunicipalityJson> municipalities,
      List<ClusterJson> clusters,
      ListPage<ProductJson> page,
      List<Row> rows,
      Map<String, String> query,
      String message,
      WebUser webUser) {
    super("/views/inventory.ftlh", webUser);
    this.municipality = municipality;
    this.municipalities = municipalities;
    this.clusters = clusters;
    this.page = page;
    this.rows = rows;
    this.query = query;
    this.message = message;
  }

  public MunicipalityJson getMunicipality() {
    return municipality;
  }

  public List<MunicipalityJson> getMunicipalities() {
    return municipalities;
  }

  public List<ClusterJson> getClusters() {
    return clusters;
  }

  public ListPage<ProductJson> getPage() {
    return page;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** The current filters, to keep them in sort and paging links. */
  public Map<String, String> getQuery() {
    return query;
  }

  public String getMessage() {
    return message;
  }

  /** Adds a message that something was done (a status, not an error); returns this view. */
  public InventoryView withNotice(String done) {
    this.notice = done;
    return this;
  }

  /** What was done, e.g. "3 producten bijgewerkt.", or null. */
  public String getNotice() {
    return notice;
  }

  /**
   * The current filters as (name, value) pairs that have a value, for the bulk form's hidden
   * fields.
   */
  public Map<String, String> getFilledQuery() {
    Map<String, String> filled = new java.util.LinkedHashMap<>();
    query.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            filled.put(k, v);
          }
        });
    return filled;
  }

  public int getPages() {
    return page == null ? 1 : (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
  }

  /** A link to this list with one parameter changed (and the page reset unless it is the page). */
  public String link(String name, String value) {
    UriBuilder b = UriBuilder.fromPath("/inventaris");
    query.forEach(
        (k, v) -> {
          if (!k.equals(name)
              && !(k.equals("page") && !name.equals("page"))
              && v != null
              && !v.isBlank()) {
            b.queryParam(k, v);
          }
        });
    if (value != null && !value.isBlank()) {
      b.queryParam(name, value);
    }
    return b.build().toString();
  }

  private InventoryDisplay display = InventoryDisplay.DEFAULT;

  /** Sets the person's choice of columns and page size; returns this view. */
  public InventoryView withDisplay(InventoryDisplay chosen) {
    this.display = chosen;
    return this;
  }

  /** The columns and page size the person chose. */
  public InventoryDisplay getChoice() {
    return display;
  }
}
