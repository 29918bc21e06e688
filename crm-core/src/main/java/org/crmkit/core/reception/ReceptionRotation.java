package org.crmkit.core.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reception rotation of seed 002 (接待管理): reps take new visitors in turn by a fixed order
 * (排序表). Mutable and not thread-safe: one rotation per reception desk, driven by one thread.
 * Deterministic: the same roster and the same calls give the same assignments.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A {@linkplain VisitorKind#NEW new} visitor goes to the present rep with the fewest turns;
 *       among equals, the first in roster order after the rep who took the last turn (so with no
 *       absences this is plain round robin). That counts as a turn.
 *   <li>A rep who was {@linkplain #away away} keeps the turns they had; on {@linkplain #back
 *       return} they are behind, so rule 1 gives them the next new visitors as {@linkplain
 *       AssignmentReason#CATCH_UP catch-up turns} until they are level (空几轮,补接几名新客户).
 *       Busy reps can be marked away too (忙于接待客户时,其他销售员按顺序轮流接待).
 *   <li>A visitor who {@linkplain VisitorKind#NAMED_REP names a rep} goes to that rep and a
 *       {@linkplain VisitorKind#RETURNING returning customer} to their rep; neither uses a turn.
 *   <li>If that rep is away, the rep rule 1 would choose serves the visitor as a {@linkplain
 *       AssignmentReason#COVER cover} (义务接待): no turn is used and the visitor stays the other
 *       rep's.
 *   <li>A rep who {@linkplain #join joins} later starts level with the fewest turns of the present
 *       reps: catch-up is for reps who were away, not for the time before someone started.
 * </ol>
 *
 * <p>Law (tested): among reps present throughout, turns differ by at most one.
 */
public final class ReceptionRotation {
  private final Map<String, Integer> turns = new LinkedHashMap<>(); // roster order
  private final Set<String> present = new LinkedHashSet<>();
  // Reps back from being away who have not yet caught up: only their turns are catch-up turns.
  private final Set<String> returned = new LinkedHashSet<>();
  private final List<Assignment> log = new ArrayList<>();
  private Optional<String> lastTurn = Optional.empty();

  private ReceptionRotation(List<String> roster) {
    checkArgument(!roster.isEmpty(), "roster must not be empty but was empty");
    for (String rep : roster) {
      checkArgument(turns.put(Visitor.checkRep(rep), 0) == null, "roster must not repeat a rep but repeated '%s'", rep);
      present.add(rep);
    }
  }

  /**
   * Starts a rotation with every rep present and no turns taken.
   *
   * @param roster the reps in rotation order, distinct, at least one
   * @return the rotation
   * @throws IllegalArgumentException if the roster is empty, repeats a rep or has a malformed id
   */
  public static ReceptionRotation of(List<String> roster) {
    return new ReceptionRotation(List.copyOf(roster));
  }

  /**
   * Marks a rep away (out on business or busy).
   *
   * @param rep a rep on the roster
   * @throws IllegalArgumentException if the rep is not on the roster
   */
  public void away(String rep) {
    present.remove(known(rep));
  }

  /**
   * Marks a rep back; they keep their turns and so catch up.
   *
   * @param rep a rep on the roster
   * @throws IllegalArgumentException if the rep is not on the roster
   */
  public void back(String rep) {
    if (present.add(known(rep))) {
      returned.add(rep);
    }
  }

  /**
   * Adds a rep at the end of the roster, present, level with the present rep with fewest turns.
   *
   * @param rep a rep not on the roster
   * @throws IllegalArgumentException if the rep is already on the roster
   */
  public void join(String rep) {
    Visitor.checkRep(rep);
    checkArgument(!turns.containsKey(rep), "rep must not be on the roster already but '%s' was", rep);
    int level = present.stream().mapToInt(turns::get).min().orElse(0);
    turns.put(rep, level);
    present.add(rep);
  }

  /**
   * Assigns a visitor by the rules in the class description and logs the assignment.
   *
   * @param visitor the visitor
   * @return who serves them, and why
   * @throws IllegalArgumentException if a named or own rep is not on the roster
   * @throws IllegalStateException if the visitor needs the rotation and no rep is present
   */
  public Assignment receive(Visitor visitor) {
    requireNonNull(visitor, "visitor");
    long seq = log.size() + 1L;
    Assignment a;
    if (visitor.kind() == VisitorKind.NEW) {
      String rep = next();
      int before = turns.get(rep);
      int othersMin = present.stream().filter(r -> !r.equals(rep)).mapToInt(turns::get).min().orElse(before);
      // Behind the others only counts as catch-up for a rep who was away; a rep who is merely next
      // in an ordinary round is taking an ordinary turn.
      boolean catchUp = returned.contains(rep) && before < othersMin;
      if (before + 1 >= othersMin) {
        returned.remove(rep);
      }
      turns.put(rep, before + 1);
      lastTurn = Optional.of(rep);
      a = new Assignment(seq, visitor.ref(), rep, catchUp ? AssignmentReason.CATCH_UP : AssignmentReason.TURN, true,
          Optional.empty(), catchUp
              ? "catch-up turn: " + rep + " was away and had " + before + " turns against at least " + othersMin
                  + " for the others present"
              : "turn: " + rep + " is next in rotation order with " + before + " turns, the fewest of the "
                  + present.size() + " reps present");
    } else {
      String owner = known(visitor.rep().orElseThrow());
      AssignmentReason own = visitor.kind() == VisitorKind.NAMED_REP
          ? AssignmentReason.NAMED_REP : AssignmentReason.RETURNING_CUSTOMER;
      String why = visitor.kind() == VisitorKind.NAMED_REP ? "named " : "returning customer of ";
      if (present.contains(owner)) {
        a = new Assignment(seq, visitor.ref(), owner, own, false, Optional.empty(),
            why + owner + ": goes to that rep, no turn used");
      } else {
        String cover = next();
        a = new Assignment(seq, visitor.ref(), cover, AssignmentReason.COVER, false, Optional.of(owner),
            why + owner + " who is away: " + cover + " covers as next in rotation, no turn used, customer stays "
                + owner + "'s");
      }
    }
    log.add(a);
    return a;
  }

  // The present rep with the fewest turns; ties by roster order after the last turn taker.
  private String next() {
    checkState(!present.isEmpty(), "a rep must be present to take a turn but none was");
    List<String> roster = new ArrayList<>(turns.keySet());
    int start = lastTurn.map(r -> roster.indexOf(r) + 1).orElse(0);
    String best = null;
    for (int k = 0; k < roster.size(); k++) {
      String rep = roster.get((start + k) % roster.size());
      if (present.contains(rep) && (best == null || turns.get(rep) < turns.get(best))) {
        best = rep;
      }
    }
    return best;
  }

  private String known(String rep) {
    requireNonNull(rep, "rep");
    checkArgument(turns.containsKey(rep), "rep must be on the roster but '%s' was not", rep);
    return rep;
  }

  /** Returns each rep's rotation turns (turns and catch-up turns), in roster order; a snapshot. */
  public Map<String, Integer> turns() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(turns));
  }

  /** Returns the present reps, in roster order; a snapshot. */
  public List<String> present() {
    return turns.keySet().stream().filter(present::contains).toList();
  }

  /** Returns every assignment made so far, oldest first; a snapshot. */
  public List<Assignment> log() {
    return List.copyOf(log);
  }
}
