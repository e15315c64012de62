package nl.wmebv.service.api;

import java.util.List;

/**
 * The verslag of a cluster session: the session and every decision it recorded, by product name.
 */
public record SessionReportJson(SessionJson session, List<SessionDecisionJson> decisions) {}
