/**
 * Follow-up planning (回访, seeds 001 and 002): contact cadence by tier or segment ({@link
 * org.crmkit.core.followup.CadencePolicy}, default every 14 days), milestone follow-ups ({@link
 * org.crmkit.core.followup.MilestoneRules}), birthday and holiday care ({@link
 * org.crmkit.core.followup.CareCalendar}), requests, and the plan in priority order ({@link
 * org.crmkit.core.followup.FollowUpPlanner}, {@link org.crmkit.core.followup.FollowUpService}).
 *
 * <p>The consent rule: a marketing follow-up is never planned for a customer whose
 * direct-marketing consent does not allow it; service and relationship follow-ups stay planned.
 * See {@link org.crmkit.core.followup.FollowUpPlanner} for the exact rule. {@link
 * org.crmkit.core.followup.FollowUpRates} gives the follow-up rate per account manager.
 */
package org.crmkit.core.followup;
