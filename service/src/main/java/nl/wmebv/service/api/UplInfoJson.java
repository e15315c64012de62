package nl.wmebv.service.api;

/** The UPL in use: where it came from, how many products, how many for municipalities. */
public record UplInfoJson(String source, int products, int gemeenteProducts) {}
