package org.crmkit.scoring.csat;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.scoring.stats.Accumulator;

/**
 * Counts CSAT answers per level; {@link #snapshot()} gives the immutable {@link CsatStatistics}.
 * Long counters, mergeable. Mutable and not thread-safe.
 *
 * <p>Responses to a question whose scale is not {@link Scale#CSAT} are rejected; filter mixed
 * streams with {@link CsatStatistics#isCsatResponse}.
 */
public final class CsatAccumulator implements Accumulator<SurveyResponse, CsatAccumulator, CsatStatistics> {
  private final long[] counts = new long[5];

  /** Creates an empty accumulator. */
  public CsatAccumulator() {}

  /**
   * Adds one answer.
   *
   * @param score the answer, 1 (very dissatisfied) to 5 (very satisfied)
   * @throws IllegalArgumentException if the score is not in [1, 5]
   */
  public void add(int score) {
    checkArgument(score >= 1 && score <= 5, "score must be in [1, 5] but was %s", score);
    counts[score - 1]++;
  }

  /**
   * Adds the answer of a survey response to a CSAT question.
   *
   * @param response the response
   * @throws IllegalArgumentException if the response's question is not on the CSAT scale
   */
  @Override
  public void add(SurveyResponse response) {
    requireNonNull(response, "response");
    checkArgument(CsatStatistics.isCsatResponse(response),
        "response question scale must be CSAT but question %s was %s",
        response.question().questionId(), response.question().scale().kind());
    add(response.score());
  }

  /**
   * Adds another accumulator's counts; {@code other} is not changed.
   *
   * @param other the other accumulator
   * @throws ArithmeticException if a counter would overflow
   */
  @Override
  public void merge(CsatAccumulator other) {
    requireNonNull(other, "other");
    add(other.counts.clone());
  }

  /**
   * Adds the counts of a snapshot.
   *
   * @param statistics the counts to add
   * @throws ArithmeticException if a counter would overflow
   */
  public void merge(CsatStatistics statistics) {
    requireNonNull(statistics, "statistics");
    add(new long[] {statistics.veryDissatisfied(), statistics.dissatisfied(), statistics.neutral(),
        statistics.satisfied(), statistics.verySatisfied()});
  }

  private void add(long[] more) {
    long[] sums = new long[5];
    long total = 0; // only checked: the total must fit in a long as well
    for (int i = 0; i < 5; i++) {
      sums[i] = Math.addExact(counts[i], more[i]);
      total = Math.addExact(total, sums[i]);
    }
    System.arraycopy(sums, 0, counts, 0, 5);
  }

  /** Returns the number of answers added so far. */
  public long count() {
    return counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
  }

  @Override
  public CsatStatistics snapshot() {
    return new CsatStatistics(counts[0], counts[1], counts[2], counts[3], counts[4]);
  }

  @Override
  public String toString() {
    return "CsatAccumulator[count=" + count() + "]";
  }
}
