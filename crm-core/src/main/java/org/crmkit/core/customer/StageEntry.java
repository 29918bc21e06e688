package org.crmkit.core.customer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.internal.Text;

/**
 * One entry into a life-cycle stage: which stage, when, and why. Immutable.
 *
 * @param stage the stage entered
 * @param enteredAt when it was entered
 * @param reason why, as a short code or sentence (1..200 characters); required for {@link
 *     LifecycleStage#EXIT}
 */
public record StageEntry(LifecycleStage stage, Instant enteredAt, Optional<String> reason) {

  /**
   * Validates the entry.
   *
   * @throws IllegalArgumentException if an exit has no reason or the reason is blank or too long
   */
  public StageEntry {
    requireNonNull(stage, "stage");
    requireNonNull(enteredAt, "enteredAt");
    requireNonNull(reason, "reason");
    reason = reason.map(Text::clean);
    reason.ifPresent(r -> checkArgument(!r.isEmpty() && r.length() <= 200,
        "reason must be 1..200 characters but was %s characters", r.length()));
    checkArgument(stage != LifecycleStage.EXIT || reason.isPresent(),
        "reason must be given for an exit but was empty");
  }

  /**
   * Returns an entry without a reason.
   *
   * @param stage the stage (not exit)
   * @param enteredAt when
   * @return the entry
   * @throws IllegalArgumentException if the stage is exit
   */
  public static StageEntry of(LifecycleStage stage, Instant enteredAt) {
    return new StageEntry(stage, enteredAt, Optional.empty());
  }
}
