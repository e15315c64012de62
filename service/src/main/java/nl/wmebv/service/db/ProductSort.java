package nl.wmebv.service.db;

/** The sort orders of a product list; the SQL comes from here, never from the request. */
public enum ProductSort {
  NAME("lower(p.name) %s, p.id %<s"),
  CLUSTER("c.position %s NULLS LAST, c.name %<s, lower(p.name), p.id"),
  STATUS(ProductQueryDao.EFFECTIVE_STATUS + " %s, lower(p.name), p.id"),
  UPDATED("p.updated_at %s, p.id %<s");

  private final String orderBy;

  ProductSort(String orderBy) {
    this.orderBy = orderBy;
  }

  /** The ORDER BY clause (without the keywords) for this sort in the given direction. */
  public String orderBy(boolean descending) {
    return String.format(orderBy, descending ? "DESC" : "ASC");
  }
}
