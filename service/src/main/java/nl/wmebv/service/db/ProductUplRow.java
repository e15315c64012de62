package nl.wmebv.service.db;

import java.util.List;

/** What the UPL view of a product needs. */
public record ProductUplRow(
    long id,
    long municipalityId,
    String name,
    String uniformName,
    String uplUri,
    List<String> feedUplUris,
    String feedTitle,
    Boolean inScope,
    List<String> messageTypes) {}
