package org.crmkit.privacy.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The adult benchmark of issue 6: 30,162 rows, all nine attributes as quasi-identifiers with
 * ARX's hierarchies, k = 5, 4 % suppression. Speed is measured by JMH, not here.
 */
class AdultBenchmarkTest {
  static Path adultDirectory() {
    try {
      return Path.of(AdultBenchmarkTest.class.getResource("/adult/adult.csv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anonymize_adultAllNineK5Suppression4Percent_releasesAValidTable() {
    Path dir = adultDirectory();
    Table adult = CsvTables.read(dir.resolve("adult.csv"));
    Map<String, Hierarchy> hierarchies = Hierarchies.readArxDirectory(dir);
    Anonymizer.Builder b = Anonymizer.builder().k(5).suppressionLimit(0.04);
    adult.columns().forEach(c -> b.quasiIdentifier(c, hierarchies.get(c)));

    Anonymization a = b.build().anonymize(adult);

    List<String> qis = new ArrayList<>(adult.columns());
    assertEquals(30_162, a.rows());
    assertTrue(a.suppressed() <= 1206, "suppressed " + a.suppressed());
    assertEquals(30_162, a.releasedRows() + a.suppressed());
    assertTrue(KAnonymity.isKAnonymous(a.released(), qis, 5));
    assertEquals(qis, List.copyOf(a.levels().keySet()));
    assertTrue(a.informationLoss() > 0 && a.informationLoss() < 1, "loss " + a.informationLoss());
    org.slf4j.LoggerFactory.getLogger(AdultBenchmarkTest.class).info("adult k=5: {}, evaluated {} of {} nodes",
        a, a.nodesEvaluated(), a.latticeSize());
  }
}
