package org.crmkit.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmkit.core.CustomerId;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.CustomerType;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.Region;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Region CHENGDU = Region.of("CN", "Sichuan", "Chengdu");

  private static Customer person(String id, String name) {
    return Customer.builder(CustomerId.of(id), CustomerType.INDIVIDUAL, name, T0).build();
  }

  @Test
  void scan_samePhoneWrittenDifferently_findsPair() {
    Customer a = person("c1", "段正淳").toBuilder().addContactPoint(PhoneNumber.parse("180 4953 1999")).build();
    Customer b = person("c2", "段誉").toBuilder().addContactPoint(PhoneNumber.parse("+86-180-4953-1999")).build();

    DuplicateReport report = DuplicateDetector.defaults().scan(List.of(a, b));

    assertEquals(1, report.candidates().size());
    DuplicateCandidate pair = report.candidates().get(0);
    assertEquals(CustomerId.of("c1"), pair.first());
    assertEquals(Set.of(MatchReason.SAME_PHONE), pair.reasons());
    assertEquals("same phone number", pair.explanation());
  }

  @Test
  void scan_emailDiffersOnlyInCase_findsPair() {
    Customer a = person("c1", "Li Lei").toBuilder().addContactPoint(EmailAddress.parse("Li.Lei@Example.com")).build();
    Customer b = person("c2", "Lei Li").toBuilder().addContactPoint(EmailAddress.parse("li.lei@example.COM")).build();

    assertEquals(Set.of(MatchReason.SAME_EMAIL),
        DuplicateDetector.defaults().scan(List.of(a, b)).candidates().get(0).reasons());
  }

  @Test
  void scan_nameVariantInSameRegion_findsPairButNotInOtherRegion() {
    Customer a = person("c1", "王 小明").toBuilder().region(CHENGDU).build();
    Customer b = person("c2", "王小明").toBuilder().region(CHENGDU).build();
    Customer c = person("c3", "王小明").toBuilder().region(Region.of("CN", "Beijing", "Beijing")).build();
    Customer d = person("c4", "ＡＢＣ Trading").toBuilder().region(CHENGDU).build();
    Customer e = person("c5", "abc trading").toBuilder().region(CHENGDU).build();

    DuplicateReport report = DuplicateDetector.defaults().scan(List.of(a, b, c, d, e));

    assertEquals(List.of(
            new DuplicateCandidate(CustomerId.of("c1"), CustomerId.of("c2"), Set.of(MatchReason.SAME_NAME_AND_REGION)),
            new DuplicateCandidate(CustomerId.of("c4"), CustomerId.of("c5"), Set.of(MatchReason.SAME_NAME_AND_REGION))),
        report.candidates());
  }

  @Test
  void scan_severalReasons_listsAllOnOnePair() {
    PhoneNumber phone = PhoneNumber.parse("13912345678");
    EmailAddress mail = EmailAddress.parse("x@y.cn");
    Customer a = person("a", "张三").toBuilder().region(CHENGDU).contactPoints(List.of(phone, mail)).build();
    Customer b = person("b", "张 三").toBuilder().region(CHENGDU).contactPoints(List.of(mail, phone)).build();

    DuplicateReport report = DuplicateDetector.defaults().scan(List.of(a, b));

    assertEquals(1, report.candidates().size());
    assertEquals(Set.of(MatchReason.values()), report.candidates().get(0).reasons());
  }

  @Test
  void scan_chainOfPairs_formsOneCluster() {
    PhoneNumber p = PhoneNumber.parse("13900000001");
    EmailAddress m = EmailAddress.parse("a@b.cn");
    Customer a = person("a", "甲").toBuilder().addContactPoint(p).build();
    Customer b = person("b", "乙").toBuilder().contactPoints(List.of(p, m)).build();
    Customer c = person("c", "丙").toBuilder().addContactPoint(m).build();
    Customer d = person("d", "丁");

    DuplicateReport report = DuplicateDetector.defaults().scan(List.of(d, c, b, a));

    assertEquals(2, report.candidates().size());
    assertEquals(List.of(Set.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c"))), report.clusters());
    assertEquals(2, report.redundantRecords());
    assertEquals(4, report.scanned());
  }

  @Test
  void scan_keySharedByMoreThanBlockLimit_skipsKeyAndCountsIt() {
    PhoneNumber switchboard = PhoneNumber.parse("010-6512-3456");
    List<Customer> staff = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      staff.add(person("s" + i, "员工" + i).toBuilder().addContactPoint(switchboard).build());
    }

    DuplicateReport report = DuplicateDetector.withMaxBlock(3).scan(staff);

    assertTrue(report.candidates().isEmpty());
    assertEquals(1, report.skippedKeys());
  }

  @Test
  void scan_noSharedKey_findsNothing() {
    Customer a = person("a", "张三").toBuilder().addContactPoint(PhoneNumber.parse("13900000001")).build();
    Customer b = person("b", "张三").toBuilder().addContactPoint(PhoneNumber.parse("13900000002")).build();

    DuplicateReport report = DuplicateDetector.defaults().scan(List.of(a, b));

    assertTrue(report.candidates().isEmpty(), "same name without a region is not enough");
    assertTrue(report.clusters().isEmpty());
  }

  @Test
  void scan_repeatedId_throws() {
    Customer a = person("a", "张三");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DuplicateDetector.defaults().scan(List.of(a, a)));
    assertTrue(e.getMessage().contains("distinct ids"));
    assertFalse(e.getMessage().contains("张三"));
  }

  @Test
  void withMaxBlock_belowTwo_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DuplicateDetector.withMaxBlock(1));
    assertEquals("maxBlock must be >= 2 but was 1", e.getMessage());
  }
}
