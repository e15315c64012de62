package nl.wmebv.service.api;

import java.time.OffsetDateTime;
import java.util.List;

/** A municipality with its sites and clusters. */
public record MunicipalityJson(
    long id,
    String name,
    String baseUrl,
    OffsetDateTime createdAt,
    List<SiteJson> sites,
    List<ClusterJson> clusters) {}
