package nl.wmebv.service.api;

/**
 * A person's verdict: {@code product} true ("Dit is wel een product"), false ("Dit is geen product") or null to
 * withdraw it; {@code url} names the page when the verdict is given by site (a page that is no product yet).
 */
public record PageVerdictInput(String url, Boolean product) {}
