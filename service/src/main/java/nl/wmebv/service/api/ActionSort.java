package nl.wmebv.service.api;

/**
 * The sort orders of a municipality's action list (the {@code sort} parameter); the DAO writes the
 * ORDER BY.
 */
public enum ActionSort {
  DEADLINE,
  OWNER,
  PRODUCT
}
