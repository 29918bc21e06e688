/**
 * Net Promoter Score (净推荐值, seed 003) with honest uncertainty.
 *
 * <p>Only answers on the 0–10 {@link org.crmkit.core.interaction.Scale#NPS NPS scale} count:
 * {@link org.crmkit.scoring.nps.NpsAccumulator#add(org.crmkit.core.interaction.SurveyResponse)}
 * rejects any other question rather than silently mixing scales; filter a mixed stream with
 * {@link org.crmkit.scoring.nps.NpsStatistics#isNpsResponse}. Promoters answer 9–10, passives
 * 7–8, detractors 0–6; NPS = %promoters − %detractors, in points (−100..100).
 *
 * <p>{@link org.crmkit.scoring.nps.NpsStatistics} reports the standard error from the
 * per-response variance {@code (p + d) − (p − d)²}, Wald and adjusted-Wald (Rocks 2016)
 * intervals at any confidence level, a minimum-sample flag, and {@link
 * org.crmkit.scoring.nps.NpsComparison two-sample z-tests}. Breakdowns and trends come from
 * {@link org.crmkit.scoring.stats.Accumulators}.
 */
package org.crmkit.scoring.nps;
