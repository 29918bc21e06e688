package org.crmkit.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.testkit.CrmArbitraries;

class LifecycleDerivationProperties {
  static final CustomerId ID = CustomerId.of("C-1");

  @Provide
  Arbitrary<List<Interaction>> interactions() {
    return CrmArbitraries.interactions(ID).list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<Customer> customers() {
    return CrmArbitraries.lifecycleHistories().map(h ->
        Customer.builder(ID, CustomerType.INDIVIDUAL, "n", h.entries().get(0).enteredAt()).lifecycle(h).build());
  }

  @Provide
  Arbitrary<Instant> instants() {
    return CrmArbitraries.instants();
  }

  @Provide
  Arbitrary<LifecycleRules> rules() {
    return net.jqwik.api.Arbitraries.integers().between(1, 400)
        .flatMap(d -> net.jqwik.api.Arbitraries.of(true, false).map(a -> new LifecycleRules(d, a)));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void lifecycleDerivationOnlyMakesAllowedMoves(@ForAll("customers") Customer customer,
      @ForAll("interactions") List<Interaction> interactions, @ForAll("instants") Instant asOf,
      @ForAll("rules") LifecycleRules rules) {
    LifecycleDerivation d = LifecycleDeriver.of(rules).derive(customer, interactions, asOf);
    List<StageEntry> all = d.history().entries();
    List<StageEntry> before = customer.lifecycle().entries();
    assertTrue(all.subList(0, before.size()).equals(before), "the old history is kept");
    for (int k = Math.max(1, before.size()); k < all.size(); k++) {
      assertTrue(all.get(k - 1).stage().canMoveTo(all.get(k).stage()));
      assertFalse(all.get(k).enteredAt().isBefore(all.get(k - 1).enteredAt()));
      assertFalse(all.get(k).enteredAt().isAfter(asOf));
      assertTrue(all.get(k).reason().isPresent(), "every derived move has a reason");
    }
    new LifecycleHistory(all); // validates the whole history again
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void derivingTwiceAddsNothing(@ForAll("customers") Customer customer,
      @ForAll("interactions") List<Interaction> interactions, @ForAll("instants") Instant asOf,
      @ForAll("rules") LifecycleRules rules) {
    LifecycleDeriver deriver = LifecycleDeriver.of(rules);
    LifecycleDerivation once = deriver.derive(customer, interactions, asOf);
    Customer updated = customer.toBuilder().lifecycle(once.history()).build();
    assertFalse(deriver.derive(updated, interactions, asOf).changed());
  }
}
