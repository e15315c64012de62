package nl.wmebv.service.db;

/** The SC feed's fields of one product, as the last import stored them. */
public record FeedDeclarationRow(
    String title,
    String pageUrl,
    String audience,
    String onlineAanvragen,
    String aanvraagUrl,
    String abstractText) {}
