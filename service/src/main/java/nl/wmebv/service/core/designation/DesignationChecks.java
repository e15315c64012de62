package nl.wmebv.service.core.designation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The consistency checks of the register against the inventory; one small named rule each (pure).
 */
public final class DesignationChecks {
  /** The rules: code, Dutch label, English description. */
  public enum Rule {
    NO_DESIGNATED_CHANNEL(
        "Product in scope zonder aangewezen kanaal",
        "An in-scope product has no designated channel",
        "Voor dit product valt een formeel bericht onder de WMEBV, maar het register wijst er geen kanaal voor aan."
            + " Berichten erover vallen dan onder het algemene contactformulier; wijs een eigen kanaal aan als het"
            + " product er een heeft."),
    DESIGNATED_CHANNEL_BROKEN(
        "Aangewezen kanaal werkt niet",
        "The last crawl found a designated channel broken on a product page that links it",
        "De laatste crawl vond het aangewezen kanaal niet werkend op de productpagina. Een aangewezen kanaal moet"
            + " berichten kunnen ontvangen; herstel het formulier of wijs een ander kanaal aan."),
    DESIGNATED_CHANNEL_NOT_ON_PAGE(
        "Aangewezen kanaal staat niet op de productpagina",
        "A designated channel is missing from the page of a product it is designated for",
        "Het kanaal is voor dit product aangewezen, maar de productpagina verwijst er niet naar. Zet de link op de"
            + " pagina of pas de aanwijzing aan."),
    UNDESIGNATED_CHANNEL(
        "Werkend kanaal op de productpagina is niet aangewezen",
        "The page of an in-scope product offers a working digital channel that is not designated",
        "De productpagina biedt een werkend digitaal kanaal dat niet in het besluit staat. Neem het op in de"
            + " bijlage of haal het van de pagina."),
    MESSAGE_TYPE_WITHOUT_CHANNEL(
        "Berichtsoort zonder aangewezen kanaal",
        "A message type occurs in the inventory decisions but no designated channel takes it",
        "Deze berichtsoort komt voor in de besluiten over producten, maar geen aangewezen kanaal neemt haar aan."),
    NO_FALLBACK_CHANNEL(
        "Geen algemeen contactformulier aangewezen",
        "No general contact form is designated, so rule (d) of the decision names no channel",
        "Het besluit wijst voor alle andere berichten het algemene contactformulier aan (artikel 2, vierde lid)."
            + " Er is geen actief algemeen contactformulier met DigiD of eHerkenning in het register; het concept"
            + " laat daarom een adres open."),
    NATIONAL_PORTAL_AS_FALLBACK(
        "Landelijke voorziening zonder producten",
        "A national portal channel without products would act as the channel for everything else",
        "Een landelijke voorziening (Omgevingsloket, Berichtenbox voor Bedrijven of een ander landelijk loket) is"
            + " zonder producten aangewezen. Zo'n kanaal mag nooit het kanaal voor alle overige berichten zijn; het"
            + " besluit gebruikt het daarom niet als terugvaloptie. Koppel de producten waarvoor het geldt."),
    PRODUCT_OF_OTHER_ORGAN(
        "Product van een ander bestuursorgaan dan het kanaal",
        "A channel named for one organ is designated for a product of another organ",
        "Het kanaal is aangewezen voor een bestuursorgaan, maar dit product hoort bij een ander bestuursorgaan."
            + " Ieder bestuursorgaan wijst alleen kanalen aan voor de eigen berichten; pas het orgaan van het"
            + " product of van het kanaal aan."),
    CHANNEL_OF_OTHER_ORGANISATION(
        "Kanaal van een andere organisatie",
        "The product page links a working channel on another organisation's domain (e.g. a belastingsamenwerking)",
        "De productpagina verwijst naar een kanaal op het domein van een andere organisatie, zoals een"
            + " belastingsamenwerking, omgevingsdienst of gemeenschappelijke regeling. Dat valt onder artikel 2,"
            + " derde lid (het kanaal van die organisatie) en hoeft niet in de bijlage; controleer of het geen"
            + " formulier van de gemeente zelf is."),
    ONLY_VERGUNNINGCHECK(
        "Alleen de Vergunningcheck gelinkt",
        "The product page links only the Omgevingsloket's Vergunningcheck and no route to apply",
        "De productpagina verwijst alleen naar de Vergunningcheck van het Omgevingsloket. Daarmee kan niemand een"
            + " aanvraag of melding indienen; link ook naar het aanvragen in het Omgevingsloket of een ander"
            + " aangewezen kanaal.");

    public final String label;
    public final String text;

    /** What the finding means and what to do, in Dutch (web view and exports). */
    public final String explanation;

    Rule(String label, String text, String explanation) {
      this.label = label;
      this.text = text;
      this.explanation = explanation;
    }
  }

  /** General channels (contact forms) need not stand on the product page. */
  private static final Set<String> GENERAL =
      Set.of("CONTACT_FORM_DIGID", "CONTACT_FORM_EHERKENNING");

  private DesignationChecks() {}

