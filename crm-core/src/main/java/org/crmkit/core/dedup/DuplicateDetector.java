package org.crmkit.core.dedup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.internal.Text;

/**
 * Finds customers that are probably the same one entered twice (seed 002's clean-up of duplicate
 * records), by blocking on match keys: a normalised phone number, a case-folded e-mail address,
 * and the folded name together with the region. Each pair sharing a key becomes a {@link
 * DuplicateCandidate} with the {@link MatchReason}s that link it. Nothing is merged here; see
 * {@code CustomerService.merge}.
 *
 * <p>A key shared by more customers than the block limit (a company switchboard, a shared family
 * e-mail) yields no pairs, since they would be noise and cost quadratic time; the report counts
 * such keys. Only the customer's own contact points count, not those of its contacts. The result
 * does not depend on the order of the input. Immutable and thread-safe.
 */
public final class DuplicateDetector {
  /** The default block limit. */
  public static final int DEFAULT_MAX_BLOCK = 50;

  private final int maxBlock;

  private DuplicateDetector(int maxBlock) {
    this.maxBlock = maxBlock;
  }

  /** Returns a detector with the default block limit ({@value #DEFAULT_MAX_BLOCK}). */
  public static DuplicateDetector defaults() {
    return new DuplicateDetector(DEFAULT_MAX_BLOCK);
  }

  /**
   * Returns a detector with another block limit.
   *
   * @param maxBlock the most customers that may share one key for it to produce pairs, at least 2
   * @return the detector
   * @throws IllegalArgumentException if {@code maxBlock < 2}
   */
  public static DuplicateDetector withMaxBlock(int maxBlock) {
    checkArgument(maxBlock >= 2, "maxBlock must be >= 2 but was %s", maxBlock);
    return new DuplicateDetector(maxBlock);
  }

  /**
   * Returns the keys under which a customer is matched, each with its reason.
   *
   * @param customer the customer
   * @return key → reason; keys hold personal data and must not be logged
   */
  static Map<String, MatchReason> keysOf(Customer customer) {
    Map<String, MatchReason> keys = new HashMap<>();
    for (PhoneNumber p : customer.phones()) {
      keys.put("p:" + p.matchKey(), MatchReason.SAME_PHONE);
    }
    for (EmailAddress e : customer.emails()) {
      keys.put("e:" + e.matchKey(), MatchReason.SAME_EMAIL);
    }
    customer.region().ifPresent(r ->
        keys.put("n:" + Text.fold(customer.displayName()) + "|" + Text.fold(r.toPath()), MatchReason.SAME_NAME_AND_REGION));
    return keys;
  }

  /**
   * Scans customers for duplicates.
   *
   * @param customers the customers, with distinct ids
   * @return the report
   * @throws IllegalArgumentException if an id occurs twice
   */
  public DuplicateReport scan(Iterable<Customer> customers) {
    requireNonNull(customers, "customers");
    Map<String, List<CustomerId>> blocks = new HashMap<>();
    Map<String, MatchReason> reasonOfKey = new HashMap<>();
    Set<CustomerId> seen = new java.util.HashSet<>();
    long scanned = 0;
    for (Customer c : customers) {
      checkArgument(seen.add(c.id()), "customers must have distinct ids but %s occurred twice", c.id());
      scanned++;
      keysOf(c).forEach((key, reason) -> {
        blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(c.id());
        reasonOfKey.put(key, reason);
      });
    }
    Map<CustomerId, Map<CustomerId, EnumSet<MatchReason>>> pairs = new TreeMap<>();
    long skipped = 0;
    for (Map.Entry<String, List<CustomerId>> block : blocks.entrySet()) {
      List<CustomerId> ids = block.getValue();
      if (ids.size() < 2) {
        continue;
      }
      if (ids.size() > maxBlock) {
        skipped++;
        continue;
      }
      MatchReason reason = reasonOfKey.get(block.getKey());
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          CustomerId a = ids.get(i);
          CustomerId b = ids.get(j);
          CustomerId lo = a.compareTo(b) < 0 ? a : b;
          CustomerId hi = lo == a ? b : a;
          pairs.computeIfAbsent(lo, k -> new TreeMap<>())
              .computeIfAbsent(hi, k -> EnumSet.noneOf(MatchReason.class)).add(reason);
        }
      }
    }
    List<DuplicateCandidate> candidates = new ArrayList<>();
    UnionFind clusters = new UnionFind();
    pairs.forEach((lo, his) -> his.forEach((hi, reasons) -> {
      candidates.add(new DuplicateCandidate(lo, hi, reasons));
      clusters.union(lo, hi);
    }));
    return new DuplicateReport(scanned, candidates, clusters.groups(), skipped);
  }

  /** Disjoint sets over ids, for the clusters of a report. */
  private static final class UnionFind {
    private final Map<CustomerId, CustomerId> parent = new HashMap<>();

    CustomerId find(CustomerId x) {
      CustomerId p = parent.getOrDefault(x, x);
      if (p.equals(x)) {
        return x;
      }
      CustomerId root = find(p);
      parent.put(x, root);
      return root;
    }

    void union(CustomerId a, CustomerId b) {
      CustomerId ra = find(a);
      CustomerId rb = find(b);
      if (!ra.equals(rb)) {
        // The smaller id becomes the root, which keeps the result deterministic.
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
      parent.putIfAbsent(a, find(a));
      parent.putIfAbsent(b, find(b));
    }

    List<Set<CustomerId>> groups() {
      Map<CustomerId, Set<CustomerId>> byRoot = new TreeMap<>();
      for (CustomerId id : new ArrayList<>(parent.keySet())) {
        byRoot.computeIfAbsent(find(id), k -> new TreeSet<>()).add(id);
      }
      List<Set<CustomerId>> out = new ArrayList<>();
      byRoot.values().forEach(s -> out.add(Collections.unmodifiableSet(s)));
      return out;
    }
  }

  @Override
  public String toString() {
    return "DuplicateDetector[maxBlock=" + maxBlock + "]";
  }
}
