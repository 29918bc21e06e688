package org.crmkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.junit.jupiter.api.Test;

class OperationsSummaryTest {

  private static String render(int customers) {
    SyntheticCustomerBase base = SyntheticCustomerBase.of(customers, 20260630, LocalDate.of(2026, 6, 30));
    CrmStores stores = InMemoryStores.create();
    DemoLoader.load(base, stores, p -> { }, n -> { });
    return OperationsSummary.render(base, stores);
  }

  @Test
  void render_smallBase_countsWhatTheCommandsList() {
    List<String> lines = render(300).lines().toList();

    assertEquals("", lines.get(0));
    assertEquals("Operations on 2026-06-30", lines.get(1));
    // The same base as the followups, complaints and renewals command tests: 260, 2 of 3, 4 (1 pending).
    assertEquals("  follow-ups due today                   260  (periodic 233, milestone 24, care 3; "
        + "0 marketing suppressed by consent)", lines.get(2));
    assertTrue(lines.contains("  complaints overdue                       2  (of 3 awaiting a reply)"), lines.toString());
    assertTrue(lines.contains("  renewals due within 30 days              4  (1 with a pending renewal)"), lines.toString());
    assertTrue(lines.contains("    K0000065-1       C0000065   ends 2026-07-04  (4 days left)"), lines.toString());
  }

  @Test
  void render_listsAtMostFiveItemsUnderEachCount() {
    List<String> lines = render(300).lines().toList();
    int followUps = lines.indexOf(lines.stream().filter(l -> l.startsWith("  complaints overdue")).findFirst().get());

    assertEquals(2 + 1 + OperationsSummary.SHOWN, followUps);
  }

  @Test
  void render_reception_rotatesCoversAndCatchesUp() {
    String text = render(20);

    assertTrue(text.contains("  reception rotation                       8  (reps AM-001, AM-002, AM-003, AM-004; "
        + "AM-003 away for V-04..V-06)\n"), text);
    assertTrue(text.contains("\n    3. V-03 -> AM-004  named AM-004: goes to that rep, no turn used\n"), text);
    assertTrue(text.contains("\n    5. V-05 -> AM-001  returning customer of AM-003 who is away: AM-001 covers"), text);
    assertTrue(text.contains("\n    7. V-07 -> AM-003  catch-up turn: "), text);
    assertTrue(text.endsWith("    turns taken: AM-001 2, AM-002 1, AM-003 1, AM-004 2\n"), text);
  }

  @Test
  void render_sameBase_sameText() {
    assertEquals(render(150), render(150));
  }
}
