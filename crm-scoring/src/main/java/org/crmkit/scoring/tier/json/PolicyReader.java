package org.crmkit.scoring.tier.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.crmkit.scoring.tier.AnniversaryWindow;
import org.crmkit.scoring.tier.Benefit;
import org.crmkit.scoring.tier.CalendarWindow;
import org.crmkit.scoring.tier.Criterion;
import org.crmkit.scoring.tier.CustomBenefit;
import org.crmkit.scoring.tier.DiscountBenefit;
import org.crmkit.scoring.tier.DowngradeMode;
import org.crmkit.scoring.tier.DowngradeRule;
import org.crmkit.scoring.tier.GiftBenefit;
import org.crmkit.scoring.tier.Match;
import org.crmkit.scoring.tier.Metric;
import org.crmkit.scoring.tier.PriorityServiceBenefit;
import org.crmkit.scoring.tier.QualificationWindow;
import org.crmkit.scoring.tier.RollingWindow;
import org.crmkit.scoring.tier.Tier;
import org.crmkit.scoring.tier.TierPolicy;
import org.crmkit.scoring.tier.TierRule;

/** Reads the document tree of {@link TierPolicyJson}, path by path. */
final class PolicyReader {
  private static final Set<String> ROOT =
      Set.of("format", "id", "currency", "zone", "window", "downgrade", "pointsPerUnit", "tiers");
  private static final Set<String> TIER = Set.of("id", "name", "match", "atLeast", "criteria", "benefits");

  private PolicyReader() {}

  static TierPolicy read(JsonNode tree) {
    JsonPath root = new JsonPath(tree, "").object(ROOT);
    JsonPath format = root.get("format");
    if (!TierPolicyJson.FORMAT.equals(format.text())) {
      throw format.error("\"" + TierPolicyJson.FORMAT + "\"");
    }
    String id = root.get("id").text();
    JsonPath currencyPath = root.get("currency");
    Currency currency = currencyPath.build(() -> {
      try {
        return Currency.getInstance(currencyPath.text());
      } catch (IllegalArgumentException e) {
        throw currencyPath.error("an ISO 4217 code");
      }
    });
    JsonPath zonePath = root.get("zone");
    ZoneId zone;
    try {
      zone = ZoneId.of(zonePath.text());
    } catch (DateTimeException e) {
      throw zonePath.error("a time-zone id");
    }
    QualificationWindow window = window(root.get("window"));
    DowngradeRule downgrade = downgrade(root.get("downgrade"));
    JsonPath points = root.get("pointsPerUnit");
    BigDecimal pointsPerUnit = points.decimal();
    JsonPath tiersPath = root.get("tiers");
    List<Tier> tiers = new ArrayList<>();
    for (int i = 0; i < tiersPath.size(); i++) {
      tiers.add(tier(tiersPath.at(i)));
    }
    return root.build(() -> new TierPolicy(id, currency, zone, tiers, window, downgrade, pointsPerUnit));
  }

  private static QualificationWindow window(JsonPath path) {
    JsonPath type = path.object(Set.of("type", "days", "months")).get("type");
    String kind = type.text();
    switch (kind) {
      case "rolling":
        return path.build(() -> new RollingWindow(path.get("days").integer()));
      case "calendar":
        return path.build(() -> new CalendarWindow(path.get("months").integer()));
      case "anniversary":
        return path.build(() -> new AnniversaryWindow(path.get("months").integer()));
      default:
        throw type.error("one of rolling, calendar, anniversary");
    }
  }

  private static DowngradeRule downgrade(JsonPath path) {
    path.object(Set.of("mode", "graceDays"));
    DowngradeMode mode = path.get("mode").enumValue(DowngradeMode.class);
    int grace = path.has("graceDays") ? path.get("graceDays").integer() : 0;
    return path.build(() -> new DowngradeRule(mode, grace));
  }

  private static Tier tier(JsonPath path) {
    path.object(TIER);
    String id = path.get("id").text();
    String name = path.get("name").text();
    Match match = path.get("match").enumValue(Match.class);
    int atLeast = path.has("atLeast") ? path.get("atLeast").integer() : 0;
    JsonPath criteriaPath = path.get("criteria");
    List<Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < criteriaPath.size(); i++) {
      JsonPath c = criteriaPath.at(i).object(Set.of("metric", "minimum"));
      Metric metric = c.get("metric").enumValue(Metric.class);
      BigDecimal minimum = c.get("minimum").decimal();
      criteria.add(c.build(() -> new Criterion(metric, minimum)));
    }
    List<Benefit> benefits = new ArrayList<>();
    if (path.has("benefits")) {
      JsonPath benefitsPath = path.get("benefits");
      for (int i = 0; i < benefitsPath.size(); i++) {
        benefits.add(benefit(benefitsPath.at(i)));
      }
    }
    TierRule rule = path.build(() -> new TierRule(match, atLeast, criteria));
    return path.build(() -> new Tier(id, name, rule, benefits));
  }

  private static Benefit benefit(JsonPath path) {
    JsonPath type = path.object(Set.of("type", "percent", "description", "key", "value")).get("type");
    switch (type.text()) {
      case "discount":
        return path.build(() -> new DiscountBenefit(path.get("percent").decimal()));
      case "priority-service":
        return new PriorityServiceBenefit();
      case "gift":
        return path.build(() -> new GiftBenefit(path.get("description").text()));
      case "custom":
        return path.build(() -> new CustomBenefit(path.get("key").text(), path.get("value").text()));
      default:
        throw type.error("one of discount, priority-service, gift, custom");
    }
  }
}
