package nl.wmebv.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A product with everything a session needs to decide on it: its cluster, its page, the latest
 * analysis (channels with evidence, sections, readability) as the crawler wrote it, the observation
 * history newest first, its actions and its audit trail.
 */
public record ProductDetailJson(
    ProductJson product,
    ClusterJson cluster,
    WebPageJson page,
    JsonNode analysis,
    List<ObservationJson> observations,
    List<ActionJson> actions,
    List<AuditEventJson> audit) {}
