package org.crmkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.spi.CrmStores;
import org.crmkit.core.store.InMemoryStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrivacySectionTest {
  private static SyntheticCustomerBase base;
  private static CrmStores stores;
  private static String text;

  @BeforeAll
  static void load() {
    base = SyntheticCustomerBase.of(400, 11, LocalDate.of(2026, 6, 30));
    stores = InMemoryStores.create();
    DemoLoader.load(base, stores, p -> { }, n -> { });
    text = PrivacySection.render(base, stores);
  }

  private static Customer shown() {
    Matcher m = Pattern.compile("Privacy: customer (\\S+) through each view").matcher(text);
    assertTrue(m.find(), text);
    return stores.customers().findById(CustomerId.of(m.group(1))).orElseThrow();
  }

  @Test
  void render_showsEveryPart() {
    assertTrue(text.startsWith("\nPrivacy: customer "), text);
    assertTrue(text.contains("\n  field                            standard           personal           anonymous"),
        text);
    assertTrue(text.contains("\n  the personal view as role user: access denied (logged)\n"), text);
    assertTrue(text.contains("\nPrivacy: customers kept by the opt-out and selective views (of 400)\n"), text);
    for (String view : new String[] {"opt-out:direct-marketing", "opt-out:third-party-disclosure",
        "opt-out:automated-decision", "opt-out:sensitive-data-use", "selective:partner:insurance",
        "selective:partner:analytics"}) {
      assertTrue(text.contains("\n  " + view + " "), view);
    }
    assertTrue(text.contains(" entries: verified intact\n"), text);
    assertTrue(Pattern.compile("removed from entry \\d+: detected, first bad entry \\d+\n").matcher(text).find(), text);
  }

  @Test
  void render_pseudonymsHidden_sameTextWithAnotherRunKey() {
    assertEquals(text, PrivacySection.render(base, stores));
    assertTrue(text.contains("(pseudonym)"), text);
    assertTrue(!Pattern.compile("[0-9a-f]{32}").matcher(text).find(), text);
  }

  @Test
  void render_clearIdentityOnlyInThePersonalColumn() {
    Customer c = shown();
    String name = c.displayName();
    assertEquals(1, count(text, name), name);
    c.contactPoints().stream().filter(p -> p instanceof PhoneNumber).map(p -> ((PhoneNumber) p).nationalNumber())
        .findFirst().ifPresent(phone -> assertEquals(1, count(text, phone), "phone"));
    c.idDocument().ifPresent(d -> assertEquals(1, count(text, d.number()), "id number"));
  }

  @Test
  void render_logsThePersonalReadAndTheDenial() {
    assertTrue(Pattern.compile("\n  crm-demo +personal +1 +1 +1\n").matcher(text).find(), text);
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
