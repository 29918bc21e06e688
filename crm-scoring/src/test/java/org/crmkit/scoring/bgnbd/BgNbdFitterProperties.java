package org.crmkit.scoring.bgnbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

class BgNbdFitterProperties {

  @Property(tries = 40)
  void fitIsNeverWorseThanItsStart(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @DoubleRange(min = 0.05, max = 5) double r, @ForAll @DoubleRange(min = 0.5, max = 500) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 5) double a, @ForAll @DoubleRange(min = 0.05, max = 20) double b) {
    FrequencyRecencyTable table = BgNbdSimulator.simulate(BgNbdParameters.of(0.5, 6, 0.8, 2.5), 300, 52, seed);
    BgNbdParameters start = BgNbdParameters.of(r, alpha, a, b);
    BgNbdFit fit = BgNbdFitter.fit(table, start);
    assertTrue(fit.logLikelihood() >= BgNbdFitter.logLikelihood(table, start),
        "fit " + fit.logLikelihood() + " below start " + BgNbdFitter.logLikelihood(table, start));
  }

  @Property(tries = 20)
  void weightedAndUnweightedInputsGiveTheSameFit(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    // Whole-week times make many customers share a row, as day-grained data do.
    FrequencyRecencyTable raw = BgNbdSimulator.simulate(BgNbdParameters.of(0.8, 8, 1.2, 3.5), 1500, 40, seed);
    FrequencyRecencyTableBuilder builder = FrequencyRecencyTable.builder();
    for (int i = 0; i < raw.size(); i++) {
      double tx = Math.floor(raw.recency(i));
      builder.add(raw.frequency(i), tx, raw.age(i));
    }
    FrequencyRecencyTable unweighted = builder.build();
    FrequencyRecencyTable weighted = unweighted.compress();
    BgNbdFit one = BgNbdFitter.fit(unweighted);
    BgNbdFit two = BgNbdFitter.fit(weighted);
    assertEquals(one.logLikelihood(), two.logLikelihood(), 1e-9 * Math.abs(one.logLikelihood()));
    assertEquals(one.parameters().r(), two.parameters().r(), 1e-5 * one.parameters().r());
    assertEquals(one.parameters().alpha(), two.parameters().alpha(), 1e-5 * one.parameters().alpha());
    assertEquals(one.parameters().a(), two.parameters().a(), 1e-4 * one.parameters().a());
    assertEquals(one.parameters().b(), two.parameters().b(), 1e-4 * one.parameters().b());
  }

  @Property(tries = 20)
  void fitOfCombinedPartitionsEqualsFitOfTheWhole(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    FrequencyRecencyTable whole = BgNbdSimulator.simulate(BgNbdParameters.of(0.8, 8, 1.2, 3.5), 800, 40, seed);
    FrequencyRecencyTableBuilder first = FrequencyRecencyTable.builder();
    FrequencyRecencyTableBuilder second = FrequencyRecencyTable.builder();
    for (int i = 0; i < whole.size(); i++) {
      (i % 3 == 0 ? first : second).add(whole.frequency(i), whole.recency(i), whole.age(i));
    }
    FrequencyRecencyTable combined = first.build().plus(second.build());
    assertEquals(whole.customers(), combined.customers());
    assertEquals(BgNbdFitter.logLikelihood(whole, BgNbdParameters.of(1, 5, 1, 2)),
        BgNbdFitter.logLikelihood(combined, BgNbdParameters.of(1, 5, 1, 2)), 1e-9 * whole.customers());
    assertEquals(BgNbdFitter.fit(whole).logLikelihood(), BgNbdFitter.fit(combined).logLikelihood(), 1e-7 * whole.customers());
  }
}
