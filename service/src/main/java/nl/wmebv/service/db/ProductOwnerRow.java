package nl.wmebv.service.db;

/** A product and the e-mail address of its owner. */
public record ProductOwnerRow(long id, String ownerEmail) {}
