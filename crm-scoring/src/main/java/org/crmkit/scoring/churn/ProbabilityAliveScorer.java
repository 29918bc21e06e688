package org.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentGate;
import org.crmkit.core.consent.Purpose;
import org.crmkit.scoring.bgnbd.BgNbdModel;
import org.crmkit.scoring.bgnbd.FrequencyRecencyTableBuilder;
import org.crmkit.scoring.bgnbd.FrequencyRecencyTable;
import org.crmkit.scoring.bgnbd.TransactionSummary;

/**
 * Scores the customers of a calibration summary with a fitted BG/NBD model — P(alive) and expected
 * purchases — for those who may be profiled. Each customer is first checked against the consent
 * gate for {@link Purpose#AUTOMATED_DECISION} at {@code asOf}; an opted-out customer gets {@link
 * NotScored} and no number at all. The model itself may have been fitted on everyone (see the
 * package description). The allowed customers are scored in one batch ({@link BgNbdModel#score}).
 * Immutable and thread-safe if the gate is.
 */
public final class ProbabilityAliveScorer {
  private final BgNbdModel model;
  private final ConsentGate gate;

  private ProbabilityAliveScorer(BgNbdModel model, ConsentGate gate) {
    this.model = model;
    this.gate = gate;
  }

  /**
   * Returns a scorer.
   *
   * @param model the fitted model, in the summary's time unit
   * @param gate the consent gate
   * @return the scorer
   */
  public static ProbabilityAliveScorer of(BgNbdModel model, ConsentGate gate) {
    return new ProbabilityAliveScorer(requireNonNull(model, "model"), requireNonNull(gate, "gate"));
  }

  /**
   * Scores every customer of a summary.
   *
   * @param summary the customers' calibration summary, in the model's time unit
   * @param horizon the forecast horizon in that unit, finite and ≥ 0
   * @param asOf the time of the assessment, for the consent check
   * @return one result per customer, in the summary's order
   * @throws IllegalArgumentException if the horizon is negative or not finite
   */
  public List<ProbabilisticAssessment> score(TransactionSummary summary, double horizon, Instant asOf) {
    requireNonNull(summary, "summary");
    requireNonNull(asOf, "asOf");
    checkArgument(Double.isFinite(horizon) && horizon >= 0, "horizon must be finite and >= 0 but was %s", horizon);
    int n = summary.size();
    ProbabilisticAssessment[] out = new ProbabilisticAssessment[n];
    int[] allowedRows = new int[n];
    int allowed = 0;
    FrequencyRecencyTableBuilder builder = FrequencyRecencyTable.builder();
    for (int i = 0; i < n; i++) {
      CustomerId id = summary.customerId(i);
      ConsentDecision d = gate.check(id, Purpose.AUTOMATED_DECISION, asOf);
      if (d.allowed()) {
        allowedRows[allowed++] = i;
        builder.add(summary.frequency(i), summary.recency(i), summary.age(i));
      } else {
        out[i] = new NotScored(id, asOf, NotScoredReason.OPTED_OUT, d.basis(), d.eventId());
      }
    }
    FrequencyRecencyTable table = builder.build();
    double[] alive = new double[allowed];
    double[] expected = new double[allowed];
    model.score(table, horizon, alive, expected);
    for (int j = 0; j < allowed; j++) {
      int i = allowedRows[j];
      out[i] = new AliveScore(summary.customerId(i), asOf, new Outlook(summary.frequency(i), summary.recency(i),
          summary.age(i), alive[j], horizon, expected[j]));
    }
    List<ProbabilisticAssessment> result = new ArrayList<>(n);
    for (ProbabilisticAssessment a : out) {
      result.add(a);
    }
    return result;
  }
}
