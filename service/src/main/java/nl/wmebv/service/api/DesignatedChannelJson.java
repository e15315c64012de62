package nl.wmebv.service.api;

import java.util.List;

/** A designated channel as the API shows it, with the products (and their message types) it is designated for. */
public record DesignatedChannelJson(
    long id, String kind, String name, String url, String identification, String domain, List<String> messageTypes,
    boolean active, int version, List<Product> products) {

  /**
   * A product the channel is designated for; {@code messageTypes} are those of the designation, {@code organ} the
   * bestuursorgaan its messages go to (a {@code vocabulary.Organ} code).
   */
  public record Product(long productId, String productName, String clusterName, List<String> messageTypes,
      String organ) {}
}
