package nl.wmebv.service.core.designation;

import java.util.List;

/**
 * A channel the inventory proposes to designate: a digital channel found on the pages of in-scope
 * products whose effective channel status is DIGITAL, grouped by URL ({@link ChannelKeys}).
 * Accepting it creates the channel, or adds the products to {@code existingChannelId} when that URL
 * is designated already.
 *
 * @param key the proposal's key (the channel key of its URL), used to accept it
 */
public record Proposal(
    String key,
    Long existingChannelId,
    String kind,
    String name,
    String url,
    String identification,
    String domain,
    List<String> messageTypes,
    List<Product> products) {

  /** A product to designate the channel for, with its message types. */
  public record Product(long productId, String productName, List<String> messageTypes) {}
}
