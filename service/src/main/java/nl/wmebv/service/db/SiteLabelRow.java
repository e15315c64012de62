package nl.wmebv.service.db;

/** A site's base URL with its municipality's name. */
public record SiteLabelRow(String municipalityName, String baseUrl) {}
