package nl.wmebv.service.core.designation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wmebv.service.api.DesignatedChannelJson;

/**
 * What the draft aanwijzingsbesluit says, built from the active channels of the register: the municipality's
 * own channels per domain (Artikel 2) and the national ones (Artikel 3).
 */
public record DecisionModel(
    String municipality, int year, String citation, String generatedOn, String inventoryVersion,
    List<Domain> domains, List<Item> omgevingsloket, List<Item> berichtenbox, List<Item> otherPortals) {

  /** The channels designated for one domain. */
  public record Domain(String name, List<Item> channels) {}

  /** A designated channel as the decision names it. */
  public record Item(long id, String kind, String name, String url, String address, String identification,
      String messageTypes, List<ProductItem> products) {}

  /** A product (group) a channel is designated for, with its message types in words. */
  public record ProductItem(long id, String name, String messageTypes) {}

  static final String GENERAL_DOMAIN = "Algemeen";

  public static DecisionModel of(String municipality, int year, String generatedOn, String inventoryVersion,
      List<DesignatedChannelJson> register) {
    Map<String, List<Item>> domains = new TreeMap<>((a, b) -> a.equals(b) ? 0 : a.equals(GENERAL_DOMAIN) ? 1
        : b.equals(GENERAL_DOMAIN) ? -1 : a.compareToIgnoreCase(b) != 0 ? a.compareToIgnoreCase(b) : a.compareTo(b));
    List<Item> loket = new ArrayList<>();
    List<Item> box = new ArrayList<>();
    List<Item> other = new ArrayList<>();
    for (DesignatedChannelJson c : register) {
      if (!c.active()) {
        continue;
      }
      Item item = item(c);
      switch (c.kind()) {
        case "OMGEVINGSLOKET" -> loket.add(item);
        case "BERICHTENBOX_BEDRIJVEN" -> box.add(item);
        case "OTHER_NATIONAL_PORTAL" -> other.add(item);
        default -> domains.computeIfAbsent(c.domain() == null || c.domain().isBlank() ? GENERAL_DOMAIN : c.domain(),
            k -> new ArrayList<>()).add(item);
      }
    }
    String citation = "Aanwijzingsbesluit elektronische kanalen " + municipality + " " + year;
    return new DecisionModel(municipality, year, citation, generatedOn, inventoryVersion,
        domains.entrySet().stream().map(e -> new Domain(e.getKey(), e.getValue())).toList(), loket, box, other);
  }

  private static Item item(DesignatedChannelJson c) {
    String address = c.url().regionMatches(true, 0, "mailto:", 0, 7) ? c.url().substring(7) : c.url();
    List<ProductItem> products = c.products().stream()
        .map(p -> new ProductItem(p.productId(), p.productName(), DesignationTexts.messageTypes(p.messageTypes())))
        .toList();
    return new Item(c.id(), DesignationTexts.KINDS.getOrDefault(c.kind(), c.kind()), c.name(), c.url(), address,
        DesignationTexts.IDENTIFICATIONS.getOrDefault(c.identification(), c.identification()),
        DesignationTexts.messageTypes(c.messageTypes()), products);
  }

  /** True when Artikel 3 names at least one national channel. */
  public boolean hasNational() {
    return !omgevingsloket.isEmpty() || !berichtenbox.isEmpty() || !otherPortals.isEmpty();
  }
}
