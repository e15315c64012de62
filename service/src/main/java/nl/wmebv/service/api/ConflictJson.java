package nl.wmebv.service.api;

/**
 * The body of a 409 for a stale version: the message and the current state of what was being
 * changed.
 */
public record ConflictJson(int code, String message, Object current) {}
