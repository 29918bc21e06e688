package org.crmkit.core.dedup;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Set;

/**
 * The result of a duplicate scan: the candidate pairs, the clusters they link (customers joined by
 * a chain of candidate pairs), and how many match keys were skipped because too many customers
 * shared them. Immutable.
 *
 * @param scanned how many customers were scanned
 * @param candidates the pairs, sorted
 * @param clusters the linked groups of two or more ids, each sorted, ordered by their smallest id
 * @param skippedKeys how many match keys were shared by more customers than the block limit (a
 *     shared switchboard number, say) and so produced no pairs
 */
public record DuplicateReport(long scanned, List<DuplicateCandidate> candidates,
    List<Set<org.crmkit.core.CustomerId>> clusters, long skippedKeys) {

  /**
   * Validates counts and copies the lists.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public DuplicateReport {
    checkArgument(scanned >= 0, "scanned must be >= 0 but was %s", scanned);
    checkArgument(skippedKeys >= 0, "skippedKeys must be >= 0 but was %s", skippedKeys);
    candidates = List.copyOf(candidates);
    clusters = List.copyOf(clusters);
  }

  /** Returns how many customers would disappear if every cluster were merged into one customer. */
  public long redundantRecords() {
    return clusters.stream().mapToLong(c -> c.size() - 1L).sum();
  }
}
