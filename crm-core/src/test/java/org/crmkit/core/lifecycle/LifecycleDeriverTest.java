package org.crmkit.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.LifecycleStage;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.DeliveryStatus;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.PaymentStatus;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.RenewalOutcome;
import org.crmkit.core.service.CustomerService;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.junit.jupiter.api.Test;

class LifecycleDeriverTest {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  static final CustomerId ID = CustomerId.of("C-1");
  private final LifecycleDeriver deriver = LifecycleDeriver.of(LifecycleRules.defaults());
  private final LifecycleDeriver exiting = LifecycleDeriver.of(new LifecycleRules(180, true));

  static Customer customer() {
    return Customer.builder(ID, CustomerType.INDIVIDUAL, "张三", T0).build();
  }

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Communication call(String id, int day, Direction d) {
    return new Communication(InteractionId.of(id), ID, day(day), Channel.PHONE, d, "asked about prices");
  }

  static Purchase buy(String id, int day) {
    return new Purchase(InteractionId.of(id), ID, day(day), Channel.STORE, "O-" + id, Money.of("10", "CNY"), List.of(),
        PaymentStatus.PAID, DeliveryStatus.DELIVERED);
  }

  static Renewal renewal(String id, int day, RenewalOutcome outcome) {
    LocalDate start = LocalDate.ofInstant(day(day), ZoneOffset.UTC);
    return new Renewal(InteractionId.of(id), ID, day(day), Channel.VISIT, "K-1", start, start.plusYears(1),
        Money.of(outcome == RenewalOutcome.LOST ? "0" : "100", "CNY"), outcome);
  }

  private static List<String> stages(LifecycleDerivation d) {
    return d.history().entries().stream().map(e -> e.stage() + e.reason().map(r -> "/" + r).orElse("")).toList();
  }

  @Test
  void derive_contactPurchaseRepeat_walksForwardWithReasonsAndDates() {
    LifecycleDerivation d = deriver.derive(customer(),
        List.of(buy("P2", 20), call("M1", 5, Direction.INBOUND), buy("P1", 10)), day(30));
    assertEquals(List.of("AWARENESS", "INTERACTION/first-contact", "TRANSACTION/first-purchase",
        "MAINTENANCE/repeat-purchase"), stages(d));
    assertEquals(day(10), d.history().enteredAt(LifecycleStage.TRANSACTION).orElseThrow());
    assertEquals(3, d.added().size());
    assertEquals(Optional.empty(), d.exitCandidate());
  }

  @Test
  void derive_outboundCallIsNoActivity_walkInBuyerSkipsInteraction() {
    assertEquals(List.of("AWARENESS"), stages(deriver.derive(customer(), List.of(call("M1", 1, Direction.OUTBOUND)),
        day(2))));
    assertEquals(List.of("AWARENESS", "TRANSACTION/first-purchase"),
        stages(deriver.derive(customer(), List.of(buy("P1", 0)), day(1))));
  }

  @Test
  void derive_ignoresInteractionsAfterAsOf() {
    assertEquals(List.of("AWARENESS"), stages(deriver.derive(customer(), List.of(buy("P1", 10)), day(9))));
  }

  @Test
  void derive_renewalFromTransaction_goesToMaintenance() {
    assertEquals(List.of("AWARENESS", "TRANSACTION/first-purchase", "MAINTENANCE/renewal"),
        stages(deriver.derive(customer(), List.of(buy("P1", 1), renewal("R1", 300, RenewalOutcome.RENEWED)), day(301))));
  }

  @Test
  void derive_inactivity_makesAnExitCandidateButDoesNotMove() {
    List<Interaction> is = List.of(buy("P1", 1));
    assertEquals(Optional.empty(), deriver.derive(customer(), is, day(181)).exitCandidate());
    LifecycleDerivation d = deriver.derive(customer(), is, day(182));
    assertEquals(Optional.of(new ExitCandidate("inactive:180d", day(181))), d.exitCandidate());
    assertEquals(LifecycleStage.TRANSACTION, d.history().current());
  }

