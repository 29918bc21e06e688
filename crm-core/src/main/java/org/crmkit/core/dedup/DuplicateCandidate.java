package org.crmkit.core.dedup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmkit.core.CustomerId;

/**
 * Two customers that may be the same, and why. Immutable; the pair is ordered ({@code first <
 * second}) so that each pair has one representation.
 *
 * @param first the smaller id
 * @param second the larger id
 * @param reasons why they match, never empty
 */
public record DuplicateCandidate(CustomerId first, CustomerId second, Set<MatchReason> reasons)
    implements Comparable<DuplicateCandidate> {

  /**
   * Validates the pair.
   *
   * @throws IllegalArgumentException if {@code first >= second} or there is no reason
   */
  public DuplicateCandidate {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    checkArgument(first.compareTo(second) < 0, "first must be < second but was %s >= %s", first, second);
    checkArgument(!reasons.isEmpty(), "reasons must not be empty but was empty");
    reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
  }

  /** Returns the reasons as one sentence, for example {@code "same phone number; same e-mail address"}. */
  public String explanation() {
    return reasons.stream().map(MatchReason::explanation).collect(Collectors.joining("; "));
  }

  @Override
  public int compareTo(DuplicateCandidate o) {
    int c = first.compareTo(o.first);
    return c != 0 ? c : second.compareTo(o.second);
  }
}
