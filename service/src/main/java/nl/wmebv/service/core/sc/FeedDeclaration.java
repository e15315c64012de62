package nl.wmebv.service.core.sc;

import nl.wmebv.service.db.FeedDeclarationRow;

/**
 * A product as the municipality's SC feed declares it: title, page, audience, online application
 * and abstract.
 */
public record FeedDeclaration(
    String title,
    String pageUrl,
    String audience,
    String onlineAanvragen,
    String aanvraagUrl,
    String abstractText) {
  static FeedDeclaration of(FeedDeclarationRow r) {
    return new FeedDeclaration(
        r.title(),
        r.pageUrl(),
        r.audience(),
        r.onlineAanvragen(),
        r.aanvraagUrl(),
        r.abstractText());
  }
}
