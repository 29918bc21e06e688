package org.crmkit.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.crmkit.core.CustomerId;
import org.crmkit.core.Money;
import org.crmkit.core.consent.ConsentDecision;
import org.crmkit.core.consent.ConsentEvent;
import org.crmkit.core.consent.ConsentLedger;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.customer.AttributeValue;
import org.crmkit.core.customer.Contact;
import org.crmkit.core.customer.ContactPoint;
import org.crmkit.core.customer.Customer;
import org.crmkit.core.customer.EmailAddress;
import org.crmkit.core.customer.IdDocument;
import org.crmkit.core.customer.Industry;
import org.crmkit.core.customer.LifecycleHistory;
import org.crmkit.core.customer.PhoneNumber;
import org.crmkit.core.customer.PostalAddress;
import org.crmkit.core.customer.Region;
import org.crmkit.core.customer.SensitiveData;
import org.crmkit.core.customer.StageEntry;
import org.crmkit.core.interaction.Communication;
import org.crmkit.core.interaction.Complaint;
import org.crmkit.core.interaction.FollowUp;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.LineItem;
import org.crmkit.core.interaction.Purchase;
import org.crmkit.core.interaction.Question;
import org.crmkit.core.interaction.Refund;
import org.crmkit.core.interaction.Renewal;
import org.crmkit.core.interaction.Scale;
import org.crmkit.core.interaction.ServiceRecord;
import org.crmkit.core.interaction.SiteVisit;
import org.crmkit.core.interaction.SurveyResponse;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.core.spi.AuditEntry;

/**
 * The Jackson module for every crm-core model type, so that a host can put crmkit values into
 * its own JSON with its own {@code ObjectMapper}: {@code mapper.registerModule(new
 * CrmJsonModule())}. The model carries no Jackson annotations; this module registers one
 * serializer and one deserializer per type, which write the forms documented in {@link
 * CustomerExport} and read them back through the records' canonical constructors, so the model's
 * validation runs on every value read.
 *
 * <p>The forms do not depend on the host mapper's settings: instants, dates and durations are
 * ISO-8601 strings, decimals exact strings, enums their constant names, unknown fields are
 * rejected, whatever the mapper is configured to do for other types. A bad value fails with a
 * {@link JsonFormatException} naming the line, column and JSON path but not the value; Jackson
 * may wrap it in its own exception when the value sits inside a host bean.
 *
 * <p>Contact points and attribute values carry a {@code kind}. A phone number or e-mail address
 * on its own is a plain string, so a host's own field of the interface type {@code ContactPoint}
 * should be written with {@code mapper.writerFor(ContactPoint.class)}; a {@code List<ContactPoint>}
 * inside a host bean would be written by the elements' classes and not read back. Inside crmkit
 * types this never arises.
 *
 * <p>Immutable once constructed; register it once per mapper.
 */
public final class CrmJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with a serializer and deserializer for every crm-core model type. */
  public CrmJsonModule() {
    super("crmkit-core", Version.unknownVersion());
    add(CustomerId.class, CoreCodecs.CUSTOMER_ID);
    add(Money.class, CoreCodecs.MONEY);

    add(Customer.class, CustomerCodecs.CUSTOMER);
    add(Contact.class, CustomerCodecs.CONTACT);
    add(ContactPoint.class, ContactCodecs.CONTACT_POINT);
    add(PhoneNumber.class, ContactCodecs.PHONE);
    add(EmailAddress.class, ContactCodecs.EMAIL);
    add(PostalAddress.class, ContactCodecs.POSTAL);
    add(Region.class, CustomerCodecs.REGION);
    add(Industry.class, CustomerCodecs.INDUSTRY);
    add(IdDocument.class, CustomerCodecs.ID_DOCUMENT);
    add(SensitiveData.class, CustomerCodecs.SENSITIVE);
    add(StageEntry.class, CustomerCodecs.STAGE_ENTRY);
    add(LifecycleHistory.class, CustomerCodecs.LIFECYCLE);
    add(AttributeValue.class, ContactCodecs.ATTRIBUTE_VALUE);
    add(AttributeValue.Text.class, ContactCodecs.TEXT);
    add(AttributeValue.Decimal.class, ContactCodecs.DECIMAL);
    add(AttributeValue.Flag.class, ContactCodecs.FLAG);
    add(AttributeValue.Date.class, ContactCodecs.DATE);

    add(Interaction.class, InteractionCodecs.INTERACTION);
    add(InteractionId.class, InteractionCodecs.INTERACTION_ID);
    add(Purchase.class, InteractionCodecs.PURCHASE);
    add(Refund.class, InteractionCodecs.REFUND);
    add(ServiceRecord.class, InteractionCodecs.SERVICE);
    add(Complaint.class, InteractionCodecs.COMPLAINT);
    add(FollowUp.class, InteractionCodecs.FOLLOW_UP);
    add(Communication.class, InteractionCodecs.COMMUNICATION);
    add(SurveyResponse.class, InteractionCodecs.SURVEY_RESPONSE);
    add(Renewal.class, InteractionCodecs.RENEWAL);
    add(SiteVisit.class, InteractionCodecs.SITE_VISIT);
    add(LineItem.class, InteractionCodecs.LINE_ITEM);
    add(Question.class, InteractionCodecs.QUESTION);
    add(Scale.class, InteractionCodecs.SCALE);

    add(Purpose.class, ConsentCodecs.PURPOSE);
    add(ConsentEvent.class, ConsentCodecs.EVENT);
    add(ConsentLedger.class, ConsentCodecs.LEDGER);
    add(ConsentDecision.class, ConsentCodecs.DECISION);

    add(AuditEntry.class, ProfileCodecs.AUDIT_ENTRY);
    add(CustomerProfile.class, ProfileCodecs.PROFILE);
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }
}
