package org.crmkit.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.testkit.CrmArbitraries;

class DuplicateDetectionProperties {

  @Property(tries = 200)
  void scanIsIndependentOfInputOrder(@ForAll("customerLists") List<Customer> customers, @ForAll long seed) {
    List<Customer> shuffled = new ArrayList<>(customers);
    Collections.shuffle(shuffled, new Random(seed));

    assertEquals(DuplicateDetector.defaults().scan(customers), DuplicateDetector.defaults().scan(shuffled));
  }

  @Property(tries = 200)
  void everyReasonGivenIsTrue(@ForAll("customerLists") List<Customer> customers) {
    Map<CustomerId, Customer> byId = customers.stream().collect(Collectors.toMap(Customer::id, c -> c));
    for (DuplicateCandidate pair : DuplicateDetector.defaults().scan(customers).candidates()) {
      Map<String, MatchReason> a = DuplicateDetector.keysOf(byId.get(pair.first()));
      Map<String, MatchReason> b = DuplicateDetector.keysOf(byId.get(pair.second()));
      Set<MatchReason> shared = a.keySet().stream().filter(b::containsKey).map(a::get).collect(Collectors.toSet());
      assertEquals(shared, pair.reasons(), "reasons must be exactly the shared keys' reasons");
    }
  }

  @Property(tries = 200)
  void reenteredCustomerIsFound(@ForAll("reentered") List<Customer> originalAndCopy,
      @ForAll("customerLists") List<Customer> others) {
    Customer original = originalAndCopy.get(0);
    Customer copy = originalAndCopy.get(1);
    List<Customer> all = new ArrayList<>(others);
    all.removeIf(c -> c.id().equals(original.id()) || c.id().equals(copy.id()));
    all.add(original);
    all.add(copy);

    DuplicateReport report = DuplicateDetector.defaults().scan(all);

    CustomerId lo = original.id().compareTo(copy.id()) < 0 ? original.id() : copy.id();
    CustomerId hi = lo.equals(original.id()) ? copy.id() : original.id();
    assertTrue(report.candidates().stream().anyMatch(p -> p.first().equals(lo) && p.second().equals(hi)),
        "a customer entered again with a name variant and the same contact points must be a candidate");
  }

  @Property(tries = 200)
  void clustersPartitionTheCandidates(@ForAll("customerLists") List<Customer> customers) {
    DuplicateReport report = DuplicateDetector.defaults().scan(customers);
    Set<CustomerId> inPairs = report.candidates().stream()
        .flatMap(p -> java.util.stream.Stream.of(p.first(), p.second())).collect(Collectors.toSet());
    Set<CustomerId> inClusters = report.clusters().stream().flatMap(Set::stream).collect(Collectors.toSet());

    assertEquals(inPairs, inClusters);
    assertEquals(inClusters.size(), report.clusters().stream().mapToInt(Set::size).sum(), "clusters must be disjoint");
  }

  @Provide
  Arbitrary<List<Customer>> customerLists() {
    return CrmArbitraries.distinctCustomers(30);
  }

  /** A customer with a phone, an e-mail or a region, and a copy under another id with a name variant. */
  @Provide
  Arbitrary<List<Customer>> reentered() {
    Arbitrary<Customer> matchable = CrmArbitraries.customers()
        .filter(c -> !c.phones().isEmpty() || !c.emails().isEmpty() || c.region().isPresent());
    return Combinators.combine(matchable, CrmArbitraries.customerIds())
        .flatAs((c, newId) -> CrmArbitraries.fuzzyVariantsOf(c.displayName())
            .filter(v -> !v.isBlank() && v.strip().length() <= 200)
            .map(v -> List.of(c, c.toBuilder().id(newId).displayName(v).build())))
        .filter(pair -> !pair.get(0).id().equals(pair.get(1).id()));
  }
}
