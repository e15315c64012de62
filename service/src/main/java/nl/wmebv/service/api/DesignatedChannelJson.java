package nl.wmebv.service.api;

import java.util.List;

/**
 * A designated channel as the API shows it, with the products (and their message types) it is
 * designated for; {@code eidas}: it also takes a European login means; {@code organ}: the organ a
 * person named for it, or null (then the organs of its products).
 */
public record DesignatedChannelJson(
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
}
