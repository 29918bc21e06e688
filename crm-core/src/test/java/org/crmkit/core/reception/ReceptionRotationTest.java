package org.crmkit.core.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceptionRotationTest {
  private final ReceptionRotation rotation = ReceptionRotation.of(List.of("A", "B", "C"));
  private int visits;

  private String nextNew() {
    return rotation.receive(Visitor.newVisitor("V" + (++visits))).rep();
  }

  @Test
  void receive_newVisitors_roundRobinInRosterOrder() {
    assertEquals(List.of("A", "B", "C", "A", "B"), List.of(nextNew(), nextNew(), nextNew(), nextNew(), nextNew()));
    assertEquals(Map.of("A", 2, "B", 2, "C", 1), rotation.turns());
  }

  @Test
  void receive_namedRep_goesToThatRepWithoutUsingATurn() {
    nextNew(); // A
    Assignment a = rotation.receive(Visitor.naming("V9", "C"));
    assertEquals("C", a.rep());
    assertEquals(AssignmentReason.NAMED_REP, a.reason());
    assertFalse(a.usedTurn());
    assertEquals("B", nextNew());
    assertEquals("C", nextNew());
  }

  @Test
  void receive_returningCustomer_goesToTheirRepAndDoesNotCount() {
    Assignment a = rotation.receive(Visitor.returning("V9", "B"));
    assertEquals(AssignmentReason.RETURNING_CUSTOMER, a.reason());
    assertEquals(Map.of("A", 0, "B", 0, "C", 0), rotation.turns());
    assertEquals("A", nextNew());
  }

  @Test
  void receive_lastRepOfAnOrdinaryRound_takesAnOrdinaryTurn() {
    nextNew(); // A
    nextNew(); // B
    Assignment c = rotation.receive(Visitor.newVisitor("V-c"));
    assertEquals("C", c.rep());
    assertEquals(AssignmentReason.TURN, c.reason(), "C was never away: being behind mid-round is no catch-up");
    assertFalse(c.explanation().contains("away"));
  }

  @Test
  void receive_awayRepGetsCatchUpTurnsOnReturn() {
    rotation.away("B");
    assertEquals(List.of("A", "C", "A", "C"), List.of(nextNew(), nextNew(), nextNew(), nextNew()));
    rotation.back("B");
    Assignment first = rotation.receive(Visitor.newVisitor("V-back1"));
    Assignment second = rotation.receive(Visitor.newVisitor("V-back2"));
    assertEquals("B", first.rep());
    assertEquals(AssignmentReason.CATCH_UP, first.reason());
    assertTrue(first.explanation().contains("was away"));
    assertEquals("B", second.rep());
    assertEquals(AssignmentReason.CATCH_UP, second.reason());
    assertEquals(Map.of("A", 2, "B", 2, "C", 2), rotation.turns());
    // level again: ordinary round robin resumes after the last turn taker (B)
    assertEquals(List.of("C", "A", "B"), List.of(nextNew(), nextNew(), nextNew()));
  }

  @Test
  void receive_ownRepAway_nextRepCoversWithoutATurn() {
    rotation.away("C");
    Assignment a = rotation.receive(Visitor.returning("V9", "C"));
    assertEquals("A", a.rep());
    assertEquals(AssignmentReason.COVER, a.reason());
    assertEquals(Optional.of("C"), a.owner());
    assertFalse(a.usedTurn());
    assertEquals("A", nextNew()); // the cover did not use A's turn
  }

  @Test
  void receive_nobodyPresent_throws() {
    rotation.away("A");
    rotation.away("B");
    rotation.away("C");
    assertThrows(IllegalStateException.class, this::nextNew);
  }

  @Test
  void receive_unknownNamedRep_throws() {
    assertThrows(IllegalArgumentException.class, () -> rotation.receive(Visitor.naming("V1", "Z")));
  }

  @Test
  void join_newRepStartsLevelWithoutCatchUp() {
    nextNew();
    nextNew();
    nextNew(); // 1,1,1
    rotation.join("D");
    assertEquals(1, rotation.turns().get("D"));
    Assignment a = rotation.receive(Visitor.newVisitor("V9"));
    assertEquals("D", a.rep()); // D is after C, the last turn taker
    assertEquals(AssignmentReason.TURN, a.reason());
  }

  @Test
  void of_repeatedRep_throws() {
    assertThrows(IllegalArgumentException.class, () -> ReceptionRotation.of(List.of("A", "A")));
    assertThrows(IllegalArgumentException.class, () -> ReceptionRotation.of(List.of()));
  }

  @Test
  void visitor_newWithRep_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> new Visitor("V1", VisitorKind.NEW, Optional.of("A")));
  }
}
