package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Currency;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;

/**
 * The outcome of one win-back attempt (恢复客户关系) on a labelled churned customer: what it cost
 * and what it brought. The benefits follow seed 004's evaluation: revenue from the customer's
 * repurchases, the avoided cost of replacing the customer with a new one, revenue from the
 * customer's word of mouth and promotion (沟通促销收益), and the value of what was learnt
 * (信息收益). All amounts in one currency, none negative; a failed attempt has zero benefits.
 * Immutable.
 *
 * @param customerId the customer
 * @param kind the customer's churn kind
 * @param cost the cost of the attempt (contact, offer)
 * @param recovered whether the customer came back
 * @param repurchaseRevenue revenue from the customer's purchases after coming back
 * @param avoidedReplacementCost the acquisition cost saved by not replacing the customer
 * @param referralRevenue revenue from the customer's referrals and promotion
 * @param informationValue the value put on the information gained
 */
public record WinBackOutcome(CustomerId customerId, ChurnKind kind, Money cost, boolean recovered,
    Money repurchaseRevenue, Money avoidedReplacementCost, Money referralRevenue, Money informationValue) {

  /**
   * Validates the outcome.
   *
   * @throws IllegalArgumentException if an amount is negative or in another currency than the cost
   */
  public WinBackOutcome {
    requireNonNull(customerId, "customerId");
    requireNonNull(kind, "kind");
    Currency currency = requireNonNull(cost, "cost").currency();
    check("cost", cost, currency);
    check("repurchaseRevenue", repurchaseRevenue, currency);
    check("avoidedReplacementCost", avoidedReplacementCost, currency);
    check("referralRevenue", referralRevenue, currency);
    check("informationValue", informationValue, currency);
  }

  private static void check(String name, Money m, Currency currency) {
    requireNonNull(m, name);
    checkArgument(!m.isNegative(), "%s must not be negative but was %s", name, m);
    checkArgument(m.currency().equals(currency), "%s must be in %s but was in %s", name, currency, m.currency());
  }

  /** Returns the sum of the four benefits. */
  public Money benefit() {
    return repurchaseRevenue.plus(avoidedReplacementCost).plus(referralRevenue).plus(informationValue);
  }
}
