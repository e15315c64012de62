package nl.wmebv.service.api;

/** The UPL's flags of one uniform product (columns marked X in the UPL export). */
public record UplFlags(
    String name,
    String uri,
    boolean aanvraag,
    boolean melding,
    boolean verplichting,
    boolean subsidie,
    boolean burger,
    boolean bedrijf,
    boolean dienstenwet,
    boolean gemeente) {}
