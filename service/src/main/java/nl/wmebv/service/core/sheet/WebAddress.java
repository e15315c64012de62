package nl.wmebv.service.core.sheet;

/**
 * A page or evidence URL in an export cell: a hyperlink in the XLSX where that is safe, text
 * otherwise.
 */
public record WebAddress(String url) {}
