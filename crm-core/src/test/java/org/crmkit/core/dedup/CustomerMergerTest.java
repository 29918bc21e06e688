package org.crmkit.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.junit.jupiter.api.Test;

class CustomerMergerTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void merge_survivorLacksFields_takesThemFromLoser() {
    PhoneNumber phone = PhoneNumber.parse("13900000001");
    EmailAddress mail = EmailAddress.parse("a@b.cn");
    Customer survivor = Customer.builder(CustomerId.of("s"), CustomerType.INDIVIDUAL, "张三", T1)
        .addContactPoint(phone).addTag("vip").attribute("color", AttributeValue.ofText("red")).build();
    Customer loser = Customer.builder(CustomerId.of("l"), CustomerType.INDIVIDUAL, "张 三", T0)
        .contactPoints(List.of(PhoneNumber.parse("+86 139 0000 0001"), mail))
        .industry(Industry.FINANCE).region(Region.ofCountry("CN")).addTag("new")
        .attribute("color", AttributeValue.ofText("blue")).attribute("size", AttributeValue.ofText("L"))
        .birthDate(Optional.of(LocalDate.of(1990, 5, 1)))
        .sensitive(new SensitiveData(Optional.of("汉"), Optional.empty(), Optional.empty(), Map.of()))
        .build();

    Customer merged = CustomerMerger.merge(survivor, loser, NOW);

    assertEquals(CustomerId.of("s"), merged.id());
    assertEquals("张三", merged.displayName());
    assertEquals(List.of(phone, mail), merged.contactPoints());
    assertEquals(Optional.of(Industry.FINANCE), merged.industry());
    assertEquals(Set.of("new", "vip"), merged.tags());
    assertEquals(AttributeValue.ofText("red"), merged.attributes().get("color"));
    assertEquals(AttributeValue.ofText("L"), merged.attributes().get("size"));
    assertEquals(Optional.of(LocalDate.of(1990, 5, 1)), merged.birthDate());
    assertEquals(Optional.of("汉"), merged.sensitive().ethnicity());
    assertEquals(T0, merged.createdAt());
    assertEquals(NOW, merged.updatedAt());
    assertEquals(survivor.version(), merged.version());
  }

  @Test
  void merge_differentTypes_throws() {
    Customer a = Customer.builder(CustomerId.of("a"), CustomerType.INDIVIDUAL, "x", T0).build();
    Customer b = Customer.builder(CustomerId.of("b"), CustomerType.ENTERPRISE, "x", T0).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CustomerMerger.merge(a, b, NOW));
    assertEquals("loser type must be INDIVIDUAL like the survivor's but was ENTERPRISE", e.getMessage());
  }

  @Test
  void merge_sameId_throws() {
    Customer a = Customer.builder(CustomerId.of("a"), CustomerType.INDIVIDUAL, "x", T0).build();
    assertThrows(IllegalArgumentException.class, () -> CustomerMerger.merge(a, a, NOW));
  }
}
