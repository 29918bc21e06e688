package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.interaction.Channel;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.ComplaintCause;
import org.crmkit.core.interaction.ComplaintStatus;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.Urgency;
import org.crmkit.core.json.CustomerExport;
import org.crmkit.core.profile.CustomerProfile;

/**
 * A small export file for the {@code crm privacy} tests: 段正淳 (the golden values, a
 * complaint, health notes, disclosure granted to partner:insurance), Li Lei (opted out of direct
 * marketing) and Wang Fang (no consent events).
 */
final class PrivacyFixtures {
  static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  /** The --as-of date of the tests. */
  static final String AS_OF = "2025-06-01";
  static final String PHONE = "18049531999";
  static final String NAME = "段正淳";
  static final String EMAIL = "duandazhi-jack@gmail.com.cn";
  static final String ID_NUMBER = "51343620000320711X";
  static final String STREET = "人民南路四段12号3栋";
  static final String COMPLAINT = "我的手机号被泄露了, 请尽快处理";
  static final String HEALTH = "高血压二期 since 2019";
  /** A test-only key, 32 bytes as hex; never a real one. */
  static final String KEY_HEX = "00112233445566778899aabbccddeeff0123456789abcdef0011223344556677";
  static final String OTHER_KEY_HEX = "ffeeddccbbaa99887766554433221100fedcba98765432100123456789abcdef";

  private PrivacyFixtures() {}

  static Path exportFile(Path dir) throws IOException {
    Path file = dir.resolve("customers.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      CustomerExport.write(profiles(), out);
    }
    return file;
  }

  static Path keyFile(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  static List<CustomerProfile> profiles() {
    Customer duan = Customer.builder(CustomerId.of("c-duan"), CustomerType.INDIVIDUAL, NAME, T0)
        .addContactPoint(PhoneNumber.parse(PHONE))
        .addContactPoint(EmailAddress.parse(EMAIL))
        .addContactPoint(new PostalAddress(Region.of("CN", "Sichuan", "Chengdu"), STREET, Optional.of("610041")))
        .region(Region.of("CN", "Sichuan", "Chengdu"))
        .birthDate(Optional.of(LocalDate.of(1990, 5, 17)))
        .estimatedIncome(Optional.of(Money.of("150000", "CNY")))
        .idDocument(Optional.of(IdDocument.of(IdDocument.Kind.CN_RESIDENT_ID, ID_NUMBER)))
        .sensitive(new SensitiveData(Optional.empty(), Optional.empty(), Optional.of(HEALTH), Map.of()))
        .build();
    Instant t = T0.plus(Duration.ofDays(10));
    CustomerProfile duanProfile = new CustomerProfile(duan,
        List.of(new Complaint(InteractionId.of("i-1"), duan.id(), t, Channel.PHONE, Urgency.HIGH,
            t.plus(Duration.ofDays(2)), ComplaintCause.SERVICE_ATTITUDE, ComplaintStatus.RECEIVED, COMPLAINT)),
        List.of(event("e-duan-1", duan.id(), Purpose.THIRD_PARTY_DISCLOSURE, "partner:insurance")));
    Customer li = Customer.builder(CustomerId.of("c-li"), CustomerType.INDIVIDUAL, "Li Lei", T0)
        .addContactPoint(PhoneNumber.parse("13912345678"))
        .build();
    CustomerProfile liProfile = new CustomerProfile(li, List.of(), List.of(new ConsentEvent("e-li-1", li.id(),
        Purpose.DIRECT_MARKETING, ConsentStatus.OPTED_OUT, T0, T0, Optional.empty(), Channel.APP, "v1", "self",
        Set.of())));
    Customer wang = Customer.builder(CustomerId.of("c-wang"), CustomerType.INDIVIDUAL, "Wang Fang", T0).build();
    return List.of(duanProfile, liProfile, new CustomerProfile(wang, List.of(), List.of()));
  }

  private static ConsentEvent event(String id, CustomerId customer, Purpose purpose, String recipient) {
    return new ConsentEvent(id, customer, purpose, ConsentStatus.GRANTED, T0, T0, Optional.empty(), Channel.APP,
        "v1", "self", Set.of(recipient));
  }
}
