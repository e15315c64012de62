package nl.wmebv.crawler.detect.text;

import java.util.List;

/**
 * One section of the municipality's text template, with the heading wordings that count as it.
 *
 * @param name the canonical heading (reported in present, missing and out-of-order lists)
 * @param synonyms phrases that, found in a heading, map it to this section (the name itself always
 *     counts)
 */
public record TemplateSection(String name, List<String> synonyms) {
  public TemplateSection {
    synonyms = List.copyOf(synonyms);
  }

  /** The default template from DOMAIN.md, in its expected order, with common synonyms. */
  public static List<TemplateSection> defaults() {
    return List.of(
        new TemplateSection(
            "Wat is het?",
            List.of(
                "wat is",
                "omschrijving",
                "beschrijving",
                "wat houdt",
                "algemeen",
                "inleiding",
                "over dit product",
                "wat kunt u",
                "samenvatting",
                "in het kort")),
        new TemplateSection(
            "Voorwaarden",
            List.of(
                "voorwaarden",
                "voor wie",
                "wie kan",
                "wie komt",
                "komt u in aanmerking",
                "regels",
                "criteria",
                "wanneer kunt u",
                "wanneer komt")),
        new TemplateSection(
            "Hoe werkt het?",
            List.of(
                "hoe werkt",
                "aanvragen",
                "aanvraag",
                "hoe vraag",
                "hoe vraagt",
                "hoe regel",
                "hoe regelt",
                "direct regelen",
                "online regelen",
                "werkwijze",
                "aanpak",
                "melden",
                "hoe meld",
                "hoe meldt",
                "doorgeven",
                "procedure",
                "zo werkt",
                "wat moet ik doen",
                "wat moet u doen",
                "gang van zaken",
                "hoe het werkt",
                "stappen",
                "direct online")),
        new TemplateSection(
            "Wat heb ik nodig?",
            List.of(
                "wat heb ik nodig",
                "wat heeft u nodig",
                "wat moet ik meenemen",
                "wat moet u meenemen",
                "meenemen",
                "benodigdheden",
                "nodig",
                "neem mee",
                "wat neemt u mee",
                "benodigde stukken",
                "benodigde documenten",
                "wat moet u aanleveren")),
        new TemplateSection(
            "Wat kost het?",
            List.of("wat kost", "kosten", "tarief", "tarieven", "prijs", "prijzen", "leges")),
        new TemplateSection(
            "Hoe lang duurt het?",
            List.of(
                "hoe lang",
                "termijn",
                "doorlooptijd",
                "levertijd",
                "beslistermijn",
                "duur",
                "wanneer krijg",
                "wanneer hoort",
                "hoelang",
                "afhandeltermijn",
                "behandeltermijn")),
        new TemplateSection("Bezwaar en beroep", List.of("bezwaar", "beroep", "niet eens")),
        new TemplateSection(
            "Meer informatie",
            List.of(
                "meer informatie",
                "contact",
                "vragen",
                "meer weten",
                "extra informatie",
                "links",
                "wetgeving",
                "zie ook",
                "goed om te weten",
                "let op",
                "bijzonderheden")));
  }
}
