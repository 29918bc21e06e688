package org.crmkit.scoring.nps;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.stream.Collector;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.scoring.stats.Accumulators;
import org.crmkit.scoring.stats.Interval;
import org.crmkit.scoring.stats.Normal;

/**
 * The counts of an NPS survey and everything derived from them: the score, its standard error,
 * Wald and adjusted-Wald intervals, and the minimum-sample flag. Immutable and thread-safe.
 *
 * <p>Scores are in points, −100..100. Writing p and d for the promoter and detractor shares, the
 * score is {@code 100·(p − d)}; each response contributes +1, 0 or −1, whose variance is {@code
 * (p + d) − (p − d)²}, so {@code SE = 100·sqrt(variance / n)} (Rocks 2016, eq. 1–2). Methods
 * that need data throw {@link IllegalStateException} when there are no responses, as Guava's
 * {@code Stats.mean()} does.
 *
 * <p><b>Minimum sample.</b> A report should not show a bare score from a handful of answers as
 * if it meant something: {@link #meetsMinimumSample()} is false below {@value
 * #DEFAULT_MINIMUM_SAMPLE} responses, where the standard error can exceed 18 points ({@code
 * 100/sqrt(30)}) and the normal approximation behind the intervals is rough.
 *
 * @param detractors answers 0–6, not negative
 * @param passives answers 7–8, not negative
 * @param promoters answers 9–10, not negative
 */
public record NpsStatistics(long detractors, long passives, long promoters) {
  /** The default minimum number of responses for a score to be reported as meaningful: 30. */
  public static final long DEFAULT_MINIMUM_SAMPLE = 30;

  /** Pseudo-counts of the adjusted-Wald interval (Rocks 2016): detractors, passives, promoters. */
  private static final double ADJUST_DETRACTORS = 0.75;
  private static final double ADJUST_PASSIVES = 1.5;
  private static final double ADJUST_PROMOTERS = 0.75;

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative or the total overflows a long
   */
  public NpsStatistics {
    checkArgument(detractors >= 0, "detractors must be >= 0 but was %s", detractors);
    checkArgument(passives >= 0, "passives must be >= 0 but was %s", passives);
    checkArgument(promoters >= 0, "promoters must be >= 0 but was %s", promoters);
    checkArgument(detractors + passives >= 0 && detractors + passives + promoters >= 0,
        "count must fit in a long but was %s + %s + %s", detractors, passives, promoters);
  }

  /**
   * Returns statistics with these counts.
   *
   * @param detractors answers 0–6
   * @param passives answers 7–8
   * @param promoters answers 9–10
   * @return the statistics
   * @throws IllegalArgumentException if a count is negative
   */
  public static NpsStatistics of(long detractors, long passives, long promoters) {
    return new NpsStatistics(detractors, passives, promoters);
  }

  /**
   * Returns the statistics of some scores.
   *
   * @param scores answers on the 0–10 scale
   * @return the statistics
   * @throws IllegalArgumentException if a score is not in [0, 10]
   */
  public static NpsStatistics ofScores(int... scores) {
    NpsAccumulator accumulator = new NpsAccumulator();
    for (int score : scores) {
      accumulator.add(score);
    }
    return accumulator.snapshot();
  }

  /**
   * Returns whether a response answers a question on the NPS scale, the only ones NPS counts.
   *
   * @param response the response
   * @return whether its question's scale is {@link Scale#NPS}
   */
  public static boolean isNpsResponse(SurveyResponse response) {
    return response.question().scale().kind() == Scale.Kind.NPS;
  }

  /**
   * Returns a collector of survey responses into NPS statistics; it rejects responses to other
   * scales, so filter with {@link #isNpsResponse} first when the stream is mixed.
   *
   * @return the collector, which merges partial accumulators
   */
  public static Collector<SurveyResponse, NpsAccumulator, NpsStatistics> toNpsStatistics() {
    return Accumulators.toSnapshot(NpsAccumulator::new);
  }

  /** Returns the number of responses. */
  public long count() {
    return detractors + passives + promoters;
  }

  /** Returns whether there are no responses. */
  public boolean isEmpty() {
    return count() == 0;
  }

  /**
   * Returns the count in a category.
   *
   * @param category the category
   * @return its count
   */
  public long count(NpsCategory category) {
    requireNonNull(category, "category");
    if (category == NpsCategory.PROMOTER) {
      return promoters;
    }
    return category == NpsCategory.PASSIVE ? passives : detractors;
  }

  /**
   * Returns the share of a category.
   *
   * @param category the category
   * @return its share, in [0, 1]
   * @throws IllegalStateException if there are no responses
   */
  public double share(NpsCategory category) {
    return (double) count(category) / nonEmptyCount();
  }

  /**
   * Returns the Net Promoter Score, {@code 100·(p − d)}.
   *
   * @return the score in points, in [−100, 100]
   * @throws IllegalStateException if there are no responses
   */
  public double score() {
    long n = nonEmptyCount();
    return 100.0 * (promoters - detractors) / n;
  }

