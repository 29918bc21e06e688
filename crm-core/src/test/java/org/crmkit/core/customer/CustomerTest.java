package org.crmkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerTest {
  private static final CustomerId ID = CustomerId.of("C-42");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final String NAME = "李雷";
  private static final String PHONE = "+8618049531999";
  private static final String EMAIL = "li.lei@example.cn";
  private static final Contact CONTACT = Contact.of("Han Meimei", List.of(EmailAddress.parse("han@example.cn")));

  /** An individual holding a name, a phone and an e-mail, to check that no message leaks them. */
  private static CustomerBuilder li() {
    return Customer.builder(ID, CustomerType.INDIVIDUAL, NAME, T0)
        .addContactPoint(new PhoneNumber(PHONE))
        .addContactPoint(new EmailAddress(EMAIL));
  }

  private static CustomerBuilder acme() {
    return Customer.builder(ID, CustomerType.ENTERPRISE, "Acme 成都", T0).addContactPoint(new PhoneNumber(PHONE));
  }

  @Test
  void builder_defaults() {
    Customer c = li().build();
    assertEquals(ValueSegment.ORDINARY, c.segment());
    assertEquals(LifecycleStage.AWARENESS, c.stage());
    assertEquals(T0, c.lifecycle().currentSince());
    assertEquals(T0, c.updatedAt());
    assertEquals(0, c.version());
    assertTrue(c.sensitive().isEmpty());
    assertEquals(Optional.empty(), c.industry());
  }

  @Test
  void toBuilder_build_givesAnEqualCustomer() {
    Customer c = li().addTag("vip").industry(Industry.FINANCE).version(4).build();
    assertEquals(c, c.toBuilder().build());
    assertEquals(5, c.withVersion(5).version());
  }

  @Test
  void contactPointAccessors_filterByType() {
    PostalAddress home = PostalAddress.of(Region.of("CN", "Sichuan", "Chengdu"), "天府大道 1 号");
    Customer c = li().addContactPoint(home).build();
    assertEquals(List.of(new PhoneNumber(PHONE)), c.phones());
    assertEquals(List.of(new EmailAddress(EMAIL)), c.emails());
    assertEquals(List.of(home), c.addresses());
  }

  @Test
  void displayName_isCleaned() {
    assertEquals("Li Lei", Customer.builder(ID, CustomerType.INDIVIDUAL, "  Li   Lei ", T0).build().displayName());
  }

  @Test
  void tags_areCleanedAndSorted() {
    Customer c = li().tags(Set.of(" vip ", "birthday", "生日关怀")).build();
    assertEquals(List.of("birthday", "vip", "生日关怀"), List.copyOf(c.tags()));
  }

  @Test
  void attributes_areSortedByKey() {
    Customer c = li().attributes(Map.of("z-key", AttributeValue.ofFlag(true), "a.key", AttributeValue.ofText("x"))).build();
    assertEquals(List.of("a.key", "z-key"), List.copyOf(c.attributes().keySet()));
  }

  @Test
  void organisation_mayHaveContacts() {
    assertEquals(List.of(CONTACT), acme().addContact(CONTACT).build().contacts());
  }

  @Test
  void individual_mayHaveBirthDateAndGender() {
    Customer c = li().birthDate(Optional.of(LocalDate.of(1990, 5, 1))).gender(Optional.of(Gender.FEMALE)).build();
    assertEquals(Optional.of(Gender.FEMALE), c.gender());
  }

  @Test
  void updatedAt_equalToCreatedAt_isAllowed() {
    assertEquals(T0, li().updatedAt(T0).build().updatedAt());
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        Arguments.of("duplicate contact point", (UnaryOperator<CustomerBuilder>) b -> b.addContactPoint(
            new EmailAddress("LI.LEI@example.cn"))),
        Arguments.of("individual with contacts", (UnaryOperator<CustomerBuilder>) b -> b.addContact(CONTACT)),
        Arguments.of("organisation with birth date", (UnaryOperator<CustomerBuilder>) b -> b.type(CustomerType.ENTERPRISE)
            .birthDate(Optional.of(LocalDate.of(1990, 5, 1)))),
        Arguments.of("organisation with gender", (UnaryOperator<CustomerBuilder>) b -> b.type(CustomerType.INSTITUTION)
            .gender(Optional.of(Gender.MALE))),
        Arguments.of("updated before created", (UnaryOperator<CustomerBuilder>) b -> b.updatedAt(T0.minusSeconds(1))),
        Arguments.of("negative version", (UnaryOperator<CustomerBuilder>) b -> b.version(-1)),
        Arguments.of("blank name", (UnaryOperator<CustomerBuilder>) b -> b.displayName(" \t ")),
        Arguments.of("name too long", (UnaryOperator<CustomerBuilder>) b -> b.displayName(NAME.repeat(101))),
        Arguments.of("blank tag", (UnaryOperator<CustomerBuilder>) b -> b.addTag("  ")),
        Arguments.of("tag too long", (UnaryOperator<CustomerBuilder>) b -> b.addTag(NAME.repeat(33))),
        Arguments.of("attribute key", (UnaryOperator<CustomerBuilder>) b -> b.attribute("Bad Key", AttributeValue.ofFlag(true))),
        Arguments.of("negative income", (UnaryOperator<CustomerBuilder>) b -> b.estimatedIncome(
            Optional.of(Money.of("-1", "CNY")))),
        Arguments.of("account manager", (UnaryOperator<CustomerBuilder>) b -> b.accountManager("rep 7")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void build_brokenRule_throwsWithoutPersonalData(String rule, UnaryOperator<CustomerBuilder> change) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> change.apply(li()).build());
    String message = e.getMessage();
    assertFalse(message.contains(NAME), message);
    assertFalse(message.contains("li.lei"), message);
    PhoneNumberTest.assertNoDigitsOf(PHONE, message);
  }

  @Test
  void build_duplicateContactPoint_namesTheCustomerId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> li().addContactPoint(PhoneNumber.parse("180 4953 1999")).build());
    assertEquals("contactPoints must not repeat a contact point but customer C-42 had duplicates", e.getMessage());
  }

  @Test
  void toString_showsIdTypeAndVersionOnly() {
    Customer c = li().addTag("vip").sensitive(new SensitiveData(Optional.of("汉族"), Optional.empty(),
        Optional.empty(), Map.of())).build();
    assertEquals("Customer[id=C-42, type=INDIVIDUAL, version=0]", c.toString());
  }

  @Test
  void contactAndSensitiveData_toStringIsRedacted() {
    assertFalse(CONTACT.toString().contains("Han"));
    SensitiveData s = new SensitiveData(Optional.of("汉族"), Optional.of("佛教"), Optional.of("asthma"), Map.of());
    assertEquals("SensitiveData[redacted, present]", s.toString());
  }
}
