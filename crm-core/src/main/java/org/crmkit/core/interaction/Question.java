package org.crmkit.core.interaction;

import static java.util.Objects.requireNonNull;

/**
 * A survey question: its id and its declared scale. Immutable.
 *
 * @param questionId the question's id, 1..64 characters of {@code [A-Za-z0-9._:/-]}
 * @param scale the answer scale
 */
public record Question(String questionId, Scale scale) {

  /**
   * Validates the question.
   *
   * @throws IllegalArgumentException if the id is malformed
   */
  public Question {
    Checks.reference("questionId", questionId);
    requireNonNull(scale, "scale");
  }

  /** Returns an NPS question. @param questionId the id @return the question */
  public static Question nps(String questionId) {
    return new Question(questionId, Scale.NPS);
  }

  /** Returns a CSAT question. @param questionId the id @return the question */
  public static Question csat(String questionId) {
    return new Question(questionId, Scale.CSAT);
  }
}
