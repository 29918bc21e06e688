package org.crmkit.scoring.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

class NormalProperties {

  @Property
  void quantileInvertsCdf(@ForAll @DoubleRange(min = 0.000001, max = 0.999999) @Scale(9) double p) {
    assertEquals(p, Normal.cdf(Normal.quantile(p)), Math.min(p, 1 - p) * 1e-12);
  }

  @Property
  void cdfIsSymmetric(@ForAll @DoubleRange(min = -30, max = 30) double z) {
    assertEquals(1.0, Normal.cdf(z) + Normal.cdf(-z), 1e-15);
  }

  @Property
  void cdfIsMonotone(@ForAll @DoubleRange(min = -10, max = 10) double a, @ForAll @DoubleRange(min = 0, max = 1) double step) {
    assertTrue(Normal.cdf(a + step) >= Normal.cdf(a));
  }
}
