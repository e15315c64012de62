package nl.wmebv.service.db;

/** One audit event of a SC feed import: the product, the event and its changes as JSON. */
public record FeedAudit(long productId, String event, String changes) {}
