package org.crmkit.scoring.csat;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.SurveyResponse;

/**
 * One customer's expected and perceived service scores, on one scale. Immutable.
 *
 * @param scale the scale both scores are on
 * @param expected the expected-service score, on the scale
 * @param perceived the perceived-service score, on the scale
 */
public record ExpectationRating(Scale scale, int expected, int perceived) {

  /**
   * Validates the pair.
   *
   * @throws IllegalArgumentException if a score is off the scale
   */
  public ExpectationRating {
    requireNonNull(scale, "scale");
    checkArgument(scale.contains(expected),
        "expected must be in [%s, %s] but was %s", scale.min(), scale.max(), expected);
    checkArgument(scale.contains(perceived),
        "perceived must be in [%s, %s] but was %s", scale.min(), scale.max(), perceived);
  }

  /**
   * Returns a pair on the CSAT scale.
   *
   * @param expected the expected-service score, 1–5
   * @param perceived the perceived-service score, 1–5
   * @return the pair
   * @throws IllegalArgumentException if a score is not in [1, 5]
   */
  public static ExpectationRating ofCsat(int expected, int perceived) {
    return new ExpectationRating(Scale.CSAT, expected, perceived);
  }

  /**
   * Returns the pair of two survey responses by one customer to questions on the same scale.
   *
   * @param expected the answer to the expected-service question
   * @param perceived the answer to the perceived-service question
   * @return the pair
   * @throws IllegalArgumentException if the customers or the scales differ
   */
  public static ExpectationRating of(SurveyResponse expected, SurveyResponse perceived) {
    requireNonNull(expected, "expected");
    requireNonNull(perceived, "perceived");
    checkArgument(expected.customerId().equals(perceived.customerId()),
        "perceived must be by customer %s but was by %s", expected.customerId(), perceived.customerId());
    checkArgument(expected.question().scale().equals(perceived.question().scale()),
        "perceived question %s must be on the scale of question %s but was not",
        perceived.question().questionId(), expected.question().questionId());
    return new ExpectationRating(expected.question().scale(), expected.score(), perceived.score());
  }

  /** Returns {@code perceived − expected}, the SERVQUAL gap (Parasuraman, Zeithaml &amp; Berry 1988). */
  public int gap() {
    return perceived - expected;
  }

  /** Returns whether expectation was exceeded, met or not. */
  public ExpectationOutcome outcome() {
    return ExpectationOutcome.classify(expected, perceived);
  }
}
