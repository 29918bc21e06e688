package org.crmkit.scoring.tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Refund;
import org.crmkit.scoring.testing.Fixtures;

/** A small CNY policy and helpers to date purchases and refunds by day. */
final class TierFixtures {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Currency CNY = Currency.getInstance("CNY");
  static final CustomerId ID = CustomerId.of("m-1");
  static final TierMember MEMBER = TierMember.of(ID, LocalDate.of(2025, 6, 1));

  private TierFixtures() {}

  /** none &lt; silver (spend 1,000) &lt; gold (spend 5,000) &lt; platinum (spend 8,000), calendar years. */
  static TierPolicy policy(DowngradeMode mode) {
    return new TierPolicy("test", CNY, SHANGHAI, List.of(
        Tier.of("none", "None", TierRule.always()),
        Tier.of("silver", "Silver", TierRule.all(Criterion.spend("1000"))),
        Tier.of("gold", "Gold", TierRule.all(Criterion.spend("5000")), new PriorityServiceBenefit()),
        Tier.of("platinum", "Platinum", TierRule.all(Criterion.spend("8000")), DiscountBenefit.of("8"))),
        CalendarWindow.year(), DowngradeRule.of(mode), BigDecimal.ONE);
  }

  static Instant noon(LocalDate day) {
    return day.atTime(12, 0).atZone(SHANGHAI).toInstant();
  }

  static Purchase buy(String orderId, String amount, LocalDate day) {
    return Fixtures.purchase(ID, orderId, amount, "CNY", noon(day));
  }

  static Refund refund(String orderId, String amount, LocalDate day) {
    return Fixtures.refund(ID, orderId, amount, "CNY", noon(day));
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
