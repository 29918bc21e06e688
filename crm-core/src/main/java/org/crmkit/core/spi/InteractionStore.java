package org.crmkit.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;

/**
 * Storage of interactions. Interactions are written by id (a complaint's status changes are
 * written over the same id) and read per customer in time order. Implementations must be
 * thread-safe and pass {@code org.crmkit.core.testkit.InteractionStoreContract}.
 */
public interface InteractionStore {

  /**
   * Finds an interaction.
   *
   * @param id the id
   * @return the interaction, or empty
   */
  Optional<Interaction> findById(InteractionId id);

  /**
   * Stores an interaction, replacing any with the same id.
   *
   * @param interaction the interaction
   * @throws StorageException if the storage failed; nothing was written
   */
  void upsert(Interaction interaction);

  /**
   * Stores several interactions atomically.
   *
   * @param interactions the interactions, with distinct ids
   * @throws IllegalArgumentException if two share an id
   * @throws StorageException if the storage failed; nothing was written
   */
  void upsertAll(List<Interaction> interactions);

  /**
   * Returns a customer's interactions in {@code [from, to)}, ordered by time, then id.
   *
   * @param customerId the customer
   * @param from the first instant included
   * @param to the first instant excluded, not before {@code from}
   * @return the interactions
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  List<Interaction> byCustomer(CustomerId customerId, Instant from, Instant to);

  /**
   * Returns all of a customer's interactions, ordered by time, then id.
   *
   * @param customerId the customer
   * @return the interactions
   */
  default List<Interaction> byCustomer(CustomerId customerId) {
    return byCustomer(customerId, Instant.MIN, Instant.MAX);
  }

  /**
   * Moves every interaction of one customer to another, as a merge of duplicates does.
   *
   * @param from the customer that loses them
   * @param to the customer that gains them
   * @return how many moved
   */
  int reassign(CustomerId from, CustomerId to);

  /**
   * Deletes every interaction of a customer.
   *
   * @param customerId the customer
   * @return how many were deleted
   */
  int deleteByCustomer(CustomerId customerId);

  /**
   * Streams every interaction; the caller must close the stream.
   *
   * @return the interactions, ordered by customer id, then time, then id
   */
  Stream<Interaction> scan();

  /** Returns the number of stored interactions. */
  long count();
}
