package nl.wmebv.service.views;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmebv.service.api.MunicipalityJson;
import nl.wmebv.service.core.designation.DesignationTexts;
import nl.wmebv.service.core.designation.ProductOption;

/** The form to add or change one designated channel (Dutch). */
public class ChannelFormView extends PageView {
  private final MunicipalityJson municipality;
  private final Long channelId;
  private final Map<String, String> form;
  private final Set<Long> selected;
  private final List<ProductOption> products;
  private final List<String> errors;

  /** A product to choose in the form. */
  public ChannelFormView(
      MunicipalityJson municipality,
      Long channelId,
      Map<String, String> form,
      Set<Long> selected,
      List<ProductOption> products,
      List<String> errors,
      WebUser webUser) {
    super("/views/aanwijzing-kanaal.ftlh", webUser);
    this.municipality = municipality;
    this.channelId = channelId;
    this.form = form;
    this.selected = selected;
    this.products = products;
    this.errors = errors;
  }

  public MunicipalityJson getMunicipality() {
    return municipality;
  }

  /** The channel being changed; null for a new one. */
  public Long getChannelId() {
    return channelId;
  }

  public Map<String, String> getForm() {
    return form;
  }

  public boolean isSelected(long productId) {
    return selected.contains(productId);
  }

  public List<ProductOption> getProducts() {
    return products;
  }

  public List<String> getErrors() {
    return errors;
  }

  /** The organs a channel can be named for (code to Dutch label). */
  public Map<String, String> getOrgans() {
    return Labels.ALL.get("organ");
  }

  public Map<String, String> getKinds() {
    return DesignationTexts.KINDS;
  }

  public Map<String, String> getIdentifications() {
    return DesignationTexts.IDENTIFICATIONS;
  }
}
