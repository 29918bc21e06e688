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
