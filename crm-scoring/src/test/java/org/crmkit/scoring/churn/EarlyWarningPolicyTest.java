package org.crmkit.scoring.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EarlyWarningPolicyTest {

  @Test
  void defaults_weightsSumToOneAndEveryReasonHasAnAction() {
    EarlyWarningPolicy p = EarlyWarningPolicy.defaults();
    assertEquals(1.0, p.weights().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    assertEquals(HealthFactor.values().length, p.weights().size());
    assertEquals(ChurnReason.values().length, p.actions().size());
    assertEquals(RetentionAction.DISCOUNT_OFFER, p.actions().get(ChurnReason.PRICE));
  }

  @Test
  void toBuilder_changedSetting_keepsTheOthers() {
    EarlyWarningPolicy p = EarlyWarningPolicy.defaults().toBuilder().zone(ZoneId.of("Asia/Shanghai")).dropShare(0.4).build();
    assertEquals(ZoneId.of("Asia/Shanghai"), p.zone());
    assertEquals(0.4, p.dropShare());
    assertEquals(EarlyWarningPolicy.defaults().recentDays(), p.recentDays());
    assertEquals(EarlyWarningPolicy.defaults().weights(), p.weights());
  }

  @Test
  void builder_invalidValues_throw() {
    EarlyWarningPolicyBuilder b = EarlyWarningPolicy.builder();
    assertThrows(IllegalArgumentException.class, () -> b.windows(0, 365));
    assertThrows(IllegalArgumentException.class, () -> b.overdueFactors(1.0, 3.0));
    assertThrows(IllegalArgumentException.class, () -> b.overdueFactors(2.0, 1.5));
    assertThrows(IllegalArgumentException.class, () -> b.dropShare(0));
    assertThrows(IllegalArgumentException.class, () -> b.weight(HealthFactor.SPEND, -1));
    assertThrows(IllegalArgumentException.class, () -> b.probabilityAliveThreshold(1.5));
  }

  @Test
  void build_zeroWeights_healthIsHundred() {
    EarlyWarningPolicyBuilder b = EarlyWarningPolicy.builder();
    for (HealthFactor f : HealthFactor.values()) {
      b.weight(f, 0);
    }
    EarlyWarning engine = EarlyWarning.of(b.build());
    ChurnScore s = (ChurnScore) engine.assess(Profiles.customer("c1").purchasesEvery(30, 460, 100, "10").build(), Profiles.AS_OF);
    assertEquals(100.0, s.health().value());
  }
}
