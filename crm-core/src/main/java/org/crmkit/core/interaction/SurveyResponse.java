package org.crmkit.core.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.crmkit.core.CustomerId;

/**
 * An answer to a survey question (满意度调查 / 净推荐值). The score must lie on the question's
 * declared scale. Immutable; {@code toString()} is redacted.
 *
 * @param id the interaction id
 * @param customerId who answered
 * @param occurredAt when
 * @param channel where
 * @param question the question and its scale
 * @param score the answer, on the scale
 * @param comment a free-text comment (up to 10000 characters), if any
 */
public record SurveyResponse(InteractionId id, CustomerId customerId, Instant occurredAt,
    Channel channel, Question question, int score, Optional<String> comment) implements Interaction {

  /**
   * Validates the answer.
   *
   * @throws IllegalArgumentException if the score is off the question's scale or the comment is blank
   */
  public SurveyResponse {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(channel, "channel");
    requireNonNull(question, "question");
    if (!question.scale().contains(score)) {
      throw new IllegalArgumentException("score must be in [" + question.scale().min() + ", "
          + question.scale().max() + "] but was " + score);
    }
    comment = Checks.text("comment", comment, 10_000);
  }

  @Override
  public InteractionKind kind() {
    return InteractionKind.SURVEY_RESPONSE;
  }

  @Override
  public SurveyResponse withCustomerId(CustomerId newCustomerId) {
    return new SurveyResponse(id, newCustomerId, occurredAt, channel, question, score, comment);
  }

  @Override
  public String toString() {
    return "SurveyResponse[id=" + id + ", customerId=" + customerId + ", question="
        + question.questionId() + ", score=" + score + ", redacted]";
  }
}
