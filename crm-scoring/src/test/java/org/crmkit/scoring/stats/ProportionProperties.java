package org.crmkit.scoring.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.LongRange;

class ProportionProperties {

  @Property
  void wilsonIntervalContainsShareAndStaysInUnitInterval(@ForAll @LongRange(min = 1, max = 100_000) long trials,
      @ForAll @LongRange(min = 0, max = 100_000) long successes, @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(3) double confidence) {
    Assume.that(successes <= trials);
    Proportion proportion = Proportion.of(successes, trials);
    Interval interval = proportion.wilsonInterval(confidence);
    assertTrue(interval.contains(proportion.share()), () -> interval + " must contain " + proportion.share());
    assertTrue(interval.low() >= 0 && interval.high() <= 1);
  }

  @Property
  void wilsonIntervalWidensWithConfidence(@ForAll @LongRange(min = 1, max = 1000) long trials,
      @ForAll @LongRange(min = 0, max = 1000) long successes) {
    Assume.that(successes <= trials);
    Proportion proportion = Proportion.of(successes, trials);
    assertTrue(proportion.wilsonInterval(0.99).width() >= proportion.wilsonInterval(0.9).width());
  }
}
