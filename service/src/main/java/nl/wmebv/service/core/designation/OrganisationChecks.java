package nl.wmebv.service.core.designation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmebv.service.core.designation.DesignationChecks.Rule;

/**
 * The checks on who a channel belongs to: the fallback of rule (d), national portals without
 * products, products of another organ than their channel's, channels of other organisations, and
 * pages that link only the Vergunningcheck.
 */
final class OrganisationChecks {
  private OrganisationChecks() {}

  static List<Finding> run(List<ProductFacts> products, List<DesignatedChannel> active) {
    List<Finding> out = new ArrayList<>();
    if (active.stream()
        .noneMatch(c -> DesignationDecisionModel.FALLBACK_KINDS.contains(c.kind()))) {
      out.add(
          DesignationChecks.finding(
              Rule.NO_FALLBACK_CHANNEL,
              "No active general contact form is designated",
              null,
              null,
              null,
              null));
    }
    active.stream()
        .filter(c -> DesignationTexts.NATIONAL.contains(c.kind()) && c.products().isEmpty())
        .forEach(
            c ->
                out.add(
                    DesignationChecks.finding(
                        Rule.NATIONAL_PORTAL_AS_FALLBACK,
                        "National channel '"
                            + c.name()
                            + "' has no products; it is never used for everything else",
                        null,
                        c,
                        c.url(),
                        null)));
    out.addAll(otherOrgan(products, active));
    for (ProductFacts p : products) {
      if (!p.isInScope() || p.channels() == null) {
        continue;
      }
      p.channels().stream()
          .filter(c -> c.isDigital() && c.isWorking() && isOtherOrganisation(p, c))
          .map(ProductFacts.PageChannel::target)
          .distinct()
          .forEach(
              url ->
                  out.add(
                      DesignationChecks.finding(
                          Rule.CHANNEL_OF_OTHER_ORGANISATION,
                          "The page of '"
                              + p.name()
                              + "' links "
                              + url
                              + ", a channel of another organisation",
                          p,
                          null,
                          url,
                          null)));
      List<ProductFacts.PageChannel> digital =
          p.channels().stream().filter(ProductFacts.PageChannel::isDigital).toList();
      if (!digital.isEmpty() && digital.stream().allMatch(OrganisationChecks::isVergunningcheck)) {
        out.add(
            DesignationChecks.finding(
                Rule.ONLY_VERGUNNINGCHECK,
                "The page of '"
                    + p.name()
                    + "' links only the"
                    + " Vergunningcheck, no route to apply",
                p,
                null,
                digital.get(0).target(),
                null));
      }
    }
    return out;
  }

  private static List<Finding> otherOrgan(
      List<ProductFacts> products, List<DesignatedChannel> active) {
    Map<Long, ProductFacts> byId =
        products.stream().collect(Collectors.toMap(ProductFacts::id, Function.identity()));
    List<Finding> out = new ArrayList<>();
    for (DesignatedChannel c : active) {
      if (c.organ() == null) {
        continue;
      }
      c.products().stream()
          .filter(p -> p.organ() != null && !p.organ().equals(c.organ()))
          .forEach(
              p ->
                  out.add(
                      DesignationChecks.finding(
                          Rule.PRODUCT_OF_OTHER_ORGAN,
                          "Product '"
                              + p.productName()
                              + "' belongs to "
                              + p.organ()
                              + " but channel '"
                              + c.name()
                              + "' is named for "
                              + c.organ(),
                          byId.getOrDefault(
                              p.productId(),
                              new ProductFacts(
                                  p.productId(),
                                  p.productName(),
                                  null,
                                  null,
                                  List.of(),
                                  null,
                                  null,
                                  null)),
                          c,
                          c.url(),
                          null)));
    }
    return out;
  }

  /**
   * An e-form or address on another registrable domain than the product page's, and no national
   * portal.
   */
  static boolean isOtherOrganisation(ProductFacts p, ProductFacts.PageChannel c) {
    if (c.target() == null
        || p.pageUrl() == null
        || "NATIONAL_PORTAL".equals(c.type())
        || ChannelKeys.portalKind(c.target()) != null) {
      return false;
    }
    String own = domain(host(p.pageUrl()));
    String target =
        c.target().regionMatches(true, 0, "mailto:", 0, 7)
            ? domain(c.target().substring(c.target().indexOf('@') + 1).replaceAll("[?#].*", ""))
            : domain(host(c.target()));
    return own != null && target != null && !own.equals(target);
  }

  static boolean isVergunningcheck(ProductFacts.PageChannel c) {
    return c.target() != null && c.target().toLowerCase(Locale.ROOT).contains("vergunningcheck");
  }

  private static String host(String url) {
    try {
      return URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The last two labels of a host ("formulieren.voorbeeldstad.nl" → "voorbeeldstad.nl"). */
  private static String domain(String host) {
    if (host == null || host.isBlank()) {
      return null;
    }
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    return labels.length < 2 ? host : labels[labels.length - 2] + "." + labels[labels.length - 1];
  }
}
