package org.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import org.crmkit.privacy.access.PrivacyGateway;
import org.crmkit.privacy.dictionary.Category;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.crmkit.privacy.dictionary.FieldKind;
import org.crmkit.privacy.pseudonym.KeySource;
import org.crmkit.privacy.view.FieldTransform;
import org.crmkit.privacy.view.RecipientPolicy;

/**
 * The privacy configuration of the synthetic base, as a host would write its own: the data
 * dictionary with the base's customer attributes classified, and the allow-lists of the five
 * disclosure recipients named in its consent events. Stateless.
 */
public final class DemoPrivacy {
  /** The application id the {@code crm} command reads views as. */
  public static final String APPLICATION = "crm-cli";
  private static final DataDictionary DICTIONARY = DataDictionary.standard()
      .withAttribute("source", Category.PERSONAL, FieldKind.CODE)
      .withAttribute("loyalty.points", Category.PERSONAL, FieldKind.NUMBER)
      .withAttribute("newsletter", Category.PERSONAL, FieldKind.FLAG)
      .withAttribute("employees", Category.NON_PERSONAL, FieldKind.NUMBER)
      .withAttribute("credit.limit", Category.PERSONAL, FieldKind.MONEY);
  private static final List<RecipientPolicy> RECIPIENTS = List.of(
      RecipientPolicy.of("partner:insurance")
          .with("customer.id", FieldTransform.pseudonymise())
          .with("customer.type", FieldTransform.keep())
          .with("customer.region", FieldTransform.generalise())
          .with("customer.birthDate", FieldTransform.generalise())
          .with("customer.gender", FieldTransform.keep())
          .with("customer.estimatedIncome.amount", FieldTransform.generalise())
          .with("customer.estimatedIncome.currency", FieldTransform.keep()),
      RecipientPolicy.of("partner:logistics")
          .with("customer.id", FieldTransform.pseudonymise())
          .with("customer.region", FieldTransform.keep())
          .with("interactions[].kind", FieldTransform.keep())
          .with("interactions[].orderId", FieldTransform.pseudonymise())
          .with("interactions[].occurredAt", FieldTransform.generalise())
          .with("interactions[].delivery", FieldTransform.keep()),
      RecipientPolicy.of("partner:bank")
          .with("customer.id", FieldTransform.pseudonymise())
          .with("customer.type", FieldTransform.keep())
          .with("customer.segment", FieldTransform.keep())
          .with("customer.estimatedIncome.amount", FieldTransform.generalise())
          .with("customer.estimatedIncome.currency", FieldTransform.keep()),
      RecipientPolicy.of("partner:telecom")
          .with("customer.id", FieldTransform.pseudonymise())
          .with("customer.contactPoints[].kind", FieldTransform.keep())
          .with("customer.contactPoints[].e164", FieldTransform.mask())
          .with("customer.region", FieldTransform.generalise()),
      RecipientPolicy.of("partner:analytics")
          .with("customer.id", FieldTransform.pseudonymise())
          .with("customer.type", FieldTransform.keep())
          .with("customer.segment", FieldTransform.keep())
          .with("customer.region", FieldTransform.generalise())
          .with("interactions[].kind", FieldTransform.keep())
          .with("interactions[].channel", FieldTransform.keep())
          .with("interactions[].amount.amount", FieldTransform.generalise())
          .with("interactions[].amount.currency", FieldTransform.keep())
          .with("interactions[].score", FieldTransform.keep()));

  private DemoPrivacy() {}

  /** Returns the standard dictionary plus the synthetic base's attributes. */
  public static DataDictionary dictionary() {
    return DICTIONARY;
  }

  /** Returns the allow-lists of the disclosure recipients, in a fixed order. */
  public static List<RecipientPolicy> recipients() {
    return RECIPIENTS;
  }

  /**
   * Returns a gateway builder with this dictionary and these recipients, the default access
   * policy and an in-memory access log.
   *
   * @param keys the key source of the pseudonyms
   * @param clock the clock of log entries and consent decisions
   * @return the builder
   */
  public static PrivacyGateway.Builder gateway(KeySource keys, Clock clock) {
    requireNonNull(keys, "keys");
    requireNonNull(clock, "clock");
    PrivacyGateway.Builder b = PrivacyGateway.builder(keys, clock).dictionary(DICTIONARY);
    RECIPIENTS.forEach(b::recipient);
    return b;
  }
}
