package org.crmkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crmkit.scoring.nps.NpsComparison;
import org.crmkit.scoring.nps.NpsEstimate;
import org.crmkit.scoring.nps.NpsMethod;
import org.crmkit.scoring.nps.NpsStatistics;
import org.junit.jupiter.api.Test;

/** The crm-scoring example shown in the README; keep the two in step. */
class ReadmeExampleTest {

  @Test
  void readmeExample_runsAsShown() {
    // --- README: crm-scoring ---
    NpsStatistics march = NpsStatistics.of(30, 20, 50);     // detractors, passives, promoters
    NpsEstimate e = march.estimate(NpsMethod.ADJUSTED_WALD, 0.95);
    // e.statistics().score() = 20.0, e.standardError() = 8.5534, e.interval() = (2.65, 36.18)
    NpsComparison change = march.comparedWith(NpsStatistics.of(40, 50, 110));
    // change: difference -15.0, z -1.4476, p 0.1477: not significant at 5 %
    // --- end ---

    assertEquals(20.0, e.statistics().score(), 1e-9);
    assertEquals(8.5534, e.standardError(), 1e-4);
    assertEquals(-15.0, change.difference(), 1e-9);
  }
}
