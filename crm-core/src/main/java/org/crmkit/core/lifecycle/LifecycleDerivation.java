package org.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.StageEntry;

/**
 * The result of deriving a customer's life cycle. Immutable.
 *
 * @param history the history with the derived entries appended
 * @param added the entries the derivation appended, oldest first (empty if nothing changed)
 * @param exitCandidate the exit candidate at the as-of time, if any and not applied
 */
public record LifecycleDerivation(LifecycleHistory history, List<StageEntry> added, Optional<ExitCandidate> exitCandidate) {

  /** Copies the list. */
  public LifecycleDerivation {
    requireNonNull(history, "history");
    added = List.copyOf(added);
    requireNonNull(exitCandidate, "exitCandidate");
  }

  /** Returns whether the derivation changed the history. */
  public boolean changed() {
    return !added.isEmpty();
  }
}
