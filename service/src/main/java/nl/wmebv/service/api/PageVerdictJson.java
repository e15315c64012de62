package nl.wmebv.service.api;

import java.time.OffsetDateTime;

/** A person's verdict on a page: {@code verdict} PRODUCT or NOT_PRODUCT, who gave it and when. */
public record PageVerdictJson(
    long pageId, String url, String verdict, String by, OffsetDateTime at) {}
