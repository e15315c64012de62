package nl.wmebv.service.core.export;

/**
 * A page or evidence URL in an export cell: a hyperlink in the XLSX where that is safe, text
 * otherwise.
 */
record WebAddress(String url) {}