  /** All findings of all rules; only active channels count as designated. */
  public static List<Finding> run(List<ProductFacts> products, List<DesignatedChannel> register) {
    List<DesignatedChannel> active = register.stream().filter(DesignatedChannel::active).toList();
    List<Finding> out = new ArrayList<>();
    out.addAll(productsWithoutChannel(products, active));
    out.addAll(brokenOrMissing(products, active));
    out.addAll(undesignatedChannels(products, active));
    out.addAll(messageTypesWithoutChannel(products, active));
    out.addAll(OrganisationChecks.run(products, active));
    return out;
  }

  static List<Finding> productsWithoutChannel(
      List<ProductFacts> products, List<DesignatedChannel> active) {
    Set<Long> designated =
        active.stream()
            .flatMap(c -> c.products().stream())
            .map(DesignatedChannel.Product::productId)
            .collect(Collectors.toSet());
    return products.stream()
        .filter(p -> p.isInScope() && !designated.contains(p.id()))
        .map(
            p ->
                finding(
                    Rule.NO_DESIGNATED_CHANNEL,
                    "Product '"
                        + p.name()
                        + "' is in scope but no channel is"
                        + " designated for it",
                    p,
                    null,
                    null,
                    null))
        .toList();
  }

  static List<Finding> brokenOrMissing(
      List<ProductFacts> products, List<DesignatedChannel> active) {
    Map<Long, ProductFacts> byId =
        products.stream().collect(Collectors.toMap(ProductFacts::id, Function.identity()));
    List<Finding> out = new ArrayList<>();
    for (DesignatedChannel c : active) {
      String key = ChannelKeys.key(c.url());
      for (DesignatedChannel.Product dp : c.products()) {
        ProductFacts p = byId.get(dp.productId());
        if (p == null || p.channels() == null) {
          continue;
        }
        List<ProductFacts.PageChannel> links =
            p.channels().stream()
                .filter(pc -> pc.target() != null && ChannelKeys.key(pc.target()).equals(key))
                .toList();
        if (links.stream().anyMatch(ProductFacts.PageChannel::isBroken)) {
          out.add(
              finding(
                  Rule.DESIGNATED_CHANNEL_BROKEN,
                  "Channel '"
                      + c.name()
                      + "' did not work when the last crawl"
                      + " checked it on the page of '"
                      + p.name()
                      + "'",
                  p,
                  c,
                  c.url(),
                  null));
        } else if (links.isEmpty() && !GENERAL.contains(c.kind())) {
          out.add(
              finding(
                  Rule.DESIGNATED_CHANNEL_NOT_ON_PAGE,
                  "Channel '"
                      + c.name()
                      + "' is designated for '"
                      + p.name()
                      + "' but its page does not link it",
                  p,
                  c,
                  c.url(),
                  null));
        }
      }
    }
    return out;
  }

  static List<Finding> undesignatedChannels(
      List<ProductFacts> products, List<DesignatedChannel> active) {
    Set<String> keys =
        active.stream().map(c -> ChannelKeys.key(c.url())).collect(Collectors.toSet());
    List<Finding> out = new ArrayList<>();
    for (ProductFacts p : products) {
      if (!p.isInScope() || p.channels() == null) {
        continue;
      }
      p.channels().stream()
          .filter(c -> c.isDigital() && c.isWorking() && c.target() != null)
          .filter(c -> !keys.contains(ChannelKeys.key(c.target())))
          .filter(c -> !OrganisationChecks.isOtherOrganisation(p, c))
          .map(c -> ChannelKeys.key(c.target()) + "\n" + c.target())
          .distinct()
          .forEach(
              k -> {
                String url = k.substring(k.indexOf('\n') + 1);
                out.add(
                    finding(
                        Rule.UNDESIGNATED_CHANNEL,
                        "The page of '"
                            + p.name()
                            + "' offers "
                            + url
                            + ", which is not designated",
                        p,
                        null,
                        url,
                        null));
              });
    }
    return out;
  }

  static List<Finding> messageTypesWithoutChannel(
      List<ProductFacts> products, List<DesignatedChannel> active) {
    Set<String> covered = new TreeSet<>();
    active.forEach(
        c -> {
          covered.addAll(c.messageTypes());
          c.products().forEach(p -> covered.addAll(p.messageTypes()));
        });
    Set<String> used = new TreeSet<>();
    products.stream().filter(ProductFacts::isInScope).forEach(p -> used.addAll(p.messageTypes()));
    used.removeAll(covered);
    return used.stream()
        .map(
            t ->
                finding(
                    Rule.MESSAGE_TYPE_WITHOUT_CHANNEL,
                    "Message type '"
                        + t
                        + "' occurs in the"
                        + " inventory decisions but no designated channel takes it",
                    null,
                    null,
                    null,
                    t))
        .toList();
  }

  static Finding finding(
      Rule rule, String message, ProductFacts p, DesignatedChannel c, String url, String type) {
    return new Finding(
        rule.name(),
        rule.label,
        message,
        p == null ? null : p.id(),
        p == null ? null : p.name(),
        c == null ? null : c.id(),
        c == null ? null : c.name(),
        url,
        type,
        rule.explanation);
  }
}
