package org.crmkit.core.interaction;

import static org.crmkit.core.interaction.Fixtures.CUSTOMER;
import static org.crmkit.core.interaction.Fixtures.ID;
import static org.crmkit.core.interaction.Fixtures.SECRET;
import static org.crmkit.core.interaction.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurveyResponseTest {

  private static SurveyResponse answer(Question q, int score) {
    return new SurveyResponse(ID, CUSTOMER, T0, Channel.SURVEY, q, score, Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, 7, 9, 10})
  void new_npsScoreOnTheScale_isAccepted(int score) {
    assertEquals(score, answer(Question.nps("nps"), score).score());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11, 100})
  void new_npsScoreOffTheScale_throws(int score) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> answer(Question.nps("nps"), score));
    assertEquals("score must be in [0, 10] but was " + score, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void new_csatScoreOffTheScale_throws(int score) {
    assertThrows(IllegalArgumentException.class, () -> answer(Question.csat("csat"), score));
  }

  @Test
  void new_scoreOffAHostScale_throws() {
    Question effort = new Question("effort", Scale.of(1, 7));
    assertEquals(7, answer(effort, 7).score());
    assertThrows(IllegalArgumentException.class, () -> answer(effort, 8));
  }

  @Test
  void new_blankComment_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> new SurveyResponse(ID, CUSTOMER, T0, Channel.SURVEY, Question.nps("n"), 9, Optional.of(" ")));
  }

  @Test
  void question_malformedId_throws() {
    assertThrows(IllegalArgumentException.class, () -> Question.nps("nps 2024"));
  }

  @Test
  void toString_showsScoreNotComment() {
    SurveyResponse r = new SurveyResponse(ID, CUSTOMER, T0, Channel.SURVEY, Question.nps("n"), 9, Optional.of(SECRET));
    assertEquals("SurveyResponse[id=I-1, customerId=C-1, question=n, score=9, redacted]", r.toString());
    assertFalse(r.toString().contains("李"));
  }
}
