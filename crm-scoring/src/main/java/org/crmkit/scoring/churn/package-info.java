/**
 * Churn early warning (客户流失预警, seed 001), the health score, churn kinds and win-back return
 * (seed 004), tied to the customer's consent.
 *
 * <p>{@link org.crmkit.scoring.churn.EarlyWarning} compares each customer's recent behaviour with
 * the customer's own baseline (purchase interval, purchase, interaction and visit frequency,
 * spend), looks at complaints, satisfaction answers and renewals, and returns a 0–100 {@link
 * org.crmkit.scoring.churn.HealthScore} with its factor breakdown and {@link
 * org.crmkit.scoring.churn.ChurnWarning}s that carry a severity, a reason (price, quality,
 * service, competitor — seed 001), the evidence and a suggested retention action. Thresholds are in
 * {@link org.crmkit.scoring.churn.EarlyWarningPolicy}.
 *
 * <p><b>Consent.</b> An individual churn score or warning is profiling for automated decisions
 * (PIPL art. 24; the 自动决策 opt-out of seed 000). Before anything is computed, the engine asks
 * the {@link org.crmkit.core.consent.ConsentGate} (or the profile's own {@link
 * org.crmkit.core.consent.ConsentLedger}) about {@link
 * org.crmkit.core.consent.Purpose#AUTOMATED_DECISION}; a customer who opted out (or withdrew) gets
 * a {@link org.crmkit.scoring.churn.NotScored} result — "not scored: opted out" — and never a
 * score, a warning or a probability. Fitting aggregate models ({@link
 * org.crmkit.scoring.bgnbd.BgNbdFitter}, {@link org.crmkit.scoring.spend.GammaGammaFitter}) may
 * still use every customer's data: four population parameters decide nothing about any one
 * person, the same way an opted-out customer still counts in revenue totals.
 *
 * <p>{@link org.crmkit.scoring.churn.ProbabilityAliveScorer} applies the same rule to bare BG/NBD
 * scores (P(alive), expected purchases) of a calibration summary.
 *
 * <p>Churned customers are labelled with one of the six {@link org.crmkit.scoring.churn.ChurnKind}s
 * and win-back campaigns are judged by their return on investment with the mergeable {@link
 * org.crmkit.scoring.churn.WinBackAccumulator}.
 */
package org.crmkit.scoring.churn;
