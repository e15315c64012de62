package nl.wmebv.service.core.designation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmebv.service.api.DesignatedChannelJson;

/** The consistency checks of the register against the inventory; one small named rule each (pure). */
public final class DesignationChecks {
  /** The rules: code, Dutch label, English description. */
  public enum Rule {
    NO_DESIGNATED_CHANNEL("Product in scope zonder aangewezen kanaal",
        "An in-scope product has no designated channel"),
    DESIGNATED_CHANNEL_BROKEN("Aangewezen kanaal werkt niet",
        "The last crawl found a designated channel broken on a product page that links it"),
    DESIGNATED_CHANNEL_NOT_ON_PAGE("Aangewezen kanaal staat niet op de productpagina",
        "A designated channel is missing from the page of a product it is designated for"),
    UNDESIGNATED_CHANNEL("Werkend kanaal op de productpagina is niet aangewezen",
        "The page of an in-scope product offers a working digital channel that is not designated"),
    MESSAGE_TYPE_WITHOUT_CHANNEL("Berichtsoort zonder aangewezen kanaal",
        "A message type occurs in the inventory decisions but no designated channel takes it");

    public final String label;
    public final String text;

    Rule(String label, String text) {
      this.label = label;
      this.text = text;
    }
  }

  /** General channels (contact forms) need not stand on the product page. */
  private static final Set<String> GENERAL = Set.of("CONTACT_FORM_DIGID", "CONTACT_FORM_EHERKENNING");

  private DesignationChecks() {}

  /** All findings of all rules; only active channels count as designated. */
  public static List<Finding> run(List<ProductFacts> products, List<DesignatedChannelJson> register) {
    List<DesignatedChannelJson> active = register.stream().filter(DesignatedChannelJson::active).toList();
    List<Finding> out = new ArrayList<>();
    out.addAll(productsWithoutChannel(products, active));
    out.addAll(brokenOrMissing(products, active));
    out.addAll(undesignatedChannels(products, active));
    out.addAll(messageTypesWithoutChannel(products, active));
    return out;
  }

  static List<Finding> productsWithoutChannel(List<ProductFacts> products, List<DesignatedChannelJson> active) {
    Set<Long> designated = active.stream().flatMap(c -> c.products().stream())
        .map(DesignatedChannelJson.Product::productId).collect(Collectors.toSet());
    return products.stream().filter(p -> p.isInScope() && !designated.contains(p.id()))
        .map(p -> finding(Rule.NO_DESIGNATED_CHANNEL, "Product '" + p.name() + "' is in scope but no channel is"
            + " designated for it", p, null, null, null)).toList();
  }

  static List<Finding> brokenOrMissing(List<ProductFacts> products, List<DesignatedChannelJson> active) {
    Map<Long, ProductFacts> byId = products.stream().collect(Collectors.toMap(ProductFacts::id, Function.identity()));
    List<Finding> out = new ArrayList<>();
    for (DesignatedChannelJson c : active) {
      String key = ChannelKeys.key(c.url());
      for (DesignatedChannelJson.Product dp : c.products()) {
        ProductFacts p = byId.get(dp.productId());
        if (p == null || p.channels() == null) {
          continue;
        }
        List<ProductFacts.PageChannel> links = p.channels().stream()
            .filter(pc -> pc.target() != null && ChannelKeys.key(pc.target()).equals(key)).toList();
        if (links.stream().anyMatch(ProductFacts.PageChannel::isBroken)) {
          out.add(finding(Rule.DESIGNATED_CHANNEL_BROKEN, "Channel '" + c.name() + "' did not work when the last crawl"
              + " checked it on the page of '" + p.name() + "'", p, c, c.url(), null));
        } else if (links.isEmpty() && !GENERAL.contains(c.kind())) {
          out.add(finding(Rule.DESIGNATED_CHANNEL_NOT_ON_PAGE, "Channel '" + c.name() + "' is designated for '"
              + p.name() + "' but its page does not link it", p, c, c.url(), null));
        }
      }
    }
    return out;
  }

  static List<Finding> undesignatedChannels(List<ProductFacts> products, List<DesignatedChannelJson> active) {
    Set<String> keys = active.stream().map(c -> ChannelKeys.key(c.url())).collect(Collectors.toSet());
    List<Finding> out = new ArrayList<>();
    for (ProductFacts p : products) {
      if (!p.isInScope() || p.channels() == null) {
        continue;
      }
      p.channels().stream().filter(c -> c.isDigital() && c.isWorking() && c.target() != null)
          .filter(c -> !keys.contains(ChannelKeys.key(c.target())))
          .map(c -> ChannelKeys.key(c.target()) + "\n" + c.target()).distinct()
          .forEach(k -> {
            String url = k.substring(k.indexOf('\n') + 1);
            out.add(finding(Rule.UNDESIGNATED_CHANNEL, "The page of '" + p.name() + "' offers " + url
                + ", which is not designated", p, null, url, null));
          });
    }
    return out;
  }

  static List<Finding> messageTypesWithoutChannel(List<ProductFacts> products, List<DesignatedChannelJson> active) {
    Set<String> covered = new TreeSet<>();
    active.forEach(c -> {
      covered.addAll(c.messageTypes());
      c.products().forEach(p -> covered.addAll(p.messageTypes()));
    });
    Set<String> used = new TreeSet<>();
    products.stream().filter(ProductFacts::isInScope).forEach(p -> used.addAll(p.messageTypes()));
    used.removeAll(covered);
    return used.stream().map(t -> new Finding(Rule.MESSAGE_TYPE_WITHOUT_CHANNEL.name(),
        Rule.MESSAGE_TYPE_WITHOUT_CHANNEL.label, "Message type '" + t + "' occurs in the inventory decisions but no"
            + " designated channel takes it", null, null, null, null, null, t)).toList();
  }

  private static Finding finding(Rule rule, String message, ProductFacts p, DesignatedChannelJson c, String url,
      String type) {
    return new Finding(rule.name(), rule.label, message, p == null ? null : p.id(), p == null ? null : p.name(),
        c == null ? null : c.id(), c == null ? null : c.name(), url, type);
  }
}
