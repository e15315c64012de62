package nl.wmebv.service.views;

import java.util.List;
import nl.wmebv.service.api.ClusterJson;

/**
 * One inventory row as an htmx fragment: shown, or as an inline edit form (with an optional
 * message).
 */
public class InventoryRowView extends PageView {
  private final InventoryView.Row row;
  private final List<ClusterJson> clusters;
  private final boolean editing;
  private final String message;

  public InventoryRowView(
      InventoryView.Row row,
      List<ClusterJson> clusters,
      boolean editing,
      String message,
      WebUser webUser) {
    super(
        editing
            ? "/views/partials/inventory-edit-row.ftlh"
            : "/views/partials/inventory-row-fragment.ftlh",
        webUser);
    this.row = row;
    this.clusters = clusters;
    this.editing = editing;
    this.message = message;
  }

  public InventoryView.Row getRow() {
    return row;
  }

  public List<ClusterJson> getClusters() {
    return clusters;
  }

  public boolean isEditing() {
    return editing;
  }

  public String getMessage() {
    return message;
  }

  private InventoryDisplay display = InventoryDisplay.DEFAULT;

  /** Sets the person's choice of columns and page size; returns this view. */
  public InventoryRowView withDisplay(InventoryDisplay chosen) {
    this.display = chosen;
    return this;
  }

  /** The columns and page size the person chose. */
  public InventoryDisplay getChoice() {
    return display;
  }
}
