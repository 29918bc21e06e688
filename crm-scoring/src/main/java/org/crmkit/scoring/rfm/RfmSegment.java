package org.crmkit.scoring.rfm;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Named customer segments from the recency and frequency scores, on the common R×F grid used
 * in RFM practice. Every one of the 25 (R, F) cells has exactly one segment:
 *
 * <pre>
 *          F=1            F=2   F=3                F=4   F=5
 *   R=5    new customers  potential loyalists      champions
 *   R=4    promising      potential loyalists      loyal
 *   R=3    about to sleep       needs attention    loyal
 *   R=1–2  hibernating          at risk (F 3–4)          cannot lose (F 5)
 * </pre>
 */
public enum RfmSegment {
  /** Bought recently and often (R 5, F 4–5). */
  CHAMPIONS,
  /** Buy often and fairly recently (R 3–4, F 4–5). */
  LOYAL,
  /** Recent with some repeat purchases (R 4–5, F 2–3). */
  POTENTIAL_LOYALISTS,
  /** Bought very recently, once (R 5, F 1). */
  NEW_CUSTOMERS,
  /** Recent, once (R 4, F 1). */
  PROMISING,
  /** Middling recency and frequency (R 3, F 3). */
  NEEDS_ATTENTION,
  /** Middling recency, rare purchases (R 3, F 1–2). */
  ABOUT_TO_SLEEP,
  /** Used to buy fairly often, not lately (R 1–2, F 3–4). */
  AT_RISK,
  /** Used to buy most often, not lately (R 1–2, F 5). */
  CANNOT_LOSE,
  /** Long ago and rarely (R 1–2, F 1–2). */
  HIBERNATING;

  /**
   * Returns the segment of a recency and a frequency score.
   *
   * @param recency the R score, 1–5
   * @param frequency the F score, 1–5
   * @return the segment
   * @throws IllegalArgumentException if a score is not in [1, 5]
   */
  public static RfmSegment of(int recency, int frequency) {
    checkArgument(recency >= 1 && recency <= 5, "recency must be in [1, 5] but was %s", recency);
    checkArgument(frequency >= 1 && frequency <= 5, "frequency must be in [1, 5] but was %s", frequency);
    if (recency <= 2) {
      if (frequency <= 2) {
        return HIBERNATING;
      }
      return frequency == 5 ? CANNOT_LOSE : AT_RISK;
    }
    if (recency == 3) {
      if (frequency <= 2) {
        return ABOUT_TO_SLEEP;
      }
      return frequency == 3 ? NEEDS_ATTENTION : LOYAL;
    }
    if (frequency == 1) {
      return recency == 5 ? NEW_CUSTOMERS : PROMISING;
    }
    if (frequency <= 3) {
      return POTENTIAL_LOYALISTS;
    }
    return recency == 5 ? CHAMPIONS : LOYAL;
  }
}
