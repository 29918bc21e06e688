package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A gift (礼品), for example on birthdays and holidays. Immutable.
 *
 * @param description what the gift is, 1..200 characters (policy text, not personal data)
 */
public record GiftBenefit(String description) implements Benefit {

  /**
   * Validates the gift.
   *
   * @throws IllegalArgumentException if the description is blank or longer than 200 characters
   */
  public GiftBenefit {
    requireNonNull(description, "description");
    description = description.strip();
    checkArgument(!description.isEmpty() && description.length() <= 200,
        "description must be 1..200 characters but was %s characters", description.length());
  }

  @Override
  public String describe() {
    return "gift: " + description;
  }
}
