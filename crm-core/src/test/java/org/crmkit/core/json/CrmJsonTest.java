package org.crmkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.Money;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.interaction.Interaction;
import org.junit.jupiter.api.Test;

class CrmJsonTest {

  /** A host's own type holding crmkit values, as a host application would write it. */
  record HostEnvelope(String source, Instant sentAt, Customer customer, Optional<PhoneNumber> callback,
      List<Interaction> interactions) {}

  private static String customerJson() {
    return CrmJson.write(JsonSamples.individual());
  }

  @Test
  void write_phoneAndEmail_arePlainStrings() {
    assertEquals("\"+8618049531999\"", CrmJson.write(new PhoneNumber(JsonSamples.PHONE)));
    assertEquals("\"li.lei@example.cn\"", CrmJson.write(new EmailAddress(JsonSamples.EMAIL)));
  }

  @Test
  void write_region_isItsPath() {
    assertEquals("\"CN/Sichuan/Chengdu\"", CrmJson.write(JsonSamples.chengdu()));
  }

  @Test
  void write_money_isExactAmountStringAndCurrencyCode() {
    assertEquals("{\"amount\":\"1200.5\",\"currency\":\"CNY\"}", CrmJson.write(Money.of("1200.50", "CNY")));
  }

  @Test
  void write_contactPointInFamily_carriesKind() throws Exception {
    String json = CrmJson.newObjectMapper().writerFor(ContactPoint.class).writeValueAsString(
        new PhoneNumber(JsonSamples.PHONE));
    assertEquals("{\"kind\":\"PHONE\",\"e164\":\"+8618049531999\"}", json);
  }

  @Test
  void write_attributeValue_carriesKind() {
    assertEquals("{\"kind\":\"DECIMAL\",\"value\":\"12.5\"}",
        CrmJson.write(AttributeValue.ofDecimal(new java.math.BigDecimal("12.50"))));
  }

  @Test
  void write_customer_isNotRedactedLikeToString() {
    String json = customerJson();
    assertTrue(json.contains(JsonSamples.NAME));
    assertTrue(json.contains(JsonSamples.PHONE));
    assertTrue(json.contains(JsonSamples.EMAIL));
    assertTrue(json.contains(JsonSamples.ID_NUMBER));
    assertFalse(json.contains("redacted"));
  }

  @Test
  void write_instants_areIso8601Strings() {
    assertTrue(customerJson().contains("\"createdAt\":\"2024-03-01T08:30:00Z\""));
  }

  @Test
  void read_writtenCustomer_equalsOriginal() {
    assertEquals(JsonSamples.individual(), CrmJson.read(customerJson(), Customer.class));
    assertEquals(JsonSamples.enterprise(), CrmJson.read(CrmJson.write(JsonSamples.enterprise()), Customer.class));
  }

