package org.crmkit.core.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RotationFairnessProperties {

  /** A step: 0 new visitor, 1 named visitor, 2 returning visitor, 3 away, 4 back; with a rep index. */
  record Step(int op, int rep) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 5))
        .as(Step::new).list().ofMaxSize(120);
  }

  private static List<String> roster(int size) {
    List<String> reps = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      reps.add("rep-" + i);
    }
    return reps;
  }

  private static ReceptionRotation run(int size, List<Step> steps, Set<String> everAway, List<Assignment> out) {
    List<String> reps = roster(size);
    ReceptionRotation rotation = ReceptionRotation.of(reps);
    int n = 0;
    for (Step s : steps) {
      String rep = reps.get(s.rep() % size);
      switch (s.op()) {
        case 0:
          if (!rotation.present().isEmpty()) {
            out.add(rotation.receive(Visitor.newVisitor("V" + n++)));
          }
          break;
        case 1:
          if (!rotation.present().isEmpty()) {
            out.add(rotation.receive(Visitor.naming("V" + n++, rep)));
          }
          break;
        case 2:
          if (!rotation.present().isEmpty()) {
            out.add(rotation.receive(Visitor.returning("V" + n++, rep)));
          }
          break;
        case 3:
          rotation.away(rep);
          everAway.add(rep);
          break;
        default:
          rotation.back(rep);
          break;
      }
    }
    return rotation;
  }

  @Property(tries = 300)
  void amongRepsPresentThroughoutTurnsDifferByAtMostOne(@ForAll @IntRange(min = 1, max = 6) int size,
      @ForAll("steps") List<Step> steps) {
    Set<String> everAway = new HashSet<>();
    ReceptionRotation rotation = run(size, steps, everAway, new ArrayList<>());
    IntSummaryStatistics s = rotation.turns().entrySet().stream()
        .filter(e -> !everAway.contains(e.getKey()))
        .mapToInt(e -> e.getValue()).summaryStatistics();
    if (s.getCount() > 0) {
      assertTrue(s.getMax() - s.getMin() <= 1, "turns of always-present reps spread " + s);
    }
  }

  @Property(tries = 200)
  void onlyNewVisitorsUseTurns(@ForAll @IntRange(min = 1, max = 6) int size, @ForAll("steps") List<Step> steps) {
    List<Assignment> log = new ArrayList<>();
    ReceptionRotation rotation = run(size, steps, new HashSet<>(), log);
    long used = log.stream().filter(Assignment::usedTurn).count();
    assertEquals(used, rotation.turns().values().stream().mapToLong(Integer::longValue).sum());
    assertEquals(log, rotation.log());
  }

  @Property(tries = 100)
  void rotationIsDeterministic(@ForAll @IntRange(min = 1, max = 6) int size, @ForAll("steps") List<Step> steps) {
    List<Assignment> first = new ArrayList<>();
    List<Assignment> second = new ArrayList<>();
    run(size, steps, new HashSet<>(), first);
    run(size, steps, new HashSet<>(), second);
    assertEquals(first, second);
  }
}
