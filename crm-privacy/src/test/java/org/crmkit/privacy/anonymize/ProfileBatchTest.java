package org.crmkit.privacy.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.junit.jupiter.api.Test;

class ProfileBatchTest {
  @Test
  void table_optedOutCustomer_isLeftOutBeforeAnonymising() {
    Map<String, Function<CustomerProfile, String>> columns = new LinkedHashMap<>();
    columns.put("customer.region", ProfileBatch.region());
    columns.put("customer.gender", ProfileBatch.gender());
    Table t = ProfileBatch.table(List.of(Fixtures.duanProfile(), Fixtures.liLei()), columns,
        ProfileBatch.allowing(Purpose.DIRECT_MARKETING, Fixtures.NOW));

    assertEquals(1, t.size());
    Anonymization a = Anonymizer.builder()
        .quasiIdentifiersFrom(DataDictionary.standard(), Map.of("customer.region", Hierarchies.regions()))
        .k(1).build().anonymize(t);
    assertEquals(1, a.rows());
  }

  @Test
  void age_birthDate_wholeYearsAndMissingIsEmpty() {
    String age = ProfileBatch.age(LocalDate.of(2025, 6, 1)).apply(Fixtures.duanProfile());
    String none = ProfileBatch.age(LocalDate.of(2025, 6, 1)).apply(Fixtures.liLei());

    assertEquals("", none);
    assertEquals("*", Hierarchies.ageBands().generalise(none, 2));
    assertEquals("35", age);
    assertEquals("30-39", Hierarchies.ageBands().generalise(age, 2));
  }
}
