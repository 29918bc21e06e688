package org.crmkit.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.interaction.ServiceRecord;
import org.crmkit.core.interaction.SiteVisit;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.testkit.CrmArbitraries;

/**
 * Plants canaries: text from an alphabet the crm-core generators never use (Greek capitals) into
 * every sensitive field, an unclassified host attribute and every free-text field of a generated
 * profile, so that a leak of any 4 characters of them is unambiguous.
 */
public final class Canaries {
  /** The unclassified host attribute key that receives a canary. */
  public static final String UNCLASSIFIED_KEY = "zz_unclassified";
  private static final char[] GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ".toCharArray();

  private Canaries() {}

  /**
   * A profile with canaries planted, and the canaries.
   *
   * @param profile the profile
   * @param canaries every planted text
   */
  public record Planted(CustomerProfile profile, List<String> canaries) {}

  /** Returns canary texts, 6..24 Greek capitals. */
  public static Arbitrary<String> canary() {
    return Arbitraries.strings().withChars(GREEK).ofMinLength(6).ofMaxLength(24);
  }

  /** Returns generated profiles with canaries and a third-party-disclosure grant to {@code recipient}. */
  public static Arbitrary<Planted> planted(String recipient, Instant grantAt) {
    return CrmArbitraries.customerProfiles().flatMap(p ->
        canary().list().ofSize(16).map(cs -> plant(grant(p, recipient, grantAt), cs)));
  }

  /** Adds a grant of third-party disclosure to a recipient, effective at {@code at}. */
  public static CustomerProfile grant(CustomerProfile p, String recipient, Instant at) {
    List<ConsentEvent> events = new ArrayList<>(p.consentEvents());
    events.add(Fixtures.event("grant-" + recipient, p.customer().id(), Purpose.THIRD_PARTY_DISCLOSURE,
        ConsentStatus.GRANTED, at, recipient));
    return new CustomerProfile(p.customer(), p.interactions(), events);
  }

  /** Replaces every sensitive and free-text value of a profile by the next of {@code canaries}. */
  public static Planted plant(CustomerProfile p, List<String> canaries) {
    Iterator<String> next = canaries.iterator();
    List<String> used = new ArrayList<>();
    java.util.function.Supplier<String> take = () -> {
      String s = next.hasNext() ? next.next() : "ΩΩΩΩΩΩ";
      used.add(s);
      return s;
    };
    Customer c = p.customer().toBuilder()
        .sensitive(new SensitiveData(Optional.of(take.get()), Optional.of(take.get()), Optional.of(take.get()),
            Map.of("genetic", take.get())))
        .attribute(UNCLASSIFIED_KEY, AttributeValue.ofText(take.get()))
        .build();
    // One canary for all free text: enough to catch a leak of any of them, and cheap.
    String text = take.get();
    List<Interaction> interactions = new ArrayList<>();
    for (Interaction i : p.interactions()) {
      interactions.add(withText(i, text));
    }
    return new Planted(new CustomerProfile(c, interactions, p.consentEvents()), List.copyOf(used));
  }

  private static Interaction withText(Interaction i, String t) {
    if (i instanceof ServiceRecord) {
      ServiceRecord s = (ServiceRecord) i;
      return new ServiceRecord(s.id(), s.customerId(), s.occurredAt(), s.channel(), t, Optional.of(t), s.urgency(),
          s.replyDueAt(), s.resolved());
    }
    if (i instanceof Complaint) {
      Complaint c = (Complaint) i;
      return new Complaint(c.id(), c.customerId(), c.occurredAt(), c.channel(), c.urgency(), c.replyDueAt(),
          c.cause(), c.status(), t);
    }
    if (i instanceof Communication) {
      Communication c = (Communication) i;
      return new Communication(c.id(), c.customerId(), c.occurredAt(), c.channel(), c.direction(), t);
    }
    if (i instanceof FollowUp) {
      FollowUp f = (FollowUp) i;
      return new FollowUp(f.id(), f.customerId(), f.occurredAt(), f.channel(), f.method(), f.purpose(),
          f.outcome(), Optional.of(t));
    }
    if (i instanceof SurveyResponse) {
      SurveyResponse s = (SurveyResponse) i;
      return new SurveyResponse(s.id(), s.customerId(), s.occurredAt(), s.channel(), s.question(), s.score(),
          Optional.of(t));
    }
    if (i instanceof Refund) {
      Refund r = (Refund) i;
      return new Refund(r.id(), r.customerId(), r.occurredAt(), r.channel(), r.orderId(), r.amount(),
          r.refundKind(), Optional.of(t));
    }
    if (i instanceof SiteVisit) {
      SiteVisit v = (SiteVisit) i;
      return new SiteVisit(v.id(), v.customerId(), v.occurredAt(), v.channel(), Optional.of(t), v.duration());
    }
    return i;
  }
}
