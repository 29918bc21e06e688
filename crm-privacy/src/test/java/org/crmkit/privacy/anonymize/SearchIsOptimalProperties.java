package org.crmkit.privacy.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pruned lattice search finds exactly the exhaustive optimum (same loss, same node under the
 * documented tie order), and fails exactly when no node is feasible.
 */
class SearchIsOptimalProperties {
  @Provide
  Arbitrary<RandomTables.Case> cases() {
    return RandomTables.cases();
  }

  @Property(tries = 200)
  void prunedSearchEqualsBruteForceOptimum(@ForAll("cases") RandomTables.Case c) {
    Optional<BruteForce.Node> best = BruteForce.optimum(c);
    if (best.isEmpty()) {
      assertThrows(AnonymizationFailedException.class, () -> c.anonymizer().anonymize(c.table()));
      return;
    }
    Anonymization a = c.anonymizer().anonymize(c.table());
    assertEquals(best.get().levels(), List.copyOf(a.levels().values()));
    assertEquals(best.get().suppressed(), a.suppressed());
    double n = c.table().size();
    assertEquals(n == 0 ? 0 : best.get().dm() / (n * n), a.informationLoss(), 1e-12);
  }
}
