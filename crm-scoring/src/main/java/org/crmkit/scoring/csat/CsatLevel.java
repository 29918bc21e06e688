package org.crmkit.scoring.csat;

import static com.google.common.base.Preconditions.checkArgument;

/** The five answers of a satisfaction survey, with their scores 1–5. */
public enum CsatLevel {
  /** 1: very dissatisfied (非常不满意). */
  VERY_DISSATISFIED,
  /** 2: dissatisfied (不满意). */
  DISSATISFIED,
  /** 3: neutral (一般). */
  NEUTRAL,
  /** 4: satisfied (满意). */
  SATISFIED,
  /** 5: very satisfied (非常满意). */
  VERY_SATISFIED;

  private static final CsatLevel[] BY_SCORE = values();

  /** Returns the score, 1 (very dissatisfied) to 5 (very satisfied). */
  public int score() {
    return ordinal() + 1;
  }

  /** Returns whether the level is in the top two boxes (satisfied or very satisfied). */
  public boolean isTopTwoBox() {
    return this == SATISFIED || this == VERY_SATISFIED;
  }

  /**
   * Returns the level of a score.
   *
   * @param score the score
   * @return its level
   * @throws IllegalArgumentException if the score is not in [1, 5]
   */
  public static CsatLevel of(int score) {
    checkArgument(score >= 1 && score <= 5, "score must be in [1, 5] but was %s", score);
    return BY_SCORE[score - 1];
  }
}