  @Test
  void read_unknownField_failsNamingIt() {
    String json = customerJson().replace("\"segment\":", "\"segmnet\":\"X\",\"segment\":");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CrmJson.read(json, Customer.class));
    assertEquals("segmnet", e.field());
    assertTrue(e.getMessage().contains("unknown field"), e.getMessage());
  }

  @Test
  void read_missingRequiredField_failsNamingIt() {
    String json = customerJson().replace("\"segment\":\"HIGH_VALUE\",", "");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CrmJson.read(json, Customer.class));
    assertEquals("segment", e.field());
    assertEquals(1, e.line());
    assertEquals(1, e.column());
  }

  @Test
  void read_invalidEmail_failsAtItsPathWithoutTheValue() {
    String bad = "li.lei@@example";
    String json = "{\n  \"id\": \"C-1\", \"type\": \"INDIVIDUAL\", \"displayName\": \"x\",\n"
        + "  \"contactPoints\": [{\"kind\": \"PHONE\", \"e164\": \"+8618049531999\"},\n"
        + "    {\"kind\": \"EMAIL\", \"value\": \"" + bad + "\"}],\n"
        + "  \"segment\": \"ORDINARY\", \"lifecycle\": [{\"stage\": \"AWARENESS\", \"enteredAt\": \"2024-01-01T00:00:00Z\"}],\n"
        + "  \"createdAt\": \"2024-01-01T00:00:00Z\", \"updatedAt\": \"2024-01-01T00:00:00Z\", \"version\": 0}";
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CrmJson.read(json, Customer.class));
    assertEquals("contactPoints[1].value", e.field());
    assertEquals(4, e.line());
    assertEquals(32, e.column());
    assertTrue(e.getMessage().startsWith("line 4, column 32, at contactPoints[1].value: email"), e.getMessage());
    assertFalse(e.getMessage().contains(bad));
    assertFalse(e.getMessage().contains("li.lei"));
  }

  @Test
  void read_constructorValidation_failsAtTheObject() {
    String json = customerJson().replace("\"updatedAt\":\"2024-03-05T08:30:00Z\"", "\"updatedAt\":\"2020-01-01T00:00:00Z\"");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CrmJson.read(json, Customer.class));
    assertEquals("", e.field());
    assertTrue(e.problem().startsWith("updatedAt must not be before createdAt"), e.problem());
    assertTrue(e.getCause() instanceof IllegalArgumentException);
  }

  @Test
  void read_wrongJsonType_namesTheExpectedType() {
    String json = customerJson().replace("\"version\":3", "\"version\":\"3\"");
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CrmJson.read(json, Customer.class));
    assertEquals("version", e.field());
    assertEquals("expected an integer but found a string", e.problem());
  }

  @Test
  void read_malformedJson_failsWithLocationAndWithoutTheToken() {
    String json = "{\"id\": \"C-1\",\n \"displayName\": zhangsan}";
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CrmJson.read(json, Customer.class));
    assertEquals(2, e.line());
    assertFalse(e.getMessage().contains("zhangsan"), e.getMessage());
  }

  @Test
  void read_kindAfterOtherFields_isAccepted() {
    ContactPoint point = CrmJson.read("{\"e164\":\"+8618049531999\",\"kind\":\"PHONE\"}", ContactPoint.class);
    assertEquals(new PhoneNumber(JsonSamples.PHONE), point);
  }

  @Test
  void read_unknownKind_listsTheKinds() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> CrmJson.read("{\"kind\":\"FAX\",\"e164\":\"+8618049531999\"}", ContactPoint.class));
    assertEquals("kind", e.field());
    assertEquals("expected one of PHONE, EMAIL, POSTAL", e.problem());
  }

  @Test
  void read_repeatedField_fails() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> CrmJson.read("{\"amount\":\"1\",\"amount\":\"2\",\"currency\":\"CNY\"}", Money.class));
    assertEquals("amount", e.field());
    assertEquals("field appears twice in the same object", e.problem());
  }

  @Test
  void read_decimalAsJsonNumber_isExact() {
    assertEquals(Money.of("0.1", "CNY"), CrmJson.read("{\"amount\":0.10,\"currency\":\"CNY\"}", Money.class));
  }

  @Test
  void read_decimalWithHugeExponent_isRejected() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> CrmJson.read("{\"amount\":\"1e999999999\",\"currency\":\"CNY\"}", Money.class));
    assertEquals("amount", e.field());
  }

  @Test
  void read_trailingContent_fails() {
    assertThrows(JsonFormatException.class, () -> CrmJson.read("\"CN\" \"US\"", org.crmkit.core.customer.Region.class));
  }

  @Test
  void newObjectMapper_hostTypeHoldingModelValues_roundTrips() throws Exception {
    ObjectMapper mapper = CrmJson.newObjectMapper();
    HostEnvelope envelope = new HostEnvelope("crm", JsonSamples.T0, JsonSamples.individual(),
        Optional.of(new PhoneNumber(JsonSamples.PHONE)), JsonSamples.interactions());
    String json = mapper.writeValueAsString(envelope);
    assertTrue(json.contains("\"sentAt\":\"2024-03-01T08:30:00Z\""), json);
    assertEquals(envelope, mapper.readValue(json, HostEnvelope.class));
  }

  @Test
  void module_inAPlainMapper_writesTheSameForm() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new CrmJsonModule());
    assertEquals(customerJson(), plain.writeValueAsString(JsonSamples.individual()));
    assertEquals(JsonSamples.individual(), plain.readValue(customerJson(), Customer.class));
  }
}
