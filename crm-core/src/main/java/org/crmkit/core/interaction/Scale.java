package org.crmkit.core.interaction;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The answer scale of a survey question: an inclusive integer range with a kind. Immutable.
 *
 * <p>{@link #NPS} (0–10, "how likely are you to recommend us") and {@link #CSAT} (1–5, very
 * dissatisfied … very satisfied) are fixed; other scales are {@link Kind#OTHER}. Scoring code
 * counts NPS only from questions whose scale is {@link #NPS}.
 *
 * @param kind what the scale measures
 * @param min the lowest answer
 * @param max the highest answer
 */
public record Scale(Kind kind, int min, int max) {
  /** Net Promoter Score question, 0–10. */
  public static final Scale NPS = new Scale(Kind.NPS, 0, 10);
  /** Customer satisfaction, 1 (very dissatisfied) to 5 (very satisfied). */
  public static final Scale CSAT = new Scale(Kind.CSAT, 1, 5);

  /** What a scale measures. */
  public enum Kind {
    /** Net Promoter Score, always 0–10. */
    NPS,
    /** Customer satisfaction, always 1–5. */
    CSAT,
    /** Any other rating scale. */
    OTHER
  }

  /**
   * Validates the range.
   *
   * @throws IllegalArgumentException if {@code min >= max}, or an NPS or CSAT scale has another range
   */
  public Scale {
    requireNonNull(kind, "kind");
    checkArgument(min < max, "scale min must be < max but was %s >= %s", min, max);
    checkArgument(kind != Kind.NPS || (min == 0 && max == 10), "NPS scale must be 0..10 but was %s..%s", min, max);
    checkArgument(kind != Kind.CSAT || (min == 1 && max == 5), "CSAT scale must be 1..5 but was %s..%s", min, max);
  }

  /**
   * Returns another rating scale.
   *
   * @param min the lowest answer
   * @param max the highest answer
   * @return the scale
   */
  public static Scale of(int min, int max) {
    return new Scale(Kind.OTHER, min, max);
  }

  /** Returns whether a score is on the scale. */
  public boolean contains(int score) {
    return score >= min && score <= max;
  }
}
