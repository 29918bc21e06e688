package org.crmkit.core.complaint;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.crmkit.core.interaction.InteractionId;

/** The in-memory {@link ComplaintJournal}; thread-safe. */
final class InMemoryComplaintJournal implements ComplaintJournal {
  private final ConcurrentSkipListMap<InteractionId, ComplaintCase> cases = new ConcurrentSkipListMap<>();

  @Override
  public Optional<ComplaintCase> find(InteractionId complaintId) {
    return Optional.ofNullable(cases.get(requireNonNull(complaintId, "complaintId")));
  }

  @Override
  public void save(ComplaintCase complaintCase) {
    requireNonNull(complaintCase, "complaintCase");
    cases.put(complaintCase.id(), complaintCase);
  }

  @Override
  public List<ComplaintCase> all() {
    return List.copyOf(cases.values());
  }
}
