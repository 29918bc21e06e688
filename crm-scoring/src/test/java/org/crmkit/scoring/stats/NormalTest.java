package org.crmkit.scoring.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalTest {

  // Abramowitz & Stegun (1964), Table 26.1 and 26.5; the 0.975 and 0.995 quantiles are the
  // familiar 1.959964 and 2.575829 critical values, given here to 16 digits.
  @ParameterizedTest
  @CsvSource({
      "0.975, 1.959963984540054",
      "0.995, 2.5758293035489004",
      "0.95, 1.6448536269514722",
      "0.9, 1.2815515655446004",
      "0.5, 0.0",
      "0.001, -3.090232306167813"})
  void quantile_tabulatedProbability_matchesToFifteenDigits(double p, double z) {
    assertEquals(z, Normal.quantile(p), 1e-15 * Math.max(1, Math.abs(z)));
  }

  @ParameterizedTest
  @CsvSource({"0.0, 0.5", "1.0, 0.8413447460685429", "2.0, 0.9772498680518208", "-3.0, 0.0013498980316301"})
  void cdf_tabulatedValue_matches(double z, double p) {
    assertEquals(p, Normal.cdf(z), 1e-15);
  }

  @Test
  void erfc_knownValues_relativeErrorBelow1e14() {
    // erfc(1), erfc(3) and erfc(10) from A&S Table 7.1 and its asymptotic expansion.
    assertEquals(0.15729920705028513, Normal.erfc(1.0), 0.15729920705028513 * 1e-14);
    assertEquals(2.209049699858544e-05, Normal.erfc(3.0), 2.209049699858544e-05 * 1e-14);
    assertEquals(2.088487583762545e-45, Normal.erfc(10.0), 2.088487583762545e-45 * 1e-14);
    assertEquals(1.0, Normal.erfc(0.0), 0.0);
    assertEquals(2.0, Normal.erfc(Double.NEGATIVE_INFINITY), 0.0);
    assertEquals(0.0, Normal.erfc(Double.POSITIVE_INFINITY), 0.0);
  }

  @Test
  void quantile_farTail_roundTripsThroughCdf() {
    for (double p : new double[] {1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.02425, 0.3}) {
      double z = Normal.quantile(p);
      // exp(-z²) magnifies the rounding of z by z², so the far tail allows 1e-12.
      assertEquals(p, Normal.cdf(z), p * 1e-12, "p=" + p);
      if (p >= 1e-5) { // below that, 1 - p is not exact in a double
        assertEquals(-z, Normal.quantile(1 - p), Math.abs(z) * 1e-9 + 1e-15, "symmetry at p=" + p);
      }
    }
  }

  @Test
  void quantile_bounds_areInfinite() {
    assertEquals(Double.NEGATIVE_INFINITY, Normal.quantile(0.0));
    assertEquals(Double.POSITIVE_INFINITY, Normal.quantile(1.0));
  }

  @Test
  void quantile_outsideUnitInterval_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1.5));
    assertEquals("p must be in [0, 1] but was 1.5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Normal.quantile(Double.NaN));
  }

  @Test
  void twoSidedCriticalValue_95Percent_is1959964() {
    assertEquals(1.959963984540054, Normal.twoSidedCriticalValue(0.95), 1e-15);
  }

  @Test
  void twoSidedCriticalValue_confidenceOne_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Normal.twoSidedCriticalValue(1.0));
    assertEquals("confidence must be in (0, 1) but was 1.0", e.getMessage());
  }

  @Test
  void twoSidedPValue_criticalValue_isAlpha() {
    assertEquals(0.05, Normal.twoSidedPValue(1.959963984540054), 1e-15);
    assertEquals(0.05, Normal.twoSidedPValue(-1.959963984540054), 1e-15);
    assertEquals(1.0, Normal.twoSidedPValue(0.0), 0.0);
    assertEquals(0.0, Normal.twoSidedPValue(Double.NEGATIVE_INFINITY), 0.0);
  }
}
