package org.crmkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.ValueSegment;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.interaction.RefundKind;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.CustomerQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticCustomerBaseTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final SyntheticCustomerBase BASE = SyntheticCustomerBase.of(3000, 42, AS_OF);
  private static List<CustomerProfile> profiles;

  @BeforeAll
  static void generate() {
    profiles = BASE.profiles().toList();
  }

  private static <T> Set<T> all(Function<CustomerProfile, Stream<T>> f) {
    return profiles.stream().flatMap(f).collect(Collectors.toSet());
  }

  private static Stream<Interaction> interactions() {
    return profiles.stream().flatMap(p -> p.interactions().stream());
  }

  @Test
  void profiles_sameSizeSeedAndAsOf_areEqualAndExportByteIdentical() {
    List<CustomerProfile> a = SyntheticCustomerBase.of(400, 9, AS_OF).profiles().toList();
    List<CustomerProfile> b = SyntheticCustomerBase.of(400, 9, AS_OF).profiles().toList();

    assertEquals(a, b);
    assertArrayEquals(json(a), json(b));
  }

  private static byte[] json(List<CustomerProfile> list) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CustomerExport.write(list, out);
    return out.toByteArray();
  }

  @Test
  void profiles_otherSeedOrAsOf_differ() {
    List<CustomerProfile> base = SyntheticCustomerBase.of(50, 9, AS_OF).profiles().toList();

    assertNotEquals(base, SyntheticCustomerBase.of(50, 10, AS_OF).profiles().toList());
    assertNotEquals(base, SyntheticCustomerBase.of(50, 9, AS_OF.minusDays(1)).profiles().toList());
  }

  @Test
  void profile_byIndex_equalsTheStreamedOneAndItsCustomer() {
    for (int i : new int[] {0, 1, 17, 1234, 2999}) {
      assertEquals(profiles.get(i), BASE.profile(i));
      assertEquals(profiles.get(i).customer(), BASE.customer(i));
      assertEquals(SyntheticCustomerBase.customerId(i), profiles.get(i).customer().id());
    }
    assertEquals(profiles.stream().map(CustomerProfile::customer).toList(), BASE.customers().toList());
  }

  @Test
  void profiles_coverEveryTypeKindStatusAndOutcome() {
    assertAll(
        () -> assertEquals(EnumSet.allOf(CustomerType.class), all(p -> Stream.of(p.customer().type()))),
        () -> assertEquals(EnumSet.allOf(LifecycleStage.class), all(p -> Stream.of(p.customer().stage()))),
        () -> assertEquals(EnumSet.allOf(ValueSegment.class), all(p -> Stream.of(p.customer().segment()))),
        () -> assertEquals(EnumSet.allOf(InteractionKind.class), interactions().map(Interaction::kind).collect(Collectors.toSet())),
        () -> assertEquals(EnumSet.allOf(ComplaintStatus.class), interactions().filter(Complaint.class::isInstance)
            .map(i -> ((Complaint) i).status()).collect(Collectors.toSet())),
        () -> assertEquals(EnumSet.allOf(RefundKind.class), interactions().filter(Refund.class::isInstance)
            .map(i -> ((Refund) i).refundKind()).collect(Collectors.toSet())),
        () -> assertEquals(EnumSet.allOf(RenewalOutcome.class), interactions().filter(Renewal.class::isInstance)
            .map(i -> ((Renewal) i).outcome()).collect(Collectors.toSet())),
        () -> assertEquals(EnumSet.allOf(Scale.Kind.class), interactions().filter(SurveyResponse.class::isInstance)
            .map(i -> ((SurveyResponse) i).question().scale().kind()).collect(Collectors.toSet())),
        () -> assertEquals(EnumSet.allOf(ConsentStatus.class), all(p -> p.consentEvents().stream().map(ConsentEvent::status))),
        () -> assertEquals(Set.copyOf(Purpose.PREDEFINED), all(p -> p.consentEvents().stream().map(ConsentEvent::purpose))),
        () -> assertTrue(all(p -> p.consentEvents().stream().flatMap(e -> e.recipients().stream()))
            .containsAll(List.of(ConsentFactory.RECIPIENTS))),
        () -> assertTrue(profiles.stream().anyMatch(p -> p.consentEvents().stream().anyMatch(e -> e.expiresAt().isPresent()))),
        () -> assertTrue(profiles.stream().anyMatch(p -> !p.customer().sensitive().isEmpty())),
        () -> assertTrue(profiles.stream().anyMatch(p -> p.customer().displayName().matches("[A-Za-z ]+"))),
        () -> assertTrue(profiles.stream().anyMatch(p -> p.customer().region().map(r -> !r.isDomestic()).orElse(false))),
        () -> assertTrue(all(p -> p.customer().accountManager().stream()).size() >= 30));
  }

  @Test
  void profiles_mostlyIndividuals() {
    long individuals = profiles.stream().filter(p -> p.customer().type() == CustomerType.INDIVIDUAL).count();

    assertTrue(individuals > 0.75 * profiles.size() && individuals < 0.95 * profiles.size(), "individuals " + individuals);
  }

  @Test
  void duplicateCount_defaultShare_isAboutTwoPercent() {
    SyntheticCustomerBase big = SyntheticCustomerBase.of(50_000, 1, AS_OF);

    double share = big.duplicateCount() / (double) big.size();

    assertTrue(share > 0.017 && share < 0.023, "share " + share);
  }

  @Test
  void duplicateCount_configuredShare_isAboutThatShare() {
    assertEquals(0, BASE.withDuplicateShare(0).duplicateCount());
    double share = BASE.withDuplicateShare(0.1).duplicateCount() / (double) BASE.size();
    assertTrue(share > 0.085 && share < 0.115, "share " + share);
  }

  @Test
  void duplicateOf_pointsToAnEarlierOriginalOfTheSamePersonEnteredAgain() {
    int checked = 0;
    for (int i = 0; i < BASE.size(); i++) {
      OptionalInt original = BASE.duplicateOf(i);
      if (original.isEmpty()) {
        continue;
      }
      checked++;
      int j = original.getAsInt();
      Customer first = profiles.get(j).customer();
      Customer again = profiles.get(i).customer();
      assertTrue(j < i && BASE.duplicateOf(j).isEmpty(), "original of " + i);
      assertEquals(first.type(), again.type());
      assertTrue(again.createdAt().isAfter(first.createdAt()), "created after " + i);
      assertNotEquals(first.displayName(), again.displayName());
      assertTrue(CustomerQuery.all().withName(first.displayName()).matches(again), "fuzzy name " + i);
      boolean samePhone = !first.phones().isEmpty() && again.phones().contains(first.phones().get(0));
      boolean sameEmail = !first.emails().isEmpty() && again.emails().contains(first.emails().get(0));
      assertTrue(samePhone || sameEmail, "same phone or e-mail " + i);
    }
    assertTrue(checked > 30, "checked " + checked);
  }

  @Test
  void interactions_lieInTheTwoYearsBeforeAsOfWithUniqueIds() {
    Instant asOf = BASE.asOfInstant();
    Set<String> ids = new HashSet<>();
    interactions().forEach(i -> {
      assertTrue(!i.occurredAt().isBefore(BASE.windowStart()) && i.occurredAt().isBefore(asOf), i.id().value());
      assertTrue(ids.add(i.id().value()), i.id().value());
    });
    profiles.forEach(p -> p.consentEvents().forEach(e -> assertTrue(e.effectiveAt().isBefore(asOf), e.eventId())));
    assertEquals(Instant.parse("2026-06-29T16:00:00Z"), asOf);
  }

  @Test
  void interactions_fitTheLifecycle() {
    for (CustomerProfile p : profiles) {
      LifecycleHelper life = new LifecycleHelper(p.customer());
      for (Interaction i : p.interactions()) {
        String where = p.customer().id() + " " + i.id();
        assertFalse(life.inExitGap(i.occurredAt()), "nothing between exit and win-back: " + where);
        if (i.kind() == InteractionKind.PURCHASE) {
          assertTrue(life.firstTransaction().map(t -> !i.occurredAt().isBefore(t)).orElse(false),
              "no purchase before the transaction stage: " + where);
        }
        if (p.customer().stage() == LifecycleStage.AWARENESS) {
          assertEquals(InteractionKind.SITE_VISIT, i.kind(), "only site visits in awareness: " + where);
        }
      }
      life.firstTransaction().filter(t -> !t.isBefore(BASE.windowStart())).ifPresent(t ->
          assertTrue(p.interactions().stream().anyMatch(i -> i.kind() == InteractionKind.PURCHASE && i.occurredAt().equals(t)),
              "the first purchase opens the transaction stage: " + p.customer().id()));
    }
  }

  @Test
  void refunds_referToAnEarlierPurchaseOfTheSameCustomer() {
    for (CustomerProfile p : profiles) {
      for (Interaction i : p.interactions()) {
        if (i instanceof Refund) {
          Refund r = (Refund) i;
          assertTrue(p.interactions().stream().anyMatch(o -> o instanceof org.crmkit.core.interaction.Purchase
              && ((org.crmkit.core.interaction.Purchase) o).orderId().equals(r.orderId())
              && o.occurredAt().isBefore(r.occurredAt())
              && ((org.crmkit.core.interaction.Purchase) o).amount().compareTo(r.amount()) >= 0), r.id().value());
        }
      }
    }
  }

  @Test
  void marketingFollowUps_happenOnlyWhileDirectMarketingIsAllowed() {
    long marketing = 0;
    for (CustomerProfile p : profiles) {
      for (Interaction i : p.interactions()) {
        if (i instanceof org.crmkit.core.interaction.FollowUp
            && ((org.crmkit.core.interaction.FollowUp) i).purpose() == org.crmkit.core.interaction.FollowUpPurpose.MARKETING) {
          marketing++;
          assertTrue(p.consent().decide(Purpose.DIRECT_MARKETING, i.occurredAt()).allowed(), i.id().value());
        }
      }
    }
    assertTrue(marketing > 0);
  }

  @Test
  void of_outOfRange_throws() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticCustomerBase.of(0, 1, AS_OF));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCustomerBase.of(10_000_000, 1, AS_OF));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCustomerBase.of(1, 1, LocalDate.of(1969, 12, 31)));
    assertThrows(IllegalArgumentException.class, () -> BASE.withDuplicateShare(0.6));
    assertThrows(IndexOutOfBoundsException.class, () -> BASE.profile(3000));
    assertThrows(IndexOutOfBoundsException.class, () -> BASE.duplicateOf(-1));
  }

  @Test
  void customerId_isSevenDigitsFromOne() {
    assertEquals("C0000001", SyntheticCustomerBase.customerId(0).value());
    assertEquals("C9999999", SyntheticCustomerBase.customerId(9_999_998).value());
  }

  /** Reads the exit gaps and the first transaction from a customer's life cycle. */
  private static final class LifecycleHelper {
    private final Customer customer;

    LifecycleHelper(Customer customer) {
      this.customer = customer;
    }

    Optional<Instant> firstTransaction() {
      return customer.lifecycle().entries().stream().filter(e -> e.stage() == LifecycleStage.TRANSACTION)
          .map(e -> e.enteredAt()).findFirst();
    }

    boolean inExitGap(Instant t) {
      var entries = customer.lifecycle().entries();
      for (int k = 0; k < entries.size(); k++) {
        if (entries.get(k).stage() == LifecycleStage.EXIT) {
          Instant back = k + 1 < entries.size() ? entries.get(k + 1).enteredAt() : Instant.MAX;
          if (t.isAfter(entries.get(k).enteredAt()) && t.isBefore(back)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
