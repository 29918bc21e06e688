package org.crmkit.privacy.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** isKAnonymous agrees with counting, for every row, the rows equal to it on the quasi-identifiers. */
class IsKAnonymousAgreesWithCountingProperties {
  @Provide
  Arbitrary<RandomTables.Case> cases() {
    return RandomTables.cases();
  }

  @Property(tries = 300)
  void isKAnonymousAgreesWithPairwiseCount(@ForAll("cases") RandomTables.Case c,
      @ForAll @IntRange(min = 1, max = 5) int k) {
    boolean expected = true;
    int q = c.hierarchies().size();
    for (var row : c.table().rows()) {
      int same = 0;
      for (var other : c.table().rows()) {
        if (row.subList(0, q).equals(other.subList(0, q))) {
          same++;
        }
      }
      expected &= same >= k;
    }
    assertEquals(expected, KAnonymity.isKAnonymous(c.table(), c.qis(), k));
  }
}
