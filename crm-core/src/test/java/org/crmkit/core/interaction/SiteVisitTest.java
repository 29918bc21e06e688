package org.crmkit.core.interaction;

import static org.crmkit.core.interaction.Fixtures.CUSTOMER;
import static org.crmkit.core.interaction.Fixtures.ID;
import static org.crmkit.core.interaction.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteVisitTest {

  @Test
  void new_negativeDuration_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> new SiteVisit(ID, CUSTOMER, T0, Channel.WEB, Optional.empty(), Duration.ofSeconds(-1)));
  }

  @Test
  void new_zeroDuration_isAllowed() {
    assertEquals(Duration.ZERO, new SiteVisit(ID, CUSTOMER, T0, Channel.APP, Optional.empty(), Duration.ZERO).duration());
  }

  @Test
  void new_blankOrTooLongPage_throws() {
    assertThrows(IllegalArgumentException.class,
        () -> new SiteVisit(ID, CUSTOMER, T0, Channel.WEB, Optional.of(" "), Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> new SiteVisit(ID, CUSTOMER, T0, Channel.WEB, Optional.of("/" + "a".repeat(500)), Duration.ZERO));
  }
}
