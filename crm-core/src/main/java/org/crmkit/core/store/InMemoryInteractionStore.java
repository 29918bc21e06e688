package org.crmkit.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.spi.InteractionStore;

/**
 * The in-memory {@link InteractionStore}: thread-safe, lock-free for readers, serialised for writers.
 *
 * <p>Interactions are held by id in a {@link ConcurrentHashMap} and, per customer, in a time line
 * ordered by (time, id); the time lines sit in a map ordered by customer id, which gives {@link
 * #scan()} its order. Every write takes one lock, so a replacement moves an interaction between
 * time lines atomically with respect to other writers and a batch is written whole. Readers never
 * block and may see part of a batch that is being written.
 */
public final class InMemoryInteractionStore implements InteractionStore {
  private final ConcurrentHashMap<InteractionId, Interaction> byId = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<CustomerId, ConcurrentSkipListMap<TimeKey, Interaction>> timelines =
      new ConcurrentSkipListMap<>();
  private final Object writeLock = new Object();

  /** Creates an empty store. */
  public InMemoryInteractionStore() {}

  /** Orders a time line: time, then id; the empty id sorts before every real one. */
  private record TimeKey(Instant at, String id) implements Comparable<TimeKey> {
    static TimeKey of(Interaction i) {
      return new TimeKey(i.occurredAt(), i.id().value());
    }

    @Override
    public int compareTo(TimeKey o) {
      int byTime = at.compareTo(o.at);
      return byTime != 0 ? byTime : id.compareTo(o.id);
    }
  }

  @Override
  public Optional<Interaction> findById(InteractionId id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  @Override
  public void upsert(Interaction interaction) {
    requireNonNull(interaction, "interaction");
    synchronized (writeLock) {
      put(interaction);
    }
  }

  @Override
  public void upsertAll(List<Interaction> interactions) {
    requireNonNull(interactions, "interactions");
    Set<InteractionId> ids = new HashSet<>();
    for (Interaction i : interactions) {
      requireNonNull(i, "interaction");
      checkArgument(ids.add(i.id()), "interactions must have distinct ids but %s was repeated", i.id());
    }
    synchronized (writeLock) {
      interactions.forEach(this::put);
    }
  }

  @Override
  public List<Interaction> byCustomer(CustomerId customerId, Instant from, Instant to) {
    requireNonNull(customerId, "customerId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "to must not be before from but was %s < %s", to, from);
    ConcurrentSkipListMap<TimeKey, Interaction> line = timelines.get(customerId);
    if (line == null) {
      return List.of();
    }
    return List.copyOf(line.subMap(new TimeKey(from, ""), true, new TimeKey(to, ""), false).values());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Moving a customer's interactions to itself moves nothing and returns 0.
   */
  @Override
  public int reassign(CustomerId from, CustomerId to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (from.equals(to)) {
      return 0;
    }
    synchronized (writeLock) {
      ConcurrentSkipListMap<TimeKey, Interaction> source = timelines.get(from);
      if (source == null) {
        return 0;
      }
      ConcurrentSkipListMap<TimeKey, Interaction> target = timelines.computeIfAbsent(to, k -> new ConcurrentSkipListMap<>());
      for (Map.Entry<TimeKey, Interaction> e : source.entrySet()) {
        Interaction moved = e.getValue().withCustomerId(to);
        target.put(e.getKey(), moved);
        byId.put(moved.id(), moved);
      }
      timelines.remove(from);
      return source.size();
    }
  }

  @Override
  public int deleteByCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    synchronized (writeLock) {
      ConcurrentSkipListMap<TimeKey, Interaction> line = timelines.remove(customerId);
      if (line == null) {
        return 0;
      }
      line.values().forEach(i -> byId.remove(i.id()));
      return line.size();
    }
  }

  @Override
  public Stream<Interaction> scan() {
    return timelines.values().stream().flatMap(line -> line.values().stream());
  }

  @Override
  public long count() {
    return byId.mappingCount();
  }

  private void put(Interaction interaction) {
    Interaction old = byId.put(interaction.id(), interaction);
    if (old != null) {
      ConcurrentSkipListMap<TimeKey, Interaction> oldLine = timelines.get(old.customerId());
      oldLine.remove(TimeKey.of(old));
      if (oldLine.isEmpty()) {
        timelines.remove(old.customerId());
      }
    }
    timelines.computeIfAbsent(interaction.customerId(), k -> new ConcurrentSkipListMap<>())
        .put(TimeKey.of(interaction), interaction);
  }
}
