package nl.wmebv.service.core.designation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.wmebv.service.core.crawl.LinkPolicy;

/** Proposes channels from the inventory's decisions (pure: facts in, proposals out). */
public final class ProposalMaker {
  private ProposalMaker() {}

  /** One proposal per channel URL; products already designated for that URL are left out. */
  public static List<Proposal> propose(
      List<ProductFacts> products, List<DesignatedChannel> register) {
    Map<String, Builder> byKey = new LinkedHashMap<>();
    for (ProductFacts p : products) {
      if (!p.isInScope() || !"DIGITAL".equals(p.channelStatus()) || p.channels() == null) {
        continue;
      }
      for (ProductFacts.PageChannel c : p.channels()) {
        if (!c.isDigital() || !c.isWorking() || !LinkPolicy.linkable(c.target())) {
          continue;
        }
        String key = ChannelKeys.key(c.target());
        DesignatedChannel existing =
            register.stream()
                .filter(d -> ChannelKeys.key(d.url()).equals(key))
                .findFirst()
                .orElse(null);
        if (existing != null
            && existing.products().stream().anyMatch(d -> d.productId() == p.id())) {
          continue;
        }
        byKey.computeIfAbsent(key, k -> new Builder(k, existing, c, p)).add(c, p);
      }
    }
    return byKey.values().stream().map(Builder::build).toList();
  }

  /**
   * The register kind and identification of a page channel type (SPECIFIC_FORM/NONE for an open
   * e-form).
   */
  static String[] kindOf(ProductFacts.PageChannel c) {
    return switch (c.type()) {
      case "EFORM_DIGID" -> new String[] {"SPECIFIC_FORM", "DIGID"};
      case "EFORM_EHERKENNING" -> new String[] {"SPECIFIC_FORM", "EHERKENNING"};
      case "EMAIL" -> new String[] {"EMAIL", "NONE"};
      case "NATIONAL_PORTAL" -> {
        String portal = ChannelKeys.portalKind(c.target());
        yield new String[] {
          portal == null ? "OTHER_NATIONAL_PORTAL" : portal,
          "BERICHTENBOX_BEDRIJVEN".equals(portal) ? "EHERKENNING" : "NONE"
        };
      }
      default -> new String[] {"SPECIFIC_FORM", "NONE"};
    };
  }

  private static final class Builder {
    private final String key;
    private final DesignatedChannel existing;
    private final String kind;
    private final String url;
    private final String firstProduct;
    private final String domain;
    private final TreeSet<String> identifications = new TreeSet<>();
    private final TreeSet<String> types = new TreeSet<>();
    private final Map<Long, Proposal.Product> products = new LinkedHashMap<>();

    Builder(String key, DesignatedChannel existing, ProductFacts.PageChannel c, ProductFacts p) {
      this.key = key;
      this.existing = existing;
      this.kind = existing != null ? existing.kind() : kindOf(c)[0];
      this.url = existing != null ? existing.url() : portalUrl(kind, c.target());
      this.firstProduct = p.name();
      this.domain = existing != null ? existing.domain() : p.cluster();
    }

    void add(ProductFacts.PageChannel c, ProductFacts p) {
      identifications.add(kindOf(c)[1]);
      types.addAll(p.messageTypes());
      products.putIfAbsent(p.id(), new Proposal.Product(p.id(), p.name(), p.messageTypes()));
    }

    Proposal build() {
      if (existing != null) {
        return new Proposal(
            key,
            existing.id(),
            kind,
            existing.name(),
            url,
            existing.identification(),
            domain,
            List.copyOf(types),
            new ArrayList<>(products.values()));
      }
      identifications.remove("NONE");
      String identification =
          identifications.isEmpty()
              ? "NONE"
              : identifications.size() > 1 ? "BOTH" : identifications.first();
      return new Proposal(
          key,
          null,
          kind,
          name(),
          url,
          identification,
          domain,
          List.copyOf(types),
          new ArrayList<>(products.values()));
    }

    private String name() {
      return switch (kind) {
        case "OMGEVINGSLOKET" -> "Omgevingsloket";
        case "BERICHTENBOX_BEDRIJVEN" -> "Berichtenbox voor Bedrijven";
        case "EMAIL" -> "E-mailadres " + url.substring("mailto:".length());
        case "OTHER_NATIONAL_PORTAL" -> "Landelijk loket " + url;
        default -> "Webformulier " + firstProduct;
      };
    }

    private static String portalUrl(String kind, String target) {
      return "OMGEVINGSLOKET".equals(kind) ? "https://omgevingsloket.nl/" : target;
    }
  }
}
