package org.crmkit.core.followup;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.FollowUpPurpose;

/**
 * One follow-up to make: who, why, by when and by which channel. Immutable; holds ids and codes only.
 *
 * @param customerId the customer
 * @param purpose the purpose
 * @param reason why, as a code: {@code cadence:14d}, {@code after-purchase:<order>}, {@code
 *     before-renewal:<contract>}, {@code after-complaint:<id>}, {@code birthday}, {@code
 *     holiday:<code>}, or a request's reason
 * @param dueBy by when
 * @param overdueDays days past {@code dueBy} at the as-of date (0 when not yet due)
 * @param channel the channel to use
 * @param accountManager the customer's account manager, if any
 */
public record PlannedFollowUp(CustomerId customerId, FollowUpPurpose purpose, String reason, LocalDate dueBy,
    long overdueDays, Channel channel, Optional<String> accountManager) {
  private static final Pattern REASON = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

  /**
   * Validates the plan item.
   *
   * @throws IllegalArgumentException if the reason is malformed or {@code overdueDays} negative
   */
  public PlannedFollowUp {
    requireNonNull(customerId, "customerId");
    requireNonNull(purpose, "purpose");
    checkReason(reason);
    requireNonNull(dueBy, "dueBy");
    checkArgument(overdueDays >= 0, "overdueDays must be >= 0 but was %s", overdueDays);
    requireNonNull(channel, "channel");
    requireNonNull(accountManager, "accountManager");
  }

  static String checkReason(String reason) {
    requireNonNull(reason, "reason");
    checkArgument(REASON.matcher(reason).matches(),
        "reason must be 1..128 characters of [A-Za-z0-9._:/-] but was %s characters", reason.length());
    return reason;
  }
}
