package org.crmkit.scoring.tier;

/**
 * What a tier gives its members (seed 001: exclusive discounts, priority service, gifts), plus
 * host-defined benefits. A closed family of immutable records; dispatch with {@code instanceof}.
 */
public sealed interface Benefit permits DiscountBenefit, PriorityServiceBenefit, GiftBenefit, CustomBenefit {

  /** Returns a short description for display, with no personal data. */
  String describe();
}
