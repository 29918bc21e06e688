package org.crmkit.scoring.nps;

import static com.google.common.base.Preconditions.checkArgument;

/** Where an answer on the 0–10 NPS scale falls. */
public enum NpsCategory {
  /** Scores 0–6. */
  DETRACTOR,
  /** Scores 7–8. */
  PASSIVE,
  /** Scores 9–10. */
  PROMOTER;

  /**
   * Returns the category of a score.
   *
   * @param score an NPS answer
   * @return its category
   * @throws IllegalArgumentException if the score is not in [0, 10]
   */
  public static NpsCategory of(int score) {
    checkArgument(score >= 0 && score <= 10, "score must be in [0, 10] but was %s", score);
    if (score >= 9) {
      return PROMOTER;
    }
    return score >= 7 ? PASSIVE : DETRACTOR;
  }
}
