package nl.wmebv.service.db;

import java.time.OffsetDateTime;

/** A person's verdict on one page of a site: the page, PRODUCT or NOT_PRODUCT, who and when. */
public record PageVerdictRow(
    long pageId, String url, String verdict, String verdictBy, OffsetDateTime verdictAt) {}
