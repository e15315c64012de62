package nl.wmebv.service.db;

import java.util.List;

/** What a product holds from the SC feed, for comparing it with a new import. */
public record FeedProductRow(
    long id,
    String feedPageUrl,
    Long pageId,
    String uniformName,
    String uplUri,
    String feedTitle,
    String feedAbstract,
    List<String> feedSubjects,
    String feedAudience,
    String feedOnlineAanvragen,
    String feedAanvraagUrl,
    List<String> feedUplUris) {}
