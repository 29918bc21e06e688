package org.crmkit.scoring.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProportionTest {

  @Test
  void wilsonInterval_csatGolden_matchesIssue() {
    // Issue 3: 74 top-2-box answers of 107 → Wilson 95 % (59.87 %, 77.12 %).
    Interval interval = Proportion.of(74, 107).wilsonInterval(0.95);
    assertEquals(0.5987, interval.low(), 0.00005);
    assertEquals(0.7712, interval.high(), 0.00005);
  }

  @Test
  void wilsonInterval_noSuccesses_startsAtZero() {
    Interval interval = Proportion.of(0, 20).wilsonInterval(0.95);
    assertEquals(0.0, interval.low(), 0.0);
    // Upper bound z²/(n + z²) for p = 0.
    double z2 = 1.959963984540054 * 1.959963984540054;
    assertEquals(z2 / (20 + z2), interval.high(), 1e-12);
  }

  @Test
  void wilsonInterval_allSuccesses_endsAtOne() {
    assertEquals(1.0, Proportion.of(20, 20).wilsonInterval(0.9).high(), 0.0);
  }

  @Test
  void share_noTrials_throws() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Proportion.of(0, 0).share());
    assertEquals("share needs at least one trial but there were none", e.getMessage());
  }

  @Test
  void of_moreSuccessesThanTrials_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Proportion.of(3, 2));
    assertEquals("successes must be in [0, 2] but was 3", e.getMessage());
  }

  @Test
  void percent_half_isFifty() {
    assertEquals(50.0, Proportion.of(5, 10).percent(), 0.0);
  }
}
