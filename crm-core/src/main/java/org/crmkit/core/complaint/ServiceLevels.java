package org.crmkit.core.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.crmkit.core.interaction.Urgency;

/**
 * How long a reply may take for each urgency (service levels, 服务时限). Immutable.
 *
 * <p>The seeds ask for a reply-due time on every phone record (seed 004: "客户需要回复的时间")
 * but give no numbers; {@link #defaults()} is our choice, documented there, and hosts set their own
 * with {@link #of} or {@link #with}.
 *
 * @param replyWithin the reply time per urgency; every urgency present, each positive
 */
public record ServiceLevels(Map<Urgency, Duration> replyWithin) {

  /**
   * Validates the levels.
   *
   * @throws IllegalArgumentException if an urgency is missing or a duration is not positive
   */
  public ServiceLevels {
    requireNonNull(replyWithin, "replyWithin");
    EnumMap<Urgency, Duration> copy = new EnumMap<>(Urgency.class);
    for (Urgency u : Urgency.values()) {
      Duration d = replyWithin.get(u);
      checkArgument(d != null, "replyWithin must have a duration for %s but had none", u);
      checkArgument(!d.isNegative() && !d.isZero(), "replyWithin for %s must be positive but was %s", u, d);
      copy.put(u, d);
    }
    replyWithin = Map.copyOf(copy);
  }

  /**
   * Returns the default levels: critical 2 hours, high 8 hours, normal 24 hours, low 72 hours.
   *
   * @return the defaults
   */
  public static ServiceLevels defaults() {
    return of(Duration.ofHours(2), Duration.ofHours(8), Duration.ofHours(24), Duration.ofHours(72));
  }

  /**
   * Returns levels from the four durations.
   *
   * @param critical reply time for {@link Urgency#CRITICAL}
   * @param high reply time for {@link Urgency#HIGH}
   * @param normal reply time for {@link Urgency#NORMAL}
   * @param low reply time for {@link Urgency#LOW}
   * @return the levels
   * @throws IllegalArgumentException if a duration is not positive
   */
  public static ServiceLevels of(Duration critical, Duration high, Duration normal, Duration low) {
    return new ServiceLevels(Map.of(Urgency.CRITICAL, critical, Urgency.HIGH, high, Urgency.NORMAL, normal,
        Urgency.LOW, low));
  }

  /**
   * Returns a copy with another reply time for one urgency.
   *
   * @param urgency the urgency
   * @param within the reply time, positive
   * @return the copy
   */
  public ServiceLevels with(Urgency urgency, Duration within) {
    requireNonNull(urgency, "urgency");
    EnumMap<Urgency, Duration> copy = new EnumMap<>(replyWithin);
    copy.put(urgency, requireNonNull(within, "within"));
    return new ServiceLevels(copy);
  }

  /**
   * Returns the reply time for an urgency.
   *
   * @param urgency the urgency
   * @return the reply time
   */
  public Duration replyWithin(Urgency urgency) {
    return replyWithin.get(requireNonNull(urgency, "urgency"));
  }

  /**
   * Returns by when a reply is due for a complaint of this urgency received (or reopened) at {@code at}.
   *
   * @param urgency the urgency
   * @param at when the clock starts
   * @return {@code at} plus the reply time
   */
  public Instant replyDueAt(Urgency urgency, Instant at) {
    return requireNonNull(at, "at").plus(replyWithin(urgency));
  }
}
