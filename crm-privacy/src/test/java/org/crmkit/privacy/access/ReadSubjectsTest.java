package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.view.ProfileView;
import org.crmkit.privacy.view.ViewSpec;
import org.junit.jupiter.api.Test;

class ReadSubjectsTest {
  private final PrivacyGateway gateway = ViewFixtures.gateway();
  private final CustomerProfile duan = Fixtures.duanProfile();
  private final CustomerProfile li = Fixtures.liLei();

  private List<ProfileView> read(Viewer viewer, ViewSpec view, List<CustomerProfile> profiles) {
    return gateway.read(viewer, view, profiles);
  }

  @Test
  void of_filteredViewWithIds_matchesTheReturnedCustomersInOrder() {
    List<CustomerProfile> input = List.of(li, duan, li, duan);
    List<ProfileView> out = read(Fixtures.USER, ViewSpec.optOut(Purpose.DIRECT_MARKETING), input);

    assertEquals(List.of(duan.customer().id(), duan.customer().id()),
        ReadSubjects.of(ViewSpec.optOut(Purpose.DIRECT_MARKETING), input, out, Optional.empty(), Fixtures.NOW));
  }

  @Test
  void of_filteredSelectiveView_decidesConsentAsTheFilterDoes() {
    CustomerProfile granted = Fixtures.duanProfile(Fixtures.event("e1", duan.customer().id(),
        Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED, Fixtures.T0, ViewFixtures.RECIPIENT));
    List<CustomerProfile> input = List.of(li, granted, li);
    ViewSpec view = ViewSpec.selective(ViewFixtures.RECIPIENT);
    List<ProfileView> out = read(Fixtures.DISCLOSER, view, input);

    assertEquals(List.of(duan.customer().id()), ReadSubjects.of(view, input, out, Optional.empty(), Fixtures.NOW));
  }

  @Test
  void of_viewsThatNoInputCustomerExplains_throws() {
    List<ProfileView> duanOnly = read(Fixtures.USER, ViewSpec.standard(), List.of(duan));
    List<ProfileView> anonymous = read(Fixtures.ANALYST, ViewSpec.anonymous(), List.of(duan));
    List<ProfileView> selective = read(Fixtures.DISCLOSER, ViewSpec.selective(ViewFixtures.RECIPIENT),
        List.of(Fixtures.duanProfile(Fixtures.event("e1", duan.customer().id(), Purpose.THIRD_PARTY_DISCLOSURE,
            ConsentStatus.GRANTED, Fixtures.T0, ViewFixtures.RECIPIENT))));

    assertThrows(IllegalStateException.class, () -> ReadSubjects.of(ViewSpec.optOut(Purpose.DIRECT_MARKETING),
        List.of(li, li), duanOnly, Optional.empty(), Fixtures.NOW));
    assertThrows(IllegalStateException.class, () -> ReadSubjects.of(ViewSpec.anonymous(), List.of(li, li),
        anonymous, Optional.empty(), Fixtures.NOW));
    assertThrows(IllegalStateException.class, () -> ReadSubjects.of(ViewSpec.selective(ViewFixtures.RECIPIENT),
        List.of(li, li), selective, Optional.empty(), Fixtures.NOW));
  }
}
