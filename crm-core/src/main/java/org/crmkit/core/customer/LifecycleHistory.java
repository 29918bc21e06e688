package org.crmkit.core.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The life-cycle stages a customer went through, oldest first. Never empty; entry times never
 * decrease; each step is a move {@link LifecycleStage#canMoveTo} allows. Immutable.
 *
 * @param entries the stage entries, oldest first
 */
public record LifecycleHistory(List<StageEntry> entries) {

  /**
   * Validates the history.
   *
   * @throws IllegalArgumentException if empty, out of time order, or a step is not an allowed move
   */
  public LifecycleHistory {
    entries = List.copyOf(entries);
    checkArgument(!entries.isEmpty(), "lifecycle history must have at least one entry but was empty");
    for (int i = 1; i < entries.size(); i++) {
      StageEntry prev = entries.get(i - 1);
      StageEntry next = entries.get(i);
      checkArgument(!next.enteredAt().isBefore(prev.enteredAt()),
          "lifecycle entry %s must not be before entry %s but was %s < %s",
          i, i - 1, next.enteredAt(), prev.enteredAt());
      checkArgument(prev.stage().canMoveTo(next.stage()),
          "lifecycle entry %s must be a move allowed from %s but was %s", i, prev.stage(), next.stage());
    }
  }

  /**
   * Returns a history that starts in a stage.
   *
   * @param stage the first stage (not exit)
   * @param at when it was entered
   * @return the history
   */
  public static LifecycleHistory startingAt(LifecycleStage stage, Instant at) {
    return new LifecycleHistory(List.of(StageEntry.of(stage, at)));
  }

  /** Returns the current stage. */
  public LifecycleStage current() {
    return last().stage();
  }

  /** Returns when the current stage was entered. */
  public Instant currentSince() {
    return last().enteredAt();
  }

  /** Returns the latest entry. */
  public StageEntry last() {
    return entries.get(entries.size() - 1);
  }

  /**
   * Returns when the stage was last entered, if ever.
   *
   * @param stage the stage
   * @return the latest entry time into that stage
   */
  public Optional<Instant> enteredAt(LifecycleStage stage) {
    requireNonNull(stage, "stage");
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).stage() == stage) {
        return Optional.of(entries.get(i).enteredAt());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns this history with one more entry.
   *
   * @param entry the new entry
   * @return the longer history
   * @throws IllegalArgumentException if the move is not allowed from the current stage or the
   *     entry is older than the current one
   */
  public LifecycleHistory moveTo(StageEntry entry) {
    requireNonNull(entry, "entry");
    List<StageEntry> longer = new ArrayList<>(entries);
    longer.add(entry);
    return new LifecycleHistory(longer);
  }

  /**
   * Returns this history with a move to {@code stage} at {@code at}, without a reason.
   *
   * @param stage the stage (not exit: an exit needs a reason, use {@link #moveTo(StageEntry)})
   * @param at when
   * @return the longer history
   */
  public LifecycleHistory moveTo(LifecycleStage stage, Instant at) {
    return moveTo(StageEntry.of(stage, at));
  }
}
