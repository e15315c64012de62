package nl.wmebv.service.core.designation;

/** A product a designated channel can be given: in scope first, then by name. */
public record ProductOption(long id, String name, String cluster, Boolean inScope) {}
