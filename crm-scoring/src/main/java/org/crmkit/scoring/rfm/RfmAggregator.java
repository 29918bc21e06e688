package org.crmkit.scoring.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Refund;

/**
 * Aggregates a customer's purchases into {@link RfmMetrics}. Stateless and thread-safe.
 *
 * <p>Rules: only {@link PaymentStatus#PAID} purchases on or before the as-of day (in the zone)
 * count; frequency is the number of distinct purchase days (several orders on one day are one
 * visit, as in Fader, Hardie &amp; Lee 2005); monetary is the sum of their amounts less refunds
 * recorded on or before the as-of day, never below zero; recency is the number of days from the
 * last purchase day to the as-of day. Other interaction kinds are ignored.
 */
public final class RfmAggregator {
  private RfmAggregator() {}

  /**
   * Aggregates one customer.
   *
   * @param customerId the customer
   * @param history the customer's interactions, any order
   * @param asOf the as-of day, included
   * @param zone the zone in which purchase times become days
   * @param currency the currency of every purchase and refund
   * @return the measures, empty if the customer made no purchase by the as-of day
   * @throws IllegalArgumentException if an interaction belongs to another customer or is in
   *     another currency
   */
  public static Optional<RfmMetrics> aggregate(CustomerId customerId, Collection<? extends Interaction> history,
      LocalDate asOf, ZoneId zone, Currency currency) {
    requireNonNull(customerId, "customerId");
    requireNonNull(history, "history");
    requireNonNull(asOf, "asOf");
    requireNonNull(zone, "zone");
    requireNonNull(currency, "currency");
    Set<LocalDate> days = new HashSet<>();
    LocalDate last = null;
    BigDecimal monetary = BigDecimal.ZERO;
    for (Interaction interaction : history) {
      checkArgument(interaction.customerId().equals(customerId),
          "history must belong to customer %s but interaction %s belongs to %s",
          customerId, interaction.id(), interaction.customerId());
      LocalDate day = LocalDate.ofInstant(interaction.occurredAt(), zone);
      if (day.isAfter(asOf)) {
        continue;
      }
      if (interaction instanceof Purchase) {
        Purchase purchase = (Purchase) interaction;
        checkCurrency(purchase.id().value(), purchase.amount(), currency);
        if (purchase.payment() == PaymentStatus.PAID) {
          days.add(day);
          last = last == null || day.isAfter(last) ? day : last;
          monetary = monetary.add(purchase.amount().amount());
        }
      } else if (interaction instanceof Refund) {
        Refund refund = (Refund) interaction;
        checkCurrency(refund.id().value(), refund.amount(), currency);
        monetary = monetary.subtract(refund.amount().amount());
      }
    }
    if (last == null) {
      return Optional.empty();
    }
    return Optional.of(new RfmMetrics(customerId, ChronoUnit.DAYS.between(last, asOf), days.size(),
        monetary.signum() > 0 ? monetary : BigDecimal.ZERO));
  }

  private static void checkCurrency(String interactionId, Money amount, Currency currency) {
    checkArgument(amount.currency().equals(currency), "interaction %s currency must be %s but was %s",
        interactionId, currency.getCurrencyCode(), amount.currency().getCurrencyCode());
  }
}
