package org.crmkit.core.complaint;

import java.util.List;
import java.util.Optional;
import org.crmkit.core.interaction.InteractionId;

/**
 * Storage of complaint cases (the transition history and recovery that the {@code
 * InteractionStore} does not hold). Implementations must be thread-safe; {@link
 * #inMemory()} is the default.
 */
public interface ComplaintJournal {

  /**
   * Finds a case.
   *
   * @param complaintId the complaint's id
   * @return the case, or empty
   */
  Optional<ComplaintCase> find(InteractionId complaintId);

  /**
   * Stores a case, replacing any with the same complaint id.
   *
   * @param complaintCase the case
   */
  void save(ComplaintCase complaintCase);

  /**
   * Returns every case, ordered by complaint id.
   *
   * @return the cases
   */
  List<ComplaintCase> all();

  /**
   * Returns a new, empty, thread-safe in-memory journal.
   *
   * @return the journal
   */
  static ComplaintJournal inMemory() {
    return new InMemoryComplaintJournal();
  }
}
