package org.crmkit.scoring.bgnbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BgNbdFitterTest {
  // Golden values: issue 4 (an independent scipy maximum-likelihood fit of eq. 6 on the CDNOW
  // summary); the paper's rounded estimates are 0.243, 4.414, 0.793, 2.426, LL -9582.4.
  private static final double R = 0.242593;
  private static final double ALPHA = 4.413533;
  private static final double A = 0.792887;
  private static final double B = 2.425757;

  static void assertRelative(double expected, double actual, double tolerance, String what) {
    assertTrue(Math.abs(actual - expected) <= tolerance * Math.abs(expected),
        what + ": expected " + expected + " within " + tolerance + " relative but was " + actual);
  }

  @Test
  void fit_cdnowSummary_reproducesPublishedEstimates() {
    BgNbdFit fit = BgNbdFitter.fit(Cdnow.summaryTable());
    assertEquals(-9582.43, fit.logLikelihood(), 0.01);
    assertRelative(R, fit.parameters().r(), 2e-3, "r");
    assertRelative(ALPHA, fit.parameters().alpha(), 2e-3, "alpha");
    assertRelative(A, fit.parameters().a(), 2e-3, "a");
    assertRelative(B, fit.parameters().b(), 2e-3, "b");
    assertEquals(2357, fit.customers());
    assertTrue(fit.convergence().isConverged());
  }

  @Test
  void fit_cdnowSummary_standardErrorsMatchSecondDifferencesOfTheLikelihood() {
    FrequencyRecencyTable table = Cdnow.summaryTable();
    BgNbdFit fit = BgNbdFitter.fit(table);
    BgNbdStandardErrors se = fit.standardErrors().orElseThrow();
    // An independent Hessian: second differences of likelihood values only (no gradient).
    BgNbdParameters p = fit.parameters();
    double[] theta = {p.r(), p.alpha(), p.a(), p.b()};
    double[][] h = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        double hi = 1e-4 * theta[i];
        double hj = 1e-4 * theta[j];
        h[i][j] = -(ll(table, theta, i, hi, j, hj) - ll(table, theta, i, hi, j, -hj)
            - ll(table, theta, i, -hi, j, hj) + ll(table, theta, i, -hi, j, -hj)) / (4 * hi * hj);
      }
    }
    double[][] cov = org.crmkit.scoring.math.Hessians.invertPositiveDefinite(h).orElseThrow();
    assertRelative(Math.sqrt(cov[0][0]), se.r(), 1e-3, "se r");
    assertRelative(Math.sqrt(cov[1][1]), se.alpha(), 1e-3, "se alpha");
    assertRelative(Math.sqrt(cov[2][2]), se.a(), 1e-3, "se a");
    assertRelative(Math.sqrt(cov[3][3]), se.b(), 1e-3, "se b");
    // The dropout shapes are the weakly identified ones (the likelihood is flat in a and b).
    assertTrue(se.b() / p.b() > se.r() / p.r());
  }

  private static double ll(FrequencyRecencyTable table, double[] theta, int i, double di, int j, double dj) {
    double[] t = theta.clone();
    t[i] += di;
    t[j] += dj;
    return BgNbdFitter.logLikelihood(table, BgNbdParameters.of(t[0], t[1], t[2], t[3]));
  }

  @Test
  void fit_compressedCdnowSummary_givesTheSameFit() {
    FrequencyRecencyTable table = Cdnow.summaryTable();
    FrequencyRecencyTable compressed = table.compress();
    assertTrue(compressed.size() < table.size());
    assertEquals(table.customers(), compressed.customers());
    BgNbdFit full = BgNbdFitter.fit(table);
    BgNbdFit weighted = BgNbdFitter.fit(compressed);
    assertEquals(full.logLikelihood(), weighted.logLikelihood(), 1e-8);
    assertRelative(full.parameters().r(), weighted.parameters().r(), 1e-7, "r");
    assertRelative(full.parameters().b(), weighted.parameters().b(), 1e-7, "b");
  }

  @Test
  void fit_summaryOfTheRawLog_agreesWithTheFitOnThePublishedSummary() {
    // End to end: CDNOW_sample.txt -> TransactionSummarizer -> fit. The published summary rounds
    // t_x and T to 0.01 weeks, so the estimates agree closely but not to the last digit.
    FrequencyRecencyTable table = TransactionSummarizerTest.cdnowSample()
        .summarize(java.time.LocalDate.of(1997, 9, 30), java.time.temporal.ChronoUnit.WEEKS).toTable();
    BgNbdFit fit = BgNbdFitter.fit(table);
    assertEquals(-9582.43, fit.logLikelihood(), 0.5);
    assertRelative(R, fit.parameters().r(), 5e-3, "r");
    assertRelative(ALPHA, fit.parameters().alpha(), 5e-3, "alpha");
    assertRelative(A, fit.parameters().a(), 5e-3, "a");
    assertRelative(B, fit.parameters().b(), 5e-3, "b");
  }

  @Test
  void logLikelihood_paperEstimates_isCloseToTheMaximum() {
    double ll = BgNbdFitter.logLikelihood(Cdnow.summaryTable(), BgNbdParameters.of(0.243, 4.414, 0.793, 2.426));
    assertEquals(-9582.4, ll, 0.05);
  }

  @Test
  void logLikelihood_equalsSumOfPerCustomerLikelihoods() {
    FrequencyRecencyTable table = Cdnow.summaryTable();
    BgNbdParameters p = BgNbdParameters.of(0.3, 5.0, 1.2, 3.0);
    BgNbdModel model = BgNbdModel.of(p);
    double sum = 0;
    for (int i = 0; i < table.size(); i++) {
      sum += model.logLikelihood(table.frequency(i), table.recency(i), table.age(i));
    }
    assertEquals(sum, BgNbdFitter.logLikelihood(table, p), 1e-8 * Math.abs(sum));
  }

  @Test
  void fit_noRepeatPurchasesAtAll_returnsFiniteParameters() {
    // The likelihood has no interior maximum (no repeat purchase, no dropout information); the fit
    // must still end at valid parameters, never throw or return NaN.
    FrequencyRecencyTable table = FrequencyRecencyTable.builder().add(0, 0, 10, 50).add(0, 0, 30, 20).build();
    BgNbdFit fit = BgNbdFitter.fit(table);
    assertTrue(Double.isFinite(fit.logLikelihood()));
    assertTrue(fit.logLikelihood() >= BgNbdFitter.logLikelihood(table, BgNbdFitter.defaultStart(table)));
  }

  @Test
  void fit_oneCustomer_doesNotThrow() {
    BgNbdFit fit = BgNbdFitter.fit(FrequencyRecencyTable.builder().add(3, 20, 30).build());
    assertTrue(Double.isFinite(fit.parameters().r()) && fit.parameters().r() > 0);
  }

  @Test
  void fit_emptyTable_throws() {
    assertThrows(IllegalArgumentException.class, () -> BgNbdFitter.fit(FrequencyRecencyTable.builder().build()));
  }
}
