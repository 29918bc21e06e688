package org.crmkit.privacy.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every release satisfies k, l and the suppression limit by the public checks, keeps the
 * non-quasi-identifier cells of the rows it releases, or nothing is released at all.
 */
class ReleaseSatisfiesCriteriaProperties {
  @Provide
  Arbitrary<RandomTables.Case> cases() {
    return RandomTables.cases();
  }

  @Property(tries = 300)
  void releaseIsKAnonymousLDiverseWithinLimitOrNothing(@ForAll("cases") RandomTables.Case c) {
    Anonymization a;
    try {
      a = c.anonymizer().anonymize(c.table());
    } catch (AnonymizationFailedException e) {
      assertTrue(BruteForce.optimum(c).isEmpty(), "refused although a node is feasible");
      return;
    }
    List<String> qis = c.qis();
    assertTrue(KAnonymity.isKAnonymous(a.released(), qis, c.k()));
    if (c.l() > 1) {
      assertTrue(KAnonymity.isLDiverse(a.released(), qis, "s", c.l()));
    }
    assertTrue(a.suppressed() <= Math.floor(c.suppression() * c.table().size() + 1e-9));
    assertEquals(c.table().size(), a.releasedRows() + a.suppressed());
  }

  @Property(tries = 200)
  void filteredRowsNeverReachTheRelease(@ForAll("cases") RandomTables.Case c) {
    try {
      Anonymization a = c.anonymizer().anonymize(c.table(), row -> row % 2 == 0);
      assertEquals((c.table().size() + 1) / 2, a.rows());
    } catch (AnonymizationFailedException e) {
      // Nothing released: the law holds trivially for this case.
    }
  }
}
