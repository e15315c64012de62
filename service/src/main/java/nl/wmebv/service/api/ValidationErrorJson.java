package nl.wmebv.service.api;

import java.util.List;

/** The body of a 422: a summary and one message per invalid field. */
public record ValidationErrorJson(int code, String message, List<String> errors) {}
