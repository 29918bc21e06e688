package org.crmkit.core.interaction;

import static org.crmkit.core.interaction.Fixtures.CUSTOMER;
import static org.crmkit.core.interaction.Fixtures.ID;
import static org.crmkit.core.interaction.Fixtures.T0;
import static org.crmkit.core.interaction.Fixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.crmkit.core.Money;
import org.junit.jupiter.api.Test;

class RenewalTest {
  private static final LocalDate START = LocalDate.of(2024, 6, 1);

  private static Renewal renewal(LocalDate end, Money amount) {
    return new Renewal(ID, CUSTOMER, T0, Channel.VISIT, "K-1", START, end, amount, RenewalOutcome.RENEWED);
  }

  @Test
  void new_periodEndBeforeStart_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> renewal(START.minusDays(1), cny("1")));
    assertEquals("periodEnd must not be before periodStart but was 2024-05-31 < 2024-06-01", e.getMessage());
  }

  @Test
  void new_oneDayPeriodAndZeroAmount_areAllowed() {
    assertEquals(START, renewal(START, cny("0")).periodEnd());
  }

  @Test
  void new_negativeAmount_throws() {
    assertThrows(IllegalArgumentException.class, () -> renewal(START.plusYears(1), cny("-5")));
  }
}
