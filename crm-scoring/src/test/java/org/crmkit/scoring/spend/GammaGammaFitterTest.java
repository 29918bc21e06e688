package org.crmkit.scoring.spend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.scoring.bgnbd.TransactionSummarizer;
import org.junit.jupiter.api.Test;

class GammaGammaFitterTest {

  /** Columns x and zbar of cdnow_customers_summary_with_transactions.csv. */
  static List<double[]> cdnowSpend() throws IOException {
    try (InputStream in = GammaGammaFitterTest.class.getResourceAsStream("/cdnow/cdnow_customers_summary_with_transactions.csv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<double[]> rows = new ArrayList<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          String[] f = line.strip().split(",");
          rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[4])});
        }
      }
      return rows;
    }
  }

  static GammaGammaFit fitCdnow() throws IOException {
    List<double[]> rows = cdnowSpend();
    int[] x = new int[rows.size()];
    double[] m = new double[rows.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = (int) rows.get(i)[0];
      m[i] = rows.get(i)[1];
    }
    return GammaGammaFitter.fit(x, m);
  }

  private static void assertRelative(double expected, double actual, double tolerance, String what) {
    assertTrue(Math.abs(actual / expected - 1) <= tolerance, what + ": expected " + expected + " but was " + actual);
  }

  @Test
  void fit_cdnowRepeatCustomers_reproducesPublishedEstimates() throws IOException {
    GammaGammaFit fit = fitCdnow();
    assertEquals(946, fit.customers());
    assertRelative(6.25, fit.parameters().p(), 1e-2, "p");
    assertRelative(3.74, fit.parameters().q(), 1e-2, "q");
    assertRelative(15.44, fit.parameters().v(), 1e-2, "v");
    assertTrue(fit.convergence().isConverged());
    assertTrue(fit.standardErrors().isPresent());
  }

  @Test
  void conditionalExpectedAverageSpend_cdnowCustomer1_matchesGoldenValue() throws IOException {
    assertEquals(24.6586, fitCdnow().model().conditionalExpectedAverageSpend(2, 22.35), 5e-4);
  }

  @Test
  void fit_logLikelihoodIsAtLeastThatOfTheRoundedEstimates() throws IOException {
    List<double[]> rows = cdnowSpend();
    int[] x = rows.stream().mapToInt(r -> (int) r[0]).toArray();
    double[] m = rows.stream().mapToDouble(r -> r[1]).toArray();
    GammaGammaFit fit = GammaGammaFitter.fit(x, m);
    assertTrue(fit.logLikelihood() >= GammaGammaFitter.logLikelihood(x, m, GammaGammaParameters.of(6.25, 3.74, 15.44)));
  }

  @Test
  void fit_summaryOfTheCdnowLog_givesThePublishedEstimates() throws IOException {
    // The same fit from the raw log through the summariser (unrounded mean values).
    TransactionSummarizer summarizer = TransactionSummarizer.create();
    try (InputStream in = GammaGammaFitterTest.class.getResourceAsStream("/cdnow/CDNOW_sample.txt")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          String[] f = line.strip().split("\\s+");
          summarizer.add(CustomerId.of(String.valueOf(Integer.parseInt(f[1]))),
              LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE), Double.parseDouble(f[4]));
        }
      }
    }
    GammaGammaFit fit = GammaGammaFitter.fit(summarizer.summarize(LocalDate.of(1997, 9, 30), ChronoUnit.WEEKS));
    assertEquals(946, fit.customers());
    assertRelative(6.25, fit.parameters().p(), 1e-2, "p");
    assertRelative(3.74, fit.parameters().q(), 1e-2, "q");
    assertRelative(15.44, fit.parameters().v(), 1e-2, "v");
  }

  @Test
  void fit_noRepeatCustomer_throws() {
    assertThrows(IllegalArgumentException.class, () -> GammaGammaFitter.fit(new int[] {0, 0}, new double[] {0, 0}));
  }

  @Test
  void fit_repeatCustomerWithZeroSpend_throws() {
    assertThrows(IllegalArgumentException.class, () -> GammaGammaFitter.fit(new int[] {1, 2}, new double[] {3, 0}));
  }
}
