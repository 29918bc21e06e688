/**
 * The customer tier engine (客户级别, seed 001): a configurable ladder — by default none &lt;
 * Silver &lt; Gold &lt; Platinum &lt; Diamond — with criteria on spend, purchases, tenure and
 * points combined all / any / at least N, and benefits per tier.
 *
 * <p>Two steps, kept apart so the second is fast: {@link
 * org.crmkit.scoring.tier.TierMetricsAggregator} turns purchases and refunds into {@link
 * org.crmkit.scoring.tier.TierMetrics}; {@link org.crmkit.scoring.tier.TierPolicy#qualifiedRank}
 * and {@link org.crmkit.scoring.tier.TierEngine} evaluate metrics against the policy. {@link
 * org.crmkit.scoring.tier.TierEngine#evaluate(org.crmkit.scoring.tier.TierMember,
 * java.util.Collection, java.time.LocalDate)} replays a member's review periods for an explicit
 * as-of day: upgrades apply at once, downgrades only at a period end ({@link
 * org.crmkit.scoring.tier.DowngradeMode}, optional grace), refunds reverse their order's spend,
 * and overrides apply as floor or pin ({@link org.crmkit.scoring.tier.OverrideMode}). Every
 * decision carries a {@link org.crmkit.scoring.tier.TierTrace}.
 *
 * <p><b>Boundaries.</b> Reaching a minimum exactly qualifies. Windows and periods include both
 * their first and last day, in the policy's zone; nothing before enrolment counts.
 * {@link org.crmkit.scoring.tier.TierThresholds} proposes minimums from target shares.
 */
package org.crmkit.scoring.tier;
