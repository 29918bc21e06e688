package org.crmkit.scoring.csat;

/**
 * Perceived service against expected service (seed 004): satisfaction is the customer's
 * perception of the service measured against what they expected.
 */
public enum ExpectationOutcome {
  /** Perceived above expected: the customer is delighted (超出期望). */
  EXCEEDED,
  /** Perceived equal to expected (符合期望). */
  MET,
  /** Perceived below expected: the customer is dissatisfied (低于期望). */
  BELOW;

  /**
   * Classifies a pair of scores given on the same scale.
   *
   * @param expected the expected-service score
   * @param perceived the perceived-service score
   * @return exceeded if perceived &gt; expected, met if equal, below otherwise
   */
  public static ExpectationOutcome classify(int expected, int perceived) {
    if (perceived > expected) {
      return EXCEEDED;
    }
    return perceived == expected ? MET : BELOW;
  }
}
