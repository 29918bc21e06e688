package org.crmkit.core.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.FollowUpOutcome;
import org.crmkit.core.interaction.FollowUpPurpose;
import org.crmkit.core.interaction.Interaction;

/**
 * What counts as a contact: a follow-up that reached the customer (outcome reached or declined:
 * we spoke to them) or any communication. Unanswered or rescheduled follow-ups do not count.
 */
final class Contacts {
  private final List<Interaction> contacts;

  /** @param interactions one customer's interactions up to the planning cut-off, in time order */
  Contacts(List<Interaction> interactions) {
    this.contacts = interactions.stream().filter(Contacts::isContact).toList();
  }

  static boolean isContact(Interaction i) {
    if (i instanceof FollowUp) {
      FollowUpOutcome o = ((FollowUp) i).outcome();
      return o == FollowUpOutcome.REACHED || o == FollowUpOutcome.DECLINED;
    }
    return i instanceof Communication;
  }

  Optional<Interaction> last() {
    return contacts.isEmpty() ? Optional.empty() : Optional.of(contacts.get(contacts.size() - 1));
  }

  boolean anySince(Instant since) {
    return contacts.stream().anyMatch(i -> !i.occurredAt().isBefore(since));
  }

  boolean anySince(Instant since, FollowUpPurpose purpose) {
    return contacts.stream().anyMatch(i -> !i.occurredAt().isBefore(since) && i instanceof FollowUp
        && ((FollowUp) i).purpose() == purpose);
  }

  Optional<Channel> lastChannel() {
    return last().map(Interaction::channel);
  }
}
