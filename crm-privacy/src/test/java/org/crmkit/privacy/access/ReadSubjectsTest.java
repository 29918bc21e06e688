package org.crmkit.privacy.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crmkit.core.CustomerId;
import org.crmkit.core.consent.ConsentStatus;
import org.crmkit.core.consent.Purpose;
import org.crmkit.core.profile.CustomerProfile;
import org.crmkit.privacy.Fixtures;
import org.crmkit.privacy.view.ViewSpec;
import org.junit.jupiter.api.Test;

/** The subjects of a read's access-log entry are the customers the view returned, in order. */
class ReadSubjectsTest {
  private final PrivacyGateway gateway = ViewFixtures.gateway();
  private final CustomerProfile duan = Fixtures.duanProfile();
  private final CustomerProfile li = Fixtures.liLei();

  private List<CustomerId> lastSubjects() {
    List<org.crmkit.privacy.spi.AccessLogEntry> entries = gateway.accessLog().entries();
    return entries.get(entries.size() - 1).subjects();
  }

  @Test
  void read_optOutViewFiltersSomeCustomers_logsTheReturnedOnesInOrder() {
    int returned = gateway.read(Fixtures.USER, ViewSpec.optOut(Purpose.DIRECT_MARKETING), List.of(li, duan, li, duan))
        .size();

    assertEquals(2, returned);
    assertEquals(List.of(duan.customer().id(), duan.customer().id()), lastSubjects());
  }

  @Test
  void read_selectiveViewShowingPseudonyms_logsTheRealIdsOfTheCustomersKept() {
    CustomerProfile granted = Fixtures.duanProfile(Fixtures.event("e1", duan.customer().id(),
        Purpose.THIRD_PARTY_DISCLOSURE, ConsentStatus.GRANTED, Fixtures.T0, ViewFixtures.RECIPIENT));

    int returned = gateway.read(Fixtures.DISCLOSER, ViewSpec.selective(ViewFixtures.RECIPIENT), List.of(li, granted, li))
        .size();

    assertEquals(1, returned);
    assertEquals(List.of(duan.customer().id()), lastSubjects());
  }

  @Test
  void read_anonymousView_logsEveryInputCustomer() {
    gateway.read(Fixtures.ANALYST, ViewSpec.anonymous(), List.of(li, duan));

    assertEquals(List.of(li.customer().id(), duan.customer().id()), lastSubjects());
  }
}
