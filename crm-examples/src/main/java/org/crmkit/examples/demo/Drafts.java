package org.crmkit.examples.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;

/**
 * Collects a customer's interactions before their ids are known, then numbers them in time
 * order: {@code <customer id>.<nnnn>}. Not thread-safe.
 */
final class Drafts {
  private record Draft(Instant at, int order, Function<InteractionId, Interaction> make) {}

  private static final Comparator<Draft> BY_TIME = Comparator.comparing(Draft::at).thenComparingInt(Draft::order);
  private final List<Draft> drafts = new ArrayList<>();

  /** Adds an interaction that happens at {@code at}; {@code make} receives its id. */
  void add(Instant at, Function<InteractionId, Interaction> make) {
    drafts.add(new Draft(at, drafts.size(), make));
  }

  /** Returns the interactions in time order, numbered from 1. */
  List<Interaction> build(CustomerId customerId) {
    drafts.sort(BY_TIME);
    List<Interaction> out = new ArrayList<>(drafts.size());
    String prefix = customerId.value() + ".";
    for (Draft d : drafts) {
      String n = Integer.toString(out.size() + 1);
      out.add(d.make().apply(new InteractionId(prefix + "0000".substring(Math.min(4, n.length())) + n)));
    }
    return out;
  }
}
