package org.crmkit.scoring.nps;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.scoring.stats.Accumulator;

/**
 * Counts NPS answers into detractors, passives and promoters; {@link #snapshot()} gives the
 * immutable {@link NpsStatistics}. Long counters, mergeable: add parts of the data to separate
 * accumulators and {@link #merge} them. Mutable and not thread-safe.
 *
 * <p>Responses to a question whose scale is not {@link Scale#NPS} are rejected, never silently
 * counted or dropped; filter mixed streams with {@link NpsStatistics#isNpsResponse}.
 *
 * <p>{@link #addAll(byte[], int, int)} is the fast path for raw scores held as bytes: a plain
 * histogram loop over the array, validated once at the end.
 */
public final class NpsAccumulator implements Accumulator<SurveyResponse, NpsAccumulator, NpsStatistics> {
  private long detractors;
  private long passives;
  private long promoters;

  /** Creates an empty accumulator. */
  public NpsAccumulator() {}

  /**
   * Adds one answer.
   *
   * @param score the answer on the 0–10 scale
   * @throws IllegalArgumentException if the score is not in [0, 10]
   */
  public void add(int score) {
    checkArgument(score >= 0 && score <= 10, "score must be in [0, 10] but was %s", score);
    if (score >= 9) {
      promoters++;
    } else if (score >= 7) {
      passives++;
    } else {
      detractors++;
    }
  }

  /**
   * Adds the answer of a survey response to an NPS question.
   *
   * @param response the response
   * @throws IllegalArgumentException if the response's question is not on the NPS scale
   */
  @Override
  public void add(SurveyResponse response) {
    requireNonNull(response, "response");
    checkArgument(NpsStatistics.isNpsResponse(response),
        "response question scale must be NPS but question %s was %s",
        response.question().questionId(), response.question().scale().kind());
    add(response.score());
  }

  /**
   * Adds every score of an array; see {@link #addAll(byte[], int, int)}.
   *
   * @param scores the scores, each in [0, 10]
   * @throws IllegalArgumentException if a score is outside [0, 10]; nothing is added then
   */
  public void addAll(byte[] scores) {
    addAll(scores, 0, scores.length);
  }

  /**
   * Adds the scores {@code scores[from..to)}: the fast path for large arrays. The scores are
   * counted into a histogram first and checked afterwards, so a bad score leaves this
   * accumulator unchanged.
   *
   * @param scores the scores, each in [0, 10]
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @throws IndexOutOfBoundsException if the range is not within the array
   * @throws IllegalArgumentException if a score is outside [0, 10]; nothing is added then
   */
  public void addAll(byte[] scores, int from, int to) {
    requireNonNull(scores, "scores");
    Objects.checkFromToIndex(from, to, scores.length);
    // A plain histogram loop: (b & 0xFF) keeps every index in [0, 256), so the JIT drops the
    // bounds check and needs no branch per score; validity is checked once, afterwards. (Four
    // interleaved histograms measured slower once C2 recompiled them.) An int counter cannot
    // overflow: an array holds fewer than 2^31 bytes.
    int[] counts = new int[256];
    for (int i = from; i < to; i++) {
      counts[scores[i] & 0xFF]++;
    }
    long[] histogram = new long[11];
    for (int b = 0; b < 256; b++) {
      long n = counts[b];
      if (b <= 10) {
        histogram[b] = n;
      } else {
        checkArgument(n == 0, "scores must be in [0, 10] but contained %s", (int) (byte) b);
      }
    }
    long d = 0;
    for (int s = 0; s <= 6; s++) {
      d += histogram[s];
    }
    detractors += d;
    passives += histogram[7] + histogram[8];
    promoters += histogram[9] + histogram[10];
  }

  /**
   * Adds another accumulator's counts; {@code other} is not changed.
   *
   * @param other the other accumulator
   * @throws ArithmeticException if a counter would overflow
   */
  @Override
  public void merge(NpsAccumulator other) {
    requireNonNull(other, "other");
    add(other.detractors, other.passives, other.promoters);
  }

  /**
   * Adds the counts of a snapshot, for example one computed elsewhere.
   *
   * @param statistics the counts to add
   * @throws ArithmeticException if a counter would overflow
   */
  public void merge(NpsStatistics statistics) {
    requireNonNull(statistics, "statistics");
    add(statistics.detractors(), statistics.passives(), statistics.promoters());
  }

  private void add(long moreDetractors, long morePassives, long morePromoters) {
    long d = Math.addExact(detractors, moreDetractors);
    long pa = Math.addExact(passives, morePassives);
    long p = Math.addExact(promoters, morePromoters);
    Math.addExact(Math.addExact(d, pa), p);
    detractors = d;
    passives = pa;
    promoters = p;
  }

  /** Returns the number of answers added so far. */
  public long count() {
    return detractors + passives + promoters;
  }

  @Override
  public NpsStatistics snapshot() {
    return new NpsStatistics(detractors, passives, promoters);
  }

  @Override
  public String toString() {
    return "NpsAccumulator[detractors=" + detractors + ", passives=" + passives + ", promoters="
        + promoters + "]";
  }
}
