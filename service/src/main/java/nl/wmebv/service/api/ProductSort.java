package nl.wmebv.service.api;

/**
 * The sort orders of a product list (the {@code sort} parameter); the DAO turns each into its ORDER
 * BY.
 */
public enum ProductSort {
  NAME,
  CLUSTER,
  STATUS,
  UPDATED
}
