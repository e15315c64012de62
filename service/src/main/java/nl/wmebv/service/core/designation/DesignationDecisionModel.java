package nl.wmebv.service.core.designation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.wmebv.service.vocabulary.Organ;

/**
 * What the draft aanwijzingsbesluit says, built from the active channels of the register and the
 * municipality's decision settings: one joint decision of every organ that receives messages, or
 * one decision per organ. Each decision has the four designation rules, the statutory national
 * channels and a bijlage with every channel.
 */
public record DesignationDecisionModel(
    String municipality,
    int year,
    String generatedOn,
    String inventoryVersion,
    DesignationDecisionSettings settings,
    List<Besluit> besluiten) {

  /**
   * One decision: its organs, title, the bijlage's rows and the general contact forms of rule (d).
   */
  public record Besluit(
      List<OrganItem> organs,
      String citation,
      String deciders,
      List<Item> bijlage,
      List<Item> fallback,
      boolean berichtenboxInRegister) {

    /** True when more than one organ takes this decision. */
    public boolean several() {
      return organs.size() > 1;
    }
  }

  /** An organ that takes the decision, with its signature block. */
  public record OrganItem(
      String code,
      String shortName,
      String inText,
      String adopted,
      List<String> signers,
      String mandate) {}

  /** A designated channel as the bijlage lists it. */
  public record Item(
      long id,
      String kind,
      String name,
      String url,
      String address,
      String identification,
      String domain,
      String organs,
      String messageTypes,
      List<ProductItem> products,
      boolean fallback) {}

  /**
   * A product (group) a channel is designated for, with its message types in words and its organ.
   */
  public record ProductItem(long id, String name, String messageTypes, String organ) {}

  static final String GENERAL_DOMAIN = "Algemeen";

  /** The channels of rule (d): the general contact forms, never a national portal. */
  static final Set<String> FALLBACK_KINDS =
      Set.of("CONTACT_FORM_DIGID", "CONTACT_FORM_EHERKENNING");

  public static DesignationDecisionModel of(
      String municipality,
      int year,
      String generatedOn,
      String inventoryVersion,
      DesignationDecisionSettings settings,
      List<DesignatedChannel> register) {
    List<DesignatedChannel> active = register.stream().filter(DesignatedChannel::active).toList();
    Set<Organ> organs = organs(active);
    List<Besluit> besluiten = new ArrayList<>();
    if (settings.joint()) {
      besluiten.add(besluit(municipality, year, organs, active, true));
    } else {
      organs.forEach(o -> besluiten.add(besluit(municipality, year, EnumSet.of(o), active, false)));
    }
    return new DesignationDecisionModel(
        municipality, year, generatedOn, inventoryVersion, settings, besluiten);
  }

  /** The entry into force as the article says it. */
  public String entryIntoForce() {
    return settings.entryIntoForce() == null
        ? "met ingang van de dag na die waarop het is bekendgemaakt"
        : "met ingang van "
            + nl.wmebv.service.core.DutchTime.dateInText(settings.entryIntoForce())
            + ", of, als het later wordt bekendgemaakt, met ingang van de dag na die waarop het is bekendgemaakt";
  }

  /**
   * The organs named for channels or whose products are designated; the college always (most
   * messages).
   */
  static Set<Organ> organs(List<DesignatedChannel> active) {
    Set<Organ> organs = EnumSet.of(Organ.COLLEGE);
    active.stream()
        .map(c -> Organ.of(c.organ()))
        .filter(java.util.Objects::nonNull)
        .forEach(organs::add);
    active.forEach(
        c ->
            c.products()
                .forEach(
                    p -> {
                      Organ o = Organ.of(p.organ());
                      if (o != null) {
                        organs.add(o);
                      }
                    }));
    return organs;
  }

  private static Besluit besluit(
      String municipality,
      int year,
      Set<Organ> organs,
      List<DesignatedChannel> active,
      boolean joint) {
    List<Item> rows = new ArrayList<>();
    List<Item> fallback = new ArrayList<>();
    for (DesignatedChannel c : active) {
      Item item = item(c, organs);
      if (item == null) {
        continue;
      }
      rows.add(item);
      if (item.fallback()) {
        fallback.add(item);
      }
    }
    rows.sort(
        Comparator.comparing((Item i) -> GENERAL_DOMAIN.equals(i.domain()))
            .thenComparing(i -> i.domain().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Item::name));
    List<OrganItem> organItems = organs.stream().map(o -> organ(o, municipality)).toList();
    String citation =
        "Aanwijzingsbesluit elektronische kanalen "
            + municipality
            + " "
            + year
            + (joint ? "" : " " + organs.iterator().next().shortName());
    String deciders = DesignationTexts.and(organItems.stream().map(OrganItem::inText).toList());
    boolean box = active.stream().anyMatch(c -> "BERICHTENBOX_BEDRIJVEN".equals(c.kind()));
    return new Besluit(organItems, citation, deciders, rows, fallback, box);
  }

  /**
   * The channel as the bijlage of a decision of {@code organs} lists it, with only the products of
   * those organs; null when the channel has products and none belongs to them. Channels without
   * products (general ones) belong to every decision.
   */
  private static Item item(DesignatedChannel c, Set<Organ> organs) {
    List<DesignatedChannel.Product> own =
        c.products().stream()
            .filter(p -> Organ.of(p.organ()) == null || organs.contains(Organ.of(p.organ())))
            .toList();
    Organ named = Organ.of(c.organ());
    if (!c.products().isEmpty() && own.isEmpty() || named != null && !organs.contains(named)) {
      return null;
    }
    String address =
        c.url().regionMatches(true, 0, "mailto:", 0, 7) ? c.url().substring(7) : c.url();
    List<ProductItem> products =
        own.stream()
            .map(
                p ->
                    new ProductItem(
                        p.productId(),
                        p.productName(),
                        DesignationTexts.messageTypes(p.messageTypes()),
                        label(Organ.of(p.organ()))))
            .toList();
    Set<Organ> channelOrgans = new TreeSet<>();
    own.forEach(
        p -> {
          if (Organ.of(p.organ()) != null) {
            channelOrgans.add(Organ.of(p.organ()));
          }
        });
    if (named != null) {
      channelOrgans.clear();
      channelOrgans.add(named);
    } else if (channelOrgans.isEmpty()) {
      channelOrgans.addAll(organs);
    }
    String domain = c.domain() == null || c.domain().isBlank() ? GENERAL_DOMAIN : c.domain();
    return new Item(
        c.id(),
        DesignationTexts.KINDS.getOrDefault(c.kind(), c.kind()),
        c.name(),
        c.url(),
        address,
        DesignationTexts.identification(c.identification())
            + (c.eidas() ? "; ook met een eIDAS-middel" : ""),
        domain,
        String.join(", ", channelOrgans.stream().map(Organ::shortName).toList()),
        DesignationTexts.messageTypes(c.messageTypes()),
        products,
        FALLBACK_KINDS.contains(c.kind()));
  }

  private static String label(Organ o) {
    return o == null ? "" : o.shortName();
  }

  private static OrganItem organ(Organ o, String municipality) {
    return switch (o) {
      case RAAD ->
          new OrganItem(
              o.code(),
              o.shortName(),
              o.inText(),
              "Aldus vastgesteld in de openbare vergadering van"
                  + " de raad van de gemeente "
                  + municipality
                  + " van",
              List.of("De griffier,", "De voorzitter,"),
              "de griffier");
      case COLLEGE ->
          new OrganItem(
              o.code(),
              o.shortName(),
              o.inText(),
              "Aldus vastgesteld door het college van"
                  + " burgemeester en wethouders van de gemeente "
                  + municipality
                  + " in zijn vergadering van",
              List.of("De secretaris,", "De burgemeester,"),
              "de gemeentesecretaris");
      case BURGEMEESTER ->
          new OrganItem(
              o.code(),
              o.shortName(),
              o.inText(),
              "Aldus vastgesteld door de burgemeester" + " van de gemeente " + municipality + " op",
              List.of("De burgemeester,"),
              "de gemeentesecretaris");
    };
  }
}