  @Test
  void derive_lostRenewal_isACandidate_clearedByAPurchase() {
    LifecycleDerivation lost = deriver.derive(customer(),
        List.of(buy("P1", 1), renewal("R1", 100, RenewalOutcome.LOST)), day(101));
    assertEquals(Optional.of(new ExitCandidate("lost-renewal:K-1", day(100))), lost.exitCandidate());
    LifecycleDerivation back = deriver.derive(customer(),
        List.of(buy("P1", 1), renewal("R1", 100, RenewalOutcome.LOST), buy("P2", 120)), day(121));
    assertEquals(Optional.empty(), back.exitCandidate());
  }

  @Test
  void derive_applyExits_exitsAfterInactivityAndWinsBack() {
    LifecycleDerivation d = exiting.derive(customer(), List.of(buy("P1", 1), buy("P2", 400)), day(401));
    assertEquals(List.of("AWARENESS", "TRANSACTION/first-purchase", "EXIT/inactive:180d", "TRANSACTION/won-back"),
        stages(d));
    assertEquals(day(181), d.history().enteredAt(LifecycleStage.EXIT).orElseThrow());
  }

  @Test
  void derive_applyExits_lostRenewalExits_laterCallReturns() {
    LifecycleDerivation d = exiting.derive(customer(),
        List.of(buy("P1", 1), renewal("R1", 100, RenewalOutcome.LOST), call("M1", 150, Direction.INBOUND)), day(151));
    assertEquals(List.of("AWARENESS", "TRANSACTION/first-purchase", "EXIT/lost-renewal:K-1", "INTERACTION/returned"),
        stages(d));
  }

  @Test
  void derive_twice_addsNothingTheSecondTime() {
    List<Interaction> is = List.of(buy("P1", 1), buy("P2", 400), renewal("R1", 500, RenewalOutcome.RENEWED));
    LifecycleDerivation once = exiting.derive(customer(), is, day(900));
    Customer updated = customer().toBuilder().lifecycle(once.history()).build();
    assertFalse(exiting.derive(updated, is, day(900)).changed());
  }

  @Test
  void derive_foreignInteraction_throws() {
    Purchase other = buy("P1", 1).withCustomerId(CustomerId.of("C-2"));
    assertThrows(IllegalArgumentException.class, () -> deriver.derive(customer(), List.of(other), day(2)));
  }

  @Test
  void moveManually_onlyAllowedMoves() {
    Customer c = LifecycleDeriver.moveManually(customer(), LifecycleStage.EXIT, day(1), Optional.of("moved-away"));
    assertEquals(LifecycleStage.EXIT, c.stage());
    assertThrows(IllegalLifecycleTransitionException.class,
        () -> LifecycleDeriver.moveManually(c, LifecycleStage.MAINTENANCE, day(2), Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> LifecycleDeriver.moveManually(c, LifecycleStage.INTERACTION, day(0), Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> LifecycleDeriver.moveManually(customer(), LifecycleStage.EXIT, day(1), Optional.empty()));
    assertEquals(LifecycleStage.INTERACTION,
        LifecycleDeriver.moveManually(c, LifecycleStage.INTERACTION, day(2), Optional.empty()).stage());
  }

  @Test
  void service_refreshStoresNewEntries_andWritesNothingWhenUnchanged() {
    CrmStores stores = InMemoryStores.create();
    CustomerService customers = CustomerService.over(stores, Clock.fixed(day(50), ZoneOffset.UTC));
    customers.create(customer(), "ops-1");
    stores.interactions().upsert(buy("P1", 10));
    LifecycleService service = LifecycleService.over(stores, customers, LifecycleRules.defaults());
    assertTrue(service.refresh(ID, day(20), "ops-1").changed());
    assertEquals(LifecycleStage.TRANSACTION, stores.customers().findById(ID).orElseThrow().stage());
    long version = stores.customers().findById(ID).orElseThrow().version();
    assertFalse(service.refresh(ID, day(20), "ops-1").changed());
    assertEquals(version, stores.customers().findById(ID).orElseThrow().version());
    Customer moved = service.move(ID, LifecycleStage.EXIT, day(30), Optional.of("competitor"), "ops-1");
    assertEquals(new StageEntry(LifecycleStage.EXIT, day(30), Optional.of("competitor")), moved.lifecycle().last());
  }
}
