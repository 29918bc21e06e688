package org.crmkit.privacy.rights;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionKind;

/**
 * What erasure keeps and how long requests may take. Immutable and thread-safe.
 *
 * <p>The default ({@link #standard()}): purchases, refunds and renewals of the last 10 years are
 * kept as accounting records (amounts, dates, order and contract ids), re-pointed to the
 * placeholder {@code anonymous}; requests are due 15 days after receipt (PIPL art. 50 leaves
 * the deadline to regulation; GDPR art. 12(3) allows one month).
 *
 * @param accountingKinds the interaction kinds kept as accounting records
 * @param accountingRetention how long accounting records are kept, counted from when they occurred
 * @param placeholder the anonymous customer that kept records are re-pointed to
 * @param requestDeadline how long after receipt a request is due
 */
public record RetentionPolicy(Set<InteractionKind> accountingKinds, Duration accountingRetention,
    CustomerId placeholder, Duration requestDeadline) {
  /** The default placeholder customer id. */
  public static final CustomerId PLACEHOLDER = CustomerId.of("anonymous");

  /**
   * Validates the policy.
   *
   * @throws IllegalArgumentException if a duration is negative
   */
  public RetentionPolicy {
    accountingKinds = Set.copyOf(accountingKinds);
    requireNonNull(accountingRetention, "accountingRetention");
    checkArgument(!accountingRetention.isNegative(),
        "accountingRetention must not be negative but was %s", accountingRetention);
    requireNonNull(placeholder, "placeholder");
    requireNonNull(requestDeadline, "requestDeadline");
    checkArgument(!requestDeadline.isNegative(),
        "requestDeadline must not be negative but was %s", requestDeadline);
  }

  /**
   * Returns the default policy described in the class documentation.
   *
   * @return the policy
   */
  public static RetentionPolicy standard() {
    return new RetentionPolicy(
        EnumSet.of(InteractionKind.PURCHASE, InteractionKind.REFUND, InteractionKind.RENEWAL),
        Duration.ofDays(3653), PLACEHOLDER, Duration.ofDays(15));
  }

  /**
   * Returns a copy with another request deadline.
   *
   * @param deadline the new deadline
   * @return the copy
   */
  public RetentionPolicy withRequestDeadline(Duration deadline) {
    return new RetentionPolicy(accountingKinds, accountingRetention, placeholder, deadline);
  }

  /**
   * Returns a copy with another accounting retention period.
   *
   * @param retention the new period
   * @return the copy
   */
  public RetentionPolicy withAccountingRetention(Duration retention) {
    return new RetentionPolicy(accountingKinds, retention, placeholder, requestDeadline);
  }

  /**
   * Returns whether erasure keeps an interaction as an accounting record.
   *
   * @param interaction the interaction
   * @param asOf when the erasure runs
   * @return true if its kind is kept and it occurred within the retention period
   */
  public boolean keeps(Interaction interaction, Instant asOf) {
    requireNonNull(interaction, "interaction");
    requireNonNull(asOf, "asOf");
    return accountingKinds.contains(interaction.kind())
        && !interaction.occurredAt().isBefore(asOf.minus(accountingRetention));
  }
}
