package nl.wmebv.service.core.designation;

import java.util.List;
import nl.wmebv.service.api.DesignatedChannelJson;

/**
 * A designated channel of the register as the designation rules read it, with the products (and
 * their message types) it is designated for; {@code eidas}: it also takes a European login means;
 * {@code organ}: the organ a person named for it, or null (then the organs of its products). The
 * API shows it as {@link DesignatedChannelJson} ({@link #json}); a stored decision version keeps it
 * in the same JSON shape.
 */
public record DesignatedChannel(
    long id,
    String kind,
    String name,
    String url,
    String identification,
    boolean eidas,
    String domain,
    List<String> messageTypes,
    boolean active,
    int version,
    String organ,
    List<Product> products) {

  /**
   * A product the channel is designated for; {@code messageTypes} are those of the designation,
   * {@code organ} the bestuursorgaan its messages go to (a {@code vocabulary.Organ} code).
   */
  public record Product(
      long productId,
      String productName,
      String clusterName,
      List<String> messageTypes,
      String organ) {}

  /** The channel as the API shows it. */
  public DesignatedChannelJson json() {
    return new DesignatedChannelJson(
        id,
        kind,
        name,
        url,
        identification,
        eidas,
        domain,
        messageTypes,
        active,
        version,
        organ,
        products.stream()
            .map(
                p ->
                    new DesignatedChannelJson.Product(
                        p.productId(),
                        p.productName(),
                        p.clusterName(),
                        p.messageTypes(),
                        p.organ()))
            .toList());
  }

  /** The channels as the API shows them. */
  public static List<DesignatedChannelJson> json(List<DesignatedChannel> channels) {
    return channels.stream().map(DesignatedChannel::json).toList();
  }
}
