package org.crmkit.privacy.access;

import java.util.List;
import java.util.Set;
import org.crmkit.core.consent.Purpose;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.dictionary.Category;
import org.crmkit.privacy.dictionary.FieldEntry;
import org.crmkit.privacy.dictionary.FieldKind;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.RecipientPolicy;
import org.crmkit.privacy.view.ViewKind;
import org.crmkit.privacy.view.ViewSpec;

/**
 * The views the properties read, and the rules restated independently of the engine:
 * which fields each view shows in clear.
 */
final class ViewFixtures {
  static final String RECIPIENT = "acme-logistics";
  static final RecipientPolicy ACME = RecipientPolicy.of(RECIPIENT)
      .with("customer.id", FieldTransform.pseudonymise())
      .with("customer.type", FieldTransform.keep())
      .with("customer.region", FieldTransform.generalise())
      .with("customer.displayName", FieldTransform.mask())
      .with("customer.contactPoints[].kind", FieldTransform.keep())
      .with("customer.contactPoints[].e164", FieldTransform.maskKeeping(0, 4))
      .with("customer.contactPoints[].value", FieldTransform.pseudonymise())
      .with("customer.birthDate", FieldTransform.generalise())
      .with("customer.tags[]", FieldTransform.keep())
      .with("interactions[].kind", FieldTransform.keep())
      .with("interactions[].customerId", FieldTransform.pseudonymise())
      .with("interactions[].occurredAt", FieldTransform.generalise())
      .with("interactions[].amount.amount", FieldTransform.keep())
      .with("interactions[].amount.currency", FieldTransform.keep())
      .with("interactions[].score", FieldTransform.keep());

  /** The non-personal views, which must not disclose what they do not grant. */
  static final List<ViewSpec> RESTRICTED = List.of(ViewSpec.standard(), ViewSpec.anonymous(),
      ViewSpec.optOut(Purpose.DIRECT_MARKETING), ViewSpec.optOut(Purpose.AUTOMATED_DECISION),
      ViewSpec.selective(RECIPIENT));

  private static final Set<FieldKind> IDENTIFYING = Set.of(FieldKind.PERSON_NAME, FieldKind.PHONE,
      FieldKind.EMAIL, FieldKind.ID_NUMBER, FieldKind.BANK_CARD, FieldKind.STREET, FieldKind.POSTAL_CODE,
      FieldKind.CUSTOMER_KEY, FieldKind.REFERENCE, FieldKind.FREE_TEXT, FieldKind.LABEL, FieldKind.BIRTH_DATE,
      FieldKind.UNKNOWN);

  private ViewFixtures() {}

  static PrivacyGateway gateway() {
    return PrivacyGateway.builder(Fixtures.KEYS, Fixtures.CLOCK)
        .dictionary(Fixtures.dictionary())
        .recipient(ACME)
        .build();
  }

  /** Whether a value of this kind identifies a person or says something of its own when shown whole. */
  static boolean identifying(FieldEntry e) {
    return IDENTIFYING.contains(e.kind());
  }

  /** Whether the view shows the field's value in clear: the rules, restated. */
  static boolean clear(ViewSpec view, FieldEntry e, String path) {
    FieldKind k = e.kind();
    if (view.kind() == ViewKind.PERSONAL) {
      return true;
    }
    if (e.category() == Category.SENSITIVE || k == FieldKind.FREE_TEXT || k == FieldKind.UNKNOWN) {
      return false;
    }
    switch (view.kind()) {
      case STANDARD:
      case OPT_OUT:
        switch (e.category()) {
          case IDENTITY:
            return k == FieldKind.CUSTOMER_KEY || k == FieldKind.CODE || k == FieldKind.REGION;
          case PERSONAL:
            return !Set.of(FieldKind.BIRTH_DATE, FieldKind.AGE, FieldKind.MONEY, FieldKind.INCOME,
                FieldKind.NUMBER).contains(k);
          default:
            return true;
        }
      case ANONYMOUS:
        switch (e.category()) {
          case NON_PERSONAL:
            return k != FieldKind.REFERENCE && k != FieldKind.CUSTOMER_KEY;
          case PERSONAL:
            return Set.of(FieldKind.CODE, FieldKind.SCORE, FieldKind.FLAG, FieldKind.DURATION).contains(k);
          default:
            return false;
        }
      default:
        return k != FieldKind.CUSTOMER_KEY && ACME.transformOf(path) instanceof FieldTransform.Keep;
    }
  }
}
