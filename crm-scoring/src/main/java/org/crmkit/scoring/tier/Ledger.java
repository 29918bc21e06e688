package org.crmkit.scoring.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Refund;

/**
 * One member's purchases and refunds known at an as-of day, as dated entries with prefix sums so
 * that the spend and purchase count of any date range is two binary searches.
 *
 * <p>Rules: only {@link PaymentStatus#PAID} purchases count, on the day (in the policy's zone)
 * they were placed; purchases with one order id form one order, dated by its first paid
 * purchase; a refund of an order never paid changes nothing.
 * A refund recorded up to the as-of day reverses spend on <em>its order's</em> day, so a
 * purchase returned later never counted (an upgrade it bought is revoked); an order's net never
 * goes below zero, and an order refunded in full no longer counts as a purchase. A refund whose
 * order is not in the history reduces spend on its own day. Entries after the as-of day are
 * ignored. Any purchase or refund in another currency, or of another customer, fails.
 */
final class Ledger {
  private final long[] days;
  private final BigDecimal[] spendPrefix;
  private final long[] countPrefix;

  private Ledger(long[] days, BigDecimal[] spendPrefix, long[] countPrefix) {
    this.days = days;
    this.spendPrefix = spendPrefix;
    this.countPrefix = countPrefix;
  }

  private static final class Order {
    boolean paid;
    LocalDate day;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal refunded = BigDecimal.ZERO;
  }

  private record Entry(long day, BigDecimal amount, int count) {}

  static Ledger of(TierPolicy policy, CustomerId customer, Collection<? extends Interaction> history, LocalDate asOf) {
    requireNonNull(history, "history");
    Map<String, Order> orders = new HashMap<>();
    List<Refund> refunds = new ArrayList<>();
    for (Interaction interaction : history) {
      requireNonNull(interaction, "interaction");
      checkArgument(interaction.customerId().equals(customer),
          "history must belong to customer %s but interaction %s belongs to %s",
          customer, interaction.id(), interaction.customerId());
      LocalDate day = LocalDate.ofInstant(interaction.occurredAt(), policy.zone());
      if (day.isAfter(asOf)) {
        continue;
      }
      if (interaction instanceof Purchase) {
        Purchase purchase = (Purchase) interaction;
        checkCurrency(policy, purchase.id().value(), purchase.amount());
        Order order = orders.computeIfAbsent(purchase.orderId(), k -> new Order());
        if (purchase.payment() == PaymentStatus.PAID) {
          order.paid = true;
          order.day = order.day == null || day.isBefore(order.day) ? day : order.day;
          order.amount = order.amount.add(purchase.amount().amount());
        }
      } else if (interaction instanceof Refund) {
        Refund refund = (Refund) interaction;
        checkCurrency(policy, refund.id().value(), refund.amount());
        refunds.add(refund);
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (Refund refund : refunds) {
      Order order = orders.get(refund.orderId());
      if (order != null) {
        order.refunded = order.refunded.add(refund.amount().amount());
      } else {
        LocalDate day = LocalDate.ofInstant(refund.occurredAt(), policy.zone());
        entries.add(new Entry(day.toEpochDay(), refund.amount().amount().negate(), 0));
      }
    }
    for (Order order : orders.values()) {
      if (!order.paid) {
        continue; // nothing paid, nothing to count or reverse
      }
      BigDecimal net = order.amount.subtract(order.refunded);
      boolean refundedInFull = order.refunded.signum() > 0 && net.signum() <= 0;
      entries.add(new Entry(order.day.toEpochDay(), net.signum() > 0 ? net : BigDecimal.ZERO, refundedInFull ? 0 : 1));
    }
    entries.sort(Comparator.comparingLong(Entry::day));
    int n = entries.size();
    long[] days = new long[n];
    BigDecimal[] spendPrefix = new BigDecimal[n + 1];
    long[] countPrefix = new long[n + 1];
    spendPrefix[0] = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      Entry entry = entries.get(i);
      days[i] = entry.day();
      spendPrefix[i + 1] = spendPrefix[i].add(entry.amount());
      countPrefix[i + 1] = countPrefix[i] + entry.count();
    }
    return new Ledger(days, spendPrefix, countPrefix);
  }

  private static void checkCurrency(TierPolicy policy, String interactionId, Money amount) {
    checkArgument(amount.currency().equals(policy.currency()),
        "interaction %s currency must be %s but was %s", interactionId,
        policy.currency().getCurrencyCode(), amount.currency().getCurrencyCode());
  }

  /** Returns the net spend of a range, never below zero. */
  BigDecimal spend(DateRange range) {
    int from = lowerBound(range.start().toEpochDay());
    int to = lowerBound(range.end().toEpochDay() + 1);
    BigDecimal spend = spendPrefix[to].subtract(spendPrefix[from]);
    return spend.signum() > 0 ? spend : BigDecimal.ZERO;
  }

  /** Returns the purchases of a range. */
  long purchases(DateRange range) {
    return countPrefix[lowerBound(range.end().toEpochDay() + 1)] - countPrefix[lowerBound(range.start().toEpochDay())];
  }

  /** Returns the days on which the entries fall, ascending, possibly repeated. */
  long[] entryDays() {
    return days.clone();
  }

  private int lowerBound(long day) {
    int i = Arrays.binarySearch(days, day);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && days[i - 1] == day) {
      i--;
    }
    return i;
  }
}
