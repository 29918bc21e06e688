package org.crmkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.crmkit.privacy.access.AccessLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RightsSectionTest {
  private static SyntheticCustomerBase base;
  private static CrmStores stores;
  private static String text;

  @BeforeAll
  static void load() {
    base = SyntheticCustomerBase.of(400, 11, LocalDate.of(2026, 6, 30));
    stores = InMemoryStores.create();
    DemoLoader.load(base, stores, p -> { }, n -> { });
    text = RightsSection.render(base, stores);
  }

  private static String group(String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), text);
    return m.group(1);
  }

  @Test
  void render_showsEveryPart() {
    assertTrue(text.startsWith("\nRights: requests over a copy of 400 customers (as of 2026-06-30)\n"), text);
    assertTrue(text.contains(", fields [tags]: APPROVED by demo-dpo\n"), text);
    assertTrue(text.contains("record deleted: yes\n"), text);
    assertTrue(text.contains("); overdue after 16 days: 1 request(s)\n"), text);
    assertTrue(text.contains("    k=5, "), text);
    assertTrue(text.contains("  privacy report: "), text);
    assertTrue(text.contains(" 1 open request(s), 0 overdue, access log intact\n"), text);
    assertTrue(text.contains("    refusals per purpose: direct-marketing "), text);
  }

  @Test
  void render_afterThePrivacySection_exportsItsReadsOfTheShownCustomerAndItsScores() {
    AccessLog log = AccessLog.inMemory();
    String privacy = PrivacySection.render(base, stores, log);
    String shown = match(privacy, "Privacy: customer (\\S+) through each view");

    String rights = RightsSection.render(base, stores, log);

    int about = log.entriesAbout(CustomerId.of(shown)).size();
    assertTrue(about >= 4, "the one-customer reads at least: " + about);
    assertTrue(rights.contains("  access req-2 of customer " + shown + ": COMPLETED; the export lists " + about
        + " access-log entries about them\n"), rights);
    assertTrue(rights.contains("\n    views read: standard, personal, anonymous, "), rights);
    assertTrue(Pattern.compile("\n    current scores and tier: churn[.a-z]*=.*tier=[a-z]+\n").matcher(rights).find(),
        rights);
    assertEquals(rights, RightsSection.render(base, stores, log), "the same log gives the same text");
  }

  @Test
  void render_withoutPrivacyReads_exportsNoEntries() {
    assertTrue(text.contains(": COMPLETED; the export lists 0 access-log entries about them\n    views read: none\n"),
        text);
  }

  private static String match(String haystack, String regex) {
    Matcher m = Pattern.compile(regex).matcher(haystack);
    assertTrue(m.find(), haystack);
    return m.group(1);
  }

  @Test
  void render_sameBase_sameText() {
    assertEquals(text, RightsSection.render(base, stores));
  }

  @Test
  void render_leavesTheDemoStoresUnchanged() {
    CustomerId erased = CustomerId.of(group("erasure \\S+ of customer (\\S+):"));
    CustomerId corrected = CustomerId.of(group("correction \\S+ of customer (\\S+),"));
    assertTrue(stores.customers().findById(erased).isPresent());
    assertFalse(stores.customers().findById(corrected).orElseThrow().tags().contains("corrected"));
    assertEquals(400, stores.customers().count());
  }

  @Test
  void render_showsNoPersonalData() {
    try (Stream<Customer> scan = stores.customers().scan()) {
      scan.forEach(c -> assertFalse(text.contains(c.displayName()), "a display name in the section"));
    }
    assertFalse(text.contains("@"), text);
  }
}
