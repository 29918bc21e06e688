package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The downgrade mode and an optional grace period: a downgrade decided at the end of a period
 * takes effect {@code graceDays} days later. Until then the member keeps the tier, and an
 * upgrade earned meanwhile applies as usual. A grace period never reaches past the end of the
 * following review period. Immutable.
 *
 * @param mode what a downgrade does
 * @param graceDays days of grace after the period end, in [0, 366]
 */
public record DowngradeRule(DowngradeMode mode, int graceDays) {

  /**
   * Validates the rule.
   *
   * @throws IllegalArgumentException if graceDays is not in [0, 366]
   */
  public DowngradeRule {
    requireNonNull(mode, "mode");
    checkArgument(graceDays >= 0 && graceDays <= 366, "graceDays must be in [0, 366] but was %s", graceDays);
  }

  /**
   * Returns a rule without grace.
   *
   * @param mode the mode
   * @return the rule
   */
  public static DowngradeRule of(DowngradeMode mode) {
    return new DowngradeRule(mode, 0);
  }

  /**
   * Returns the tier held after a period end, by index on the ladder (0 is the base).
   *
   * @param held the tier held during the period
   * @param qualified the tier qualified for over the period
   * @return the tier held from the next period on: the qualified tier if it is not lower, else
   *     as the mode says
   */
  public int after(int held, int qualified) {
    if (qualified >= held) {
      return qualified;
    }
    switch (mode) {
      case NONE:
        return held;
      case ONE_STEP:
        return Math.max(qualified, held - 1);
      case TO_QUALIFIED:
        return qualified;
      default:
        return 0;
    }
  }
}
