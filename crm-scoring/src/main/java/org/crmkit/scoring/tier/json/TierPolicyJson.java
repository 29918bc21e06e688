package org.crmkit.scoring.tier.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.crmkit.scoring.tier.AnniversaryWindow;
import org.crmkit.scoring.tier.Benefit;
import org.crmkit.scoring.tier.CalendarWindow;
import org.crmkit.scoring.tier.Criterion;
import org.crmkit.scoring.tier.CustomBenefit;
import org.crmkit.scoring.tier.DiscountBenefit;
import org.crmkit.scoring.tier.GiftBenefit;
import org.crmkit.scoring.tier.Match;
import org.crmkit.scoring.tier.QualificationWindow;
import org.crmkit.scoring.tier.RollingWindow;
import org.crmkit.scoring.tier.Tier;
import org.crmkit.scoring.tier.TierPolicy;

/**
 * Reads and writes {@link TierPolicy} as JSON. Stateless and thread-safe.
 *
 * <p>Format {@value #FORMAT}; enum values are lower case with hyphens, decimals are JSON numbers
 * (strings holding a decimal are accepted too), unknown fields are rejected:
 *
 * <pre>{@code
 * {
 *   "format": "crmkit-tier-policy/1",
 *   "id": "default", "currency": "CNY", "zone": "Asia/Shanghai",
 *   "window": {"type": "calendar", "months": 12},      // or rolling {"days": N}, anniversary {"months": N}
 *   "downgrade": {"mode": "one-step", "graceDays": 0}, // none | one-step | to-qualified | to-base
 *   "pointsPerUnit": 1,
 *   "tiers": [
 *     {"id": "none", "name": "None", "match": "all", "criteria": [], "benefits": []},
 *     {"id": "gold", "name": "Gold", "match": "at-least", "atLeast": 1,   // all | any | at-least
 *      "criteria": [{"metric": "spend", "minimum": 5000}],               // spend | purchases | tenure-days | points
 *      "benefits": [{"type": "discount", "percent": 5}, {"type": "priority-service"},
 *                   {"type": "gift", "description": "..."}, {"type": "custom", "key": "k", "value": "v"}]}
 *   ]
 * }
 * }</pre>
 *
 * <p>Writing then reading gives an equal policy, so no decision changes.
 */
public final class TierPolicyJson {
  /** The format marker written into every document. */
  public static final String FORMAT = "crmkit-tier-policy/1";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private TierPolicyJson() {}

  /**
   * Writes a policy.
   *
   * @param policy the policy
   * @return the JSON document, indented
   */
  public static String write(TierPolicy policy) {
    requireNonNull(policy, "policy");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("id", policy.id());
    root.put("currency", policy.currency().getCurrencyCode());
    root.put("zone", policy.zone().getId());
    root.set("window", window(policy.window()));
    ObjectNode downgrade = root.putObject("downgrade");
    downgrade.put("mode", spell(policy.downgrade().mode()));
    downgrade.put("graceDays", policy.downgrade().graceDays());
    root.put("pointsPerUnit", policy.pointsPerUnit());
    ArrayNode tiers = root.putArray("tiers");
    for (Tier tier : policy.tiers()) {
      ObjectNode node = tiers.addObject();
      node.put("id", tier.id());
      node.put("name", tier.name());
      node.put("match", spell(tier.rule().match()));
      if (tier.rule().match() == Match.AT_LEAST) {
        node.put("atLeast", tier.rule().atLeast());
      }
      ArrayNode criteria = node.putArray("criteria");
      for (Criterion criterion : tier.rule().criteria()) {
        criteria.addObject().put("metric", spell(criterion.metric())).put("minimum", criterion.minimum());
      }
      ArrayNode benefits = node.putArray("benefits");
      tier.benefits().forEach(b -> benefits.add(benefit(b)));
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("policy could not be written as JSON", e);
    }
  }

  private static ObjectNode window(QualificationWindow window) {
    ObjectNode node = MAPPER.createObjectNode();
    if (window instanceof RollingWindow) {
      node.put("type", "rolling").put("days", ((RollingWindow) window).days());
    } else if (window instanceof CalendarWindow) {
      node.put("type", "calendar").put("months", ((CalendarWindow) window).months());
    } else {
      node.put("type", "anniversary").put("months", ((AnniversaryWindow) window).months());
    }
    return node;
  }

  private static ObjectNode benefit(Benefit benefit) {
    ObjectNode node = MAPPER.createObjectNode();
    if (benefit instanceof DiscountBenefit) {
      node.put("type", "discount").put("percent", ((DiscountBenefit) benefit).percent());
    } else if (benefit instanceof GiftBenefit) {
      node.put("type", "gift").put("description", ((GiftBenefit) benefit).description());
    } else if (benefit instanceof CustomBenefit) {
      CustomBenefit custom = (CustomBenefit) benefit;
      node.put("type", "custom").put("key", custom.key()).put("value", custom.value());
    } else {
      node.put("type", "priority-service");
    }
    return node;
  }

  /**
   * Reads a policy.
   *
   * @param json the JSON document
   * @return the policy
   * @throws IllegalArgumentException if the document is malformed or breaks a rule of the model;
   *     the message names the field path
   */
  public static TierPolicy read(String json) {
    requireNonNull(json, "json");
    try {
      return PolicyReader.read(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /**
   * Reads a policy from a reader, which is not closed.
   *
   * @param reader the JSON document
   * @return the policy
   * @throws IllegalArgumentException if the document is malformed or breaks a rule of the model
   * @throws UncheckedIOException if reading fails
   */
  public static TierPolicy read(Reader reader) {
    requireNonNull(reader, "reader");
    try {
      JsonNode root = MAPPER.readTree(reader);
      return PolicyReader.read(root);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException("policy JSON could not be read", e);
    }
  }

  private static IllegalArgumentException malformed(JsonProcessingException e) {
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr();
    return new IllegalArgumentException("policy JSON must be well-formed but was not" + where, e);
  }

  /** Spells an enum constant as the format does: lower case, hyphens. */
  static String spell(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
