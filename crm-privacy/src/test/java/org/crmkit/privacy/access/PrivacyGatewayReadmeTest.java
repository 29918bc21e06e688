package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.dictionary.Category;
import org.crmkit.privacy.dictionary.DataDictionary;
import org.crmkit.privacy.dictionary.FieldKind;
import org.crmkit.privacy.pseudonym.KeySource;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewSpec;
import org.junit.jupiter.api.Test;

/** The README's crm-privacy example, kept compiling and true. */
class PrivacyGatewayReadmeTest {
  @Test
  void readmeExample_standardView_masksTheNameAndLogsTheRead() {
    byte[] hostKey = Fixtures.MASTER_KEY;
    Clock clock = Fixtures.CLOCK;
    List<CustomerProfile> profiles = List.of(Fixtures.duanProfile());

    PrivacyGateway gateway = PrivacyGateway.builder(KeySource.fromMasterKey(hostKey), clock)
        .dictionary(DataDictionary.standard()
            .withAttribute("bank_card", Category.IDENTITY, FieldKind.BANK_CARD))
        .build();
    Viewer viewer = Viewer.of("crm-web", "u42", "customer-service", AccessPolicy.USER);
    List<ProfileView> rows = gateway.read(viewer, ViewSpec.parse("standard"), profiles);

    assertEquals(Optional.of("段**"), rows.get(0).customer().text("displayName"));
    assertTrue(gateway.accessLog().verify().isIntact());
    assertEquals(1, gateway.accessLog().size());
  }
}
