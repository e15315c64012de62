package nl.wmebv.service.db;

/**
 * What recording one fetch of a page answers: its id, and how many clean 404/410 answers it gave in
 * a row.
 */
public record PageUpsert(long id, int missingCount) {}