  /**
   * Returns the variance of one response scored +1 / 0 / −1: {@code (p + d) − (p − d)²}.
   *
   * @return the variance, in [0, 1]
   * @throws IllegalStateException if there are no responses
   */
  public double variance() {
    long n = nonEmptyCount();
    return variance(promoters / (double) n, detractors / (double) n);
  }

  /**
   * Returns the standard error of the score, {@code 100·sqrt(variance / n)}.
   *
   * @return the standard error in points
   * @throws IllegalStateException if there are no responses
   */
  public double standardError() {
    return 100.0 * Math.sqrt(variance() / nonEmptyCount());
  }

  /**
   * Returns the Wald interval {@code score ± z·SE}, clipped to [−100, 100].
   *
   * @param confidence the confidence level, in (0, 1)
   * @return the interval in points
   * @throws IllegalArgumentException if confidence is not in (0, 1)
   * @throws IllegalStateException if there are no responses
   */
  public Interval waldInterval(double confidence) {
    return Interval.around(score(), Normal.twoSidedCriticalValue(confidence) * standardError(), -100, 100);
  }

  /**
   * Returns the score of the adjusted counts (0.75 detractors, 1.5 passives and 0.75 promoters
   * added), the centre of the adjusted-Wald interval. It is not the reported score: that is
   * always {@link #score()}.
   *
   * @return the adjusted score in points
   * @throws IllegalStateException if there are no responses
   */
  public double adjustedScore() {
    double n = adjustedCount();
    return 100.0 * ((promoters + ADJUST_PROMOTERS) - (detractors + ADJUST_DETRACTORS)) / n;
  }

  /**
   * Returns the standard error of the adjusted counts, {@code 100·sqrt(variance' / (n + 3))}.
   *
   * @return the adjusted standard error in points
   * @throws IllegalStateException if there are no responses
   */
  public double adjustedStandardError() {
    double n = adjustedCount();
    double p = (promoters + ADJUST_PROMOTERS) / n;
    double d = (detractors + ADJUST_DETRACTORS) / n;
    return 100.0 * Math.sqrt(variance(p, d) / n);
  }

  /**
   * Returns the adjusted-Wald interval of Rocks (2016): the Wald interval of the adjusted
   * counts, {@code adjustedScore ± z·adjustedSE}, clipped to [−100, 100].
   *
   * @param confidence the confidence level, in (0, 1)
   * @return the interval in points
   * @throws IllegalArgumentException if confidence is not in (0, 1)
   * @throws IllegalStateException if there are no responses
   */
  public Interval adjustedWaldInterval(double confidence) {
    return Interval.around(adjustedScore(),
        Normal.twoSidedCriticalValue(confidence) * adjustedStandardError(), -100, 100);
  }

  /**
   * Returns the interval by a method.
   *
   * @param method Wald or adjusted Wald
   * @param confidence the confidence level, in (0, 1)
   * @return the interval in points
   * @throws IllegalArgumentException if confidence is not in (0, 1)
   * @throws IllegalStateException if there are no responses
   */
  public Interval interval(NpsMethod method, double confidence) {
    requireNonNull(method, "method");
    return method == NpsMethod.WALD ? waldInterval(confidence) : adjustedWaldInterval(confidence);
  }

  /**
   * Returns the estimate to report, with the default minimum sample of {@value
   * #DEFAULT_MINIMUM_SAMPLE}.
   *
   * @param method Wald or adjusted Wald
   * @param confidence the confidence level, in (0, 1)
   * @return the estimate
   * @throws IllegalArgumentException if confidence is not in (0, 1)
   * @throws IllegalStateException if there are no responses
   */
  public NpsEstimate estimate(NpsMethod method, double confidence) {
    return NpsEstimate.of(this, method, confidence, DEFAULT_MINIMUM_SAMPLE);
  }

  /** Returns whether there are at least {@value #DEFAULT_MINIMUM_SAMPLE} responses. */
  public boolean meetsMinimumSample() {
    return meetsMinimumSample(DEFAULT_MINIMUM_SAMPLE);
  }

  /**
   * Returns whether there are enough responses for the score to be reported as meaningful.
   *
   * @param minimum the minimum number of responses, at least 1
   * @return whether {@code count() >= minimum}
   * @throws IllegalArgumentException if minimum is below 1
   */
  public boolean meetsMinimumSample(long minimum) {
    checkArgument(minimum >= 1, "minimum must be >= 1 but was %s", minimum);
    return count() >= minimum;
  }

  /**
   * Compares this sample with another, as {@code this − other}.
   *
   * @param other the other sample
   * @return the comparison
   * @throws IllegalArgumentException if either sample is empty
   */
  public NpsComparison comparedWith(NpsStatistics other) {
    return NpsComparison.of(this, other);
  }

  private long nonEmptyCount() {
    long n = count();
    checkState(n > 0, "NPS needs at least one response but there were none");
    return n;
  }

  private double adjustedCount() {
    return nonEmptyCount() + ADJUST_DETRACTORS + ADJUST_PASSIVES + ADJUST_PROMOTERS;
  }

  private static double variance(double p, double d) {
    double diff = p - d;
    return Math.max(0.0, (p + d) - diff * diff);
  }
}
