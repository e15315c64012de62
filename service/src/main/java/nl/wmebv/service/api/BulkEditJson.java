package nl.wmebv.service.api;

import java.util.List;

/**
 * The answer of a bulk edit: how many products changed, and all the named products as they are now.
 */
public record BulkEditJson(int updated, List<ProductJson> products) {}
