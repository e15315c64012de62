package nl.wmebv.service.core.export;

/**
 * The summary of one cluster (clusterId null: the products without a cluster). {@code digital}
 * counts the in-scope products whose effective channel status is DIGITAL (a working digital
 * channel); {@link #share()} is digital / inScope.
 */
public record ClusterSummary(
    Long clusterId,
    String cluster,
    long products,
    long inScope,
    long digital,
    long actionsOpen,
    long actionsInProgress,
    long actionsDone,
    long textNotReviewed,
    long textNeedsRewriting,
    long textRewritten,
    long textApproved) {

  /**
   * Share of in-scope products with a working digital channel, 0..1; null when none is in scope.
   */
  public Double share() {
    return inScope == 0 ? null : (double) digital / inScope;
  }

  /** The sum of the given rows, named {@code name}. */
  static ClusterSummary total(String name, Iterable<ClusterSummary> rows) {
    long[] t = new long[10];
    for (ClusterSummary r : rows) {
      long[] v = {
        r.products,
        r.inScope,
        r.digital,
        r.actionsOpen,
        r.actionsInProgress,
        r.actionsDone,
        r.textNotReviewed,
        r.textNeedsRewriting,
        r.textRewritten,
        r.textApproved
      };
      for (int i = 0; i < t.length; i++) {
        t[i] += v[i];
      }
    }
    return new ClusterSummary(
        null, name, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9]);
  }
}
