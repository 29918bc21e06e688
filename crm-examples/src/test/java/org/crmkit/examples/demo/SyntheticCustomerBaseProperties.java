package org.crmkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.profile.CustomerProfile;

class SyntheticCustomerBaseProperties {

  /** Any seed and any accepted as-of date give valid profiles that lie before the as-of date. */
  @Property(tries = 60)
  void everyProfileIsValidAndLiesBeforeAsOf(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size,
      @ForAll @LongRange(min = 0, max = 83_914) long day) {
    LocalDate asOf = SyntheticCustomerBase.MIN_AS_OF.plusDays(day);
    SyntheticCustomerBase base = SyntheticCustomerBase.of(size, seed, asOf).withDuplicateShare(0.3);
    Instant end = base.asOfInstant();

    List<CustomerProfile> profiles = base.profiles().toList();

    assertEquals(size, profiles.size());
    for (CustomerProfile p : profiles) {
      assertTrue(p.customer().createdAt().isBefore(end));
      assertTrue(!p.customer().updatedAt().isAfter(end));
      for (StageEntry e : p.customer().lifecycle().entries()) {
        assertTrue(e.enteredAt().isBefore(end));
      }
      for (Interaction i : p.interactions()) {
        assertTrue(!i.occurredAt().isBefore(base.windowStart()) && i.occurredAt().isBefore(end));
        assertTrue(!i.occurredAt().isBefore(p.customer().createdAt()));
      }
      p.consentEvents().forEach(e -> assertTrue(!e.effectiveAt().isBefore(p.customer().createdAt()) && e.effectiveAt().isBefore(end)));
    }
  }

  /** A profile depends only on (seed, size-independent index, as-of): a bigger base starts with the smaller one. */
  @Property(tries = 30)
  void aLargerBaseStartsWithTheSmallerOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
    LocalDate asOf = LocalDate.of(2026, 6, 30);

    List<CustomerProfile> small = SyntheticCustomerBase.of(size, seed, asOf).profiles().toList();
    List<CustomerProfile> large = SyntheticCustomerBase.of(size + 25, seed, asOf).profiles().toList();

    assertEquals(small, large.subList(0, size));
  }
}
