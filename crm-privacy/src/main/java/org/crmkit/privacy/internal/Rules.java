package org.crmkit.privacy.internal;

import static com.google.common.base.Preconditions.checkArgument;

import org.crmkit.privacy.dictionary.Category;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.crmkit.privacy.dictionary.FieldEntry;
import org.crmkit.privacy.dictionary.FieldKind;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.RecipientPolicy;

/** What each view does to a field, by its category and kind. Pure functions. */
final class Rules {
  static final FieldTransform KEEP = FieldTransform.keep();
  static final FieldTransform MASK = FieldTransform.mask();
  static final FieldTransform GENERALISE = FieldTransform.generalise();
  static final FieldTransform PSEUDONYMISE = FieldTransform.pseudonymise();
  static final FieldTransform REDACT = FieldTransform.redact();

  private Rules() {}

  /** Identity masked, personal generalised, sensitive and free text removed. */
  static FieldTransform standard(FieldEntry e) {
    if (e.category() == Category.SENSITIVE || isFreeText(e.kind())) {
      return REDACT;
    }
    switch (e.category()) {
      case IDENTITY:
        switch (e.kind()) {
          case CUSTOMER_KEY: // everyday applications must address the record
          case CODE:
          case REGION: // an address keeps only its region: the city, not the street
            return KEEP;
          case PERSON_NAME:
          case PHONE:
          case EMAIL:
          case ID_NUMBER:
          case BANK_CARD:
            return MASK;
          default:
            return REDACT;
        }
      case PERSONAL:
        switch (e.kind()) {
          case BIRTH_DATE:
          case AGE:
          case MONEY:
          case INCOME:
          case NUMBER:
            return GENERALISE;
          default:
            return KEEP;
        }
      default:
        return KEEP;
    }
  }

  /** Identity removed, keys pseudonymised, personal generalised, sensitive removed. */
  static FieldTransform anonymous(FieldEntry e) {
    if (e.category() == Category.SENSITIVE || isFreeText(e.kind())) {
      return REDACT;
    }
    switch (e.category()) {
      case IDENTITY:
        return e.kind() == FieldKind.CUSTOMER_KEY ? PSEUDONYMISE : REDACT;
      case PERSONAL:
        switch (e.kind()) {
          case LABEL:
          case PERSON_NAME:
          case PHONE:
          case EMAIL:
          case ID_NUMBER:
          case BANK_CARD:
          case STREET:
          case POSTAL_CODE:
            return REDACT;
          case CUSTOMER_KEY:
          case REFERENCE:
            return PSEUDONYMISE;
          case CODE:
          case SCORE:
          case FLAG:
          case DURATION:
            return KEEP;
          default:
            return GENERALISE;
        }
      default:
        return e.kind() == FieldKind.REFERENCE || e.kind() == FieldKind.CUSTOMER_KEY ? PSEUDONYMISE : KEEP;
    }
  }

  /** Only the recipient's allow-list; keys only as pseudonyms; never sensitive data. */
  static FieldTransform selective(FieldEntry e, String path, RecipientPolicy policy) {
    FieldTransform t = policy.transformOf(path);
    if (t instanceof FieldTransform.Redact || e.category() == Category.SENSITIVE) {
      return REDACT;
    }
    return e.kind() == FieldKind.CUSTOMER_KEY ? PSEUDONYMISE : t;
  }

  /** Rejects a policy that grants what no recipient may get. */
  static void checkPolicy(RecipientPolicy policy, DataDictionary dictionary) {
    policy.fields().forEach((path, t) -> {
      FieldEntry e = dictionary.lookup(path);
      checkArgument(t instanceof FieldTransform.Redact || e.category() != Category.SENSITIVE,
          "recipient %s must not be granted sensitive or unclassified field %s but was granted %s",
          policy.recipient(), path, t.getClass().getSimpleName());
      checkArgument(t instanceof FieldTransform.Redact || t instanceof FieldTransform.Pseudonymise
              || e.kind() != FieldKind.CUSTOMER_KEY,
          "recipient %s may get key field %s only as a pseudonym but was granted %s",
          policy.recipient(), path, t.getClass().getSimpleName());
    });
  }

  private static boolean isFreeText(FieldKind kind) {
    return kind == FieldKind.FREE_TEXT || kind == FieldKind.UNKNOWN;
  }
}
