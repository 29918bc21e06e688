package org.crmkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.Region;
import org.crmkit.core.spi.CustomerQuery;
import org.crmkit.core.testkit.CrmArbitraries;
import org.crmkit.core.testkit.SpiArbitraries;

/**
 * The search keys the adapter writes agree with {@link CustomerQuery#matches}: the copied folding
 * and cleaning give the same answer as crm-core's own, for fragments that match and for fragments
 * taken from other customers that mostly do not.
 */
class FoldingProperties {

  /** Provides a customer and a fuzzy fragment of its own or of another customer's name. */
  @Provide
  Arbitrary<Tuple2<Customer, String>> customerAndNameFragment() {
    return Combinators.combine(CrmArbitraries.customers(), CrmArbitraries.customers(), Arbitraries.of(true, false))
        .as((c, other, own) -> Tuple.of(c, own ? c : other))
        .flatMap(t -> SpiArbitraries.fuzzyFragmentsOf(t.get2().displayName()).map(f -> Tuple.of(t.get1(), f)));
  }

  /** Name: matches iff the folded fragment is in the folded search names. */
  @Property(tries = 500)
  void searchNamesAgreeWithNameMatching(@ForAll("customerAndNameFragment") Tuple2<Customer, String> t) {
    CustomerQuery q = CustomerQuery.all().withName(t.get2());
    assertEquals(q.matches(t.get1()), CustomerRow.searchNames(t.get1()).contains(Folding.fold(t.get2())));
  }

  /** Provides a customer and a tag of its own (padded) or of another customer. */
  @Provide
  Arbitrary<Tuple2<Customer, String>> customerAndTag() {
    return Combinators.combine(CrmArbitraries.customers().filter(c -> !c.tags().isEmpty()), CrmArbitraries.customers()
            .filter(c -> !c.tags().isEmpty()), Arbitraries.of("", " ", "\t", "\u3000"), Arbitraries.of(true, false))
        .as(Tuple::of)
        .flatMap(t -> Arbitraries.of((t.get4() ? t.get1() : t.get2()).tags()).map(tag ->
            Tuple.of(t.get1(), t.get3() + tag.replace(" ", "  ") + t.get3())));
  }

  /** Tag: matches iff the cleaned tag is one of the customer's tags. */
  @Property(tries = 300)
  void cleanAgreesWithTagMatching(@ForAll("customerAndTag") Tuple2<Customer, String> t) {
    CustomerQuery q = CustomerQuery.all().withTag(t.get2());
    assertEquals(q.matches(t.get1()), t.get1().tags().contains(Folding.clean(t.get2())));
  }

  /** Region: contains iff the country and every folded part the query gives are equal. */
  @Property(tries = 500)
  void foldedRegionPartsAgreeWithContains(@ForAll("regions") Region query, @ForAll("regions") Region r) {
    boolean sql = query.countryCode().equals(r.countryCode())
        && sameFolded(query.province(), r.province()) && sameFolded(query.city(), r.city());
    assertEquals(query.contains(r), sql);
  }

  @Provide
  Arbitrary<Region> regions() {
    Arbitrary<Region> any = CrmArbitraries.regions();
    return Arbitraries.oneOf(any, any.map(r -> new Region(r.countryCode(),
        r.province().map(p -> p.toUpperCase(java.util.Locale.ROOT)), Optional.empty())));
  }

  private static boolean sameFolded(Optional<String> query, Optional<String> stored) {
    return query.isEmpty() || (stored.isPresent() && Folding.fold(query.get()).equals(Folding.fold(stored.get())));
  }
}
