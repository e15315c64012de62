package nl.wmebv.service.api;

/** The body of an error response: an English message for API clients. */
public record ErrorJson(int code, String message) {}
