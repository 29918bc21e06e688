package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.ValueSegment;

/**
 * How often each customer must be contacted at least (seed 002: "至少每两周给客户发一次邮件或打一次电话").
 * Immutable.
 *
 * <p>The interval of a customer: the shortest interval of the tags it carries that have one;
 * otherwise its segment's interval if set; otherwise the default. Tiers are computed in
 * crm-scoring, which crm-core does not know, so a tier is matched as a tag such as {@code
 * tier:gold}.
 *
 * @param defaultDays the default interval in days, positive (14 per seed 002)
 * @param bySegment intervals by value segment, each positive
 * @param byTag intervals by tag, each positive
 */
public record CadencePolicy(int defaultDays, Map<ValueSegment, Integer> bySegment, Map<String, Integer> byTag) {

  /** The default interval of seed 002: two weeks. */
  public static final int DEFAULT_DAYS = 14;

  /**
   * Validates the policy.
   *
   * @throws IllegalArgumentException if an interval is not positive
   */
  public CadencePolicy {
    checkArgument(defaultDays > 0, "defaultDays must be > 0 but was %s", defaultDays);
    bySegment.forEach((s, d) -> checkArgument(d > 0, "interval for segment %s must be > 0 but was %s", s, d));
    byTag.forEach((t, d) -> checkArgument(d > 0, "interval for tag %s must be > 0 but was %s", t, d));
    bySegment = Map.copyOf(bySegment);
    byTag = Map.copyOf(byTag);
  }

  /** Returns the seed-002 policy: every customer at least every 14 days. */
  public static CadencePolicy defaults() {
    return everyDays(DEFAULT_DAYS);
  }

  /**
   * Returns a policy with one interval for everybody.
   *
   * @param days the interval, positive
   * @return the policy
   */
  public static CadencePolicy everyDays(int days) {
    return new CadencePolicy(days, Map.of(), Map.of());
  }

  /**
   * Returns a copy with an interval for a segment.
   *
   * @param segment the segment
   * @param days the interval, positive
   * @return the copy
   */
  public CadencePolicy withSegment(ValueSegment segment, int days) {
    Map<ValueSegment, Integer> copy = new EnumMap<>(ValueSegment.class);
    copy.putAll(bySegment);
    copy.put(requireNonNull(segment, "segment"), days);
    return new CadencePolicy(defaultDays, copy, byTag);
  }

  /**
   * Returns a copy with an interval for customers carrying a tag (for example a tier).
   *
   * @param tag the tag
   * @param days the interval, positive
   * @return the copy
   */
  public CadencePolicy withTag(String tag, int days) {
    Map<String, Integer> copy = new TreeMap<>(byTag);
    copy.put(requireNonNull(tag, "tag"), days);
    return new CadencePolicy(defaultDays, bySegment, copy);
  }

  /**
   * Returns a customer's interval, by the rule in the class description.
   *
   * @param customer the customer
   * @return the interval in days
   */
  public int intervalDays(Customer customer) {
    requireNonNull(customer, "customer");
    int best = Integer.MAX_VALUE;
    for (String tag : customer.tags()) {
      Integer d = byTag.get(tag);
      if (d != null) {
        best = Math.min(best, d);
      }
    }
    if (best != Integer.MAX_VALUE) {
      return best;
    }
    return bySegment.getOrDefault(customer.segment(), defaultDays);
  }
}
