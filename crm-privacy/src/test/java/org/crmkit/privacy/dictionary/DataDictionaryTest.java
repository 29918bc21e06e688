package org.crmkit.privacy.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataDictionaryTest {
  private final DataDictionary dictionary = DataDictionary.standard();

  @Test
  void lookup_identityFields_areIdentity() {
    for (String p : new String[] {"customer.displayName", "customer.contactPoints[].e164",
        "customer.contactPoints[].value", "customer.contactPoints[].street", "customer.idDocument.number",
        "customer.contacts[].name"}) {
      assertEquals(Category.IDENTITY, dictionary.categoryOf(p), p);
    }
  }

  @Test
  void lookup_sensitiveFields_areSensitive() {
    assertEquals(Category.SENSITIVE, dictionary.categoryOf("customer.sensitive.religion"));
    assertEquals(Category.SENSITIVE, dictionary.categoryOf("customer.sensitive.other.disability"));
  }

  @Test
  void lookup_freeText_isPersonalFreeText() {
    FieldEntry e = dictionary.lookup("interactions[].content");
    assertEquals(Category.PERSONAL, e.category());
    assertEquals(FieldKind.FREE_TEXT, e.kind());
  }

  @Test
  void lookup_unknownPath_isSensitive() {
    FieldEntry e = dictionary.lookup("customer.nickname");
    assertEquals(Category.SENSITIVE, e.category());
    assertEquals(FieldKind.UNKNOWN, e.kind());
    assertFalse(dictionary.isClassified("customer.nickname"));
  }

  @Test
  void lookup_unclassifiedHostAttribute_isSensitive() {
    assertEquals(Category.SENSITIVE, dictionary.categoryOf("customer.attributes.wechat_id"));
  }

  @Test
  void withAttribute_hostClassification_isUsedAndOriginalUnchanged() {
    DataDictionary host = dictionary.withAttribute("vip_level", Category.PERSONAL, FieldKind.CODE);

    assertEquals(Category.PERSONAL, host.categoryOf("customer.attributes.vip_level"));
    assertTrue(host.isClassified("customer.attributes.vip_level"));
    assertEquals(Category.SENSITIVE, dictionary.categoryOf("customer.attributes.vip_level"));
  }

  @Test
  void withAttribute_malformedKey_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> dictionary.withAttribute("Bad Key", Category.PERSONAL, FieldKind.CODE));
    assertTrue(e.getMessage().contains("but was 'Bad Key'"), e.getMessage());
  }

  @Test
  void withDerived_classifiesDerivedValue() {
    assertEquals(Category.PERSONAL,
        dictionary.withDerived("churn_score", Category.PERSONAL, FieldKind.SCORE).categoryOf("derived.churn_score"));
    assertEquals(Category.SENSITIVE, dictionary.categoryOf("derived.churn_score"));
  }

  @Test
  void toText_listsEveryEntryAsPathCategoryKind() {
    String text = dictionary.toText();
    assertTrue(text.contains("customer.contactPoints[].e164\tIDENTITY\tPHONE\n"), text);
    assertEquals(dictionary.entries().size(), text.split("\n").length);
  }

  @Test
  void entries_areSortedByPath() {
    var paths = dictionary.entries().stream().map(FieldEntry::path).toList();
    assertEquals(paths.stream().sorted().toList(), paths);
  }

  @Test
  void fieldEntry_malformedPath_throws() {
    assertThrows(IllegalArgumentException.class, () -> FieldEntry.of("a..b", Category.PERSONAL, FieldKind.CODE));
  }
}
