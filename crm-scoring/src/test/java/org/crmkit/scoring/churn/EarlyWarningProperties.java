package org.crmkit.scoring.churn;

import static org.crmkit.scoring.churn.Profiles.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.profile.CustomerProfile;

class EarlyWarningProperties {
  private static final EarlyWarning ENGINE = EarlyWarning.of(EarlyWarningPolicy.defaults());

  /** One random step of a customer's history, applied to a profile builder. */
  interface Step {
    void apply(Profiles p);
  }

  @Provide
  Arbitrary<Step> steps() {
    Arbitrary<Long> day = Arbitraries.longs().between(-30, 900); // days before the assessment; negative = after
    Arbitrary<Step> purchase = Combinators.combine(day, Arbitraries.integers().between(1, 100_000))
        .as((d, cents) -> p -> p.purchase(Profiles.daysAgo(d), String.valueOf(cents / 100.0)));
    Arbitrary<Step> visit = day.map(d -> p -> p.visit(Profiles.daysAgo(d)));
    Arbitrary<Step> complaint = Combinators.combine(day, Arbitraries.of(ComplaintCause.class),
            Arbitraries.of(ComplaintStatus.class), Arbitraries.integers().between(0, 20))
        .as((d, cause, status, due) -> p -> p.complaint(Profiles.daysAgo(d), cause, status, Duration.ofDays(due)));
    Arbitrary<Step> nps = Combinators.combine(day, Arbitraries.integers().between(0, 10))
        .as((d, s) -> p -> p.nps(Profiles.daysAgo(d), s));
    Arbitrary<Step> csat = Combinators.combine(day, Arbitraries.integers().between(1, 5))
        .as((d, s) -> p -> p.csat(Profiles.daysAgo(d), s));
    Arbitrary<Step> renewal = Combinators.combine(day, Arbitraries.integers().between(30, 400),
            Arbitraries.of(RenewalOutcome.class), Arbitraries.of("k1", "k2"))
        .as((d, length, outcome, contract) -> p -> {
          LocalDate start = Profiles.TODAY.minusDays(d);
          p.renewal(contract, start, start.plusDays(length), outcome, Profiles.daysAgo(Math.max(d, 0) + 1));
        });
    Arbitrary<Step> consent = Combinators.combine(day, Arbitraries.of(ConsentStatus.class))
        .as((d, status) -> p -> p.consent(status, Profiles.daysAgo(d)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, purchase), net.jqwik.api.Tuple.of(3, visit), net.jqwik.api.Tuple.of(2, complaint),
        net.jqwik.api.Tuple.of(1, nps), net.jqwik.api.Tuple.of(1, csat), net.jqwik.api.Tuple.of(1, renewal),
        net.jqwik.api.Tuple.of(1, consent));
  }

  @Provide
  Arbitrary<CustomerProfile> profiles() {
    return Combinators.combine(steps().list().ofMaxSize(60), Arbitraries.of(Set.<String>of(), Set.of("competitor")))
        .as((steps, tags) -> {
          Profiles p = Profiles.customer("c1", tags);
          steps.forEach(s -> s.apply(p));
          return p.build();
        });
  }

  @Property(tries = 300)
  void healthScoreIsBetweenZeroAndHundred(@ForAll("profiles") CustomerProfile profile) {
    ChurnAssessment a = ENGINE.assess(profile, AS_OF);
    if (a instanceof ChurnScore) {
      double v = ((ChurnScore) a).health().value();
      assertTrue(v >= 0 && v <= 100, "health " + v);
    }
  }

  @Property(tries = 300)
  void healthScoreIsTheSumOfItsFactorPoints(@ForAll("profiles") CustomerProfile profile) {
    ChurnAssessment a = ENGINE.assess(profile, AS_OF);
    if (a instanceof ChurnScore) {
      HealthScore h = ((ChurnScore) a).health();
      assertEquals(h.value(), h.factors().stream().mapToDouble(FactorScore::points).sum(), 1e-9);
    }
  }

  @Property(tries = 300)
  void optedOutCustomersNeverGetAScore(@ForAll("profiles") CustomerProfile profile,
      @ForAll("optOuts") ConsentStatus status) {
    Profiles p = Profiles.customer("c1");
    profile.interactions().forEach(p::add);
    // The latest consent event, just before the assessment, denies automated decisions.
    p.consent(status, AS_OF.minusSeconds(1));
    ChurnAssessment a = ENGINE.assess(p.build(), AS_OF);
    assertFalse(a.isScored());
    assertInstanceOf(NotScored.class, a);
  }

  @Provide
  Arbitrary<ConsentStatus> optOuts() {
    return Arbitraries.of(ConsentStatus.OPTED_OUT, ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED);
  }

  @Property(tries = 200)
  void assessmentDoesNotDependOnInteractionOrder(@ForAll("profiles") CustomerProfile profile, @ForAll long seed) {
    List<org.crmkit.core.interaction.Interaction> shuffled = new java.util.ArrayList<>(profile.interactions());
    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
    CustomerProfile other = new CustomerProfile(profile.customer(), shuffled, profile.consentEvents());
    assertEquals(ENGINE.assess(profile, AS_OF), ENGINE.assess(other, AS_OF));
  }
}
