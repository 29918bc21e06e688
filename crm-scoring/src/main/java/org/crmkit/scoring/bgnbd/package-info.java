/**
 * The BG/NBD ("beta-geometric / negative binomial distribution") model of repeat buying of
 * Fader, Hardie &amp; Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the
 * Pareto/NBD Model", <i>Marketing Science</i> 24(2), 275–284.
 *
 * <p>While active, a customer buys as a Poisson process with rate λ; after each repeat purchase
 * the customer drops out for good with probability p; across customers λ ~ Gamma(r, α) and p ~
 * Beta(a, b). The pieces:
 *
 * <ul>
 *   <li>{@link org.crmkit.scoring.bgnbd.TransactionSummarizer} turns a transaction log into the
 *       per-customer summary (x, t<sub>x</sub>, T) for an explicit calibration end and time unit,
 *       counting one transaction per customer per day;
 *   <li>{@link org.crmkit.scoring.bgnbd.FrequencyRecencyTable} holds such summaries, one row per
 *       customer or one row per distinct (x, t<sub>x</sub>, T) with a count;
 *   <li>{@link org.crmkit.scoring.bgnbd.BgNbdFitter} estimates (r, α, a, b) by maximum likelihood,
 *       with standard errors;
 *   <li>{@link org.crmkit.scoring.bgnbd.BgNbdModel} predicts P(alive), the conditional expected
 *       number of purchases, the unconditional expectation and P(X(t) = n);
 *   <li>{@link org.crmkit.scoring.bgnbd.BgNbdSimulator} draws synthetic customers from the model.
 * </ul>
 *
 * <p>Consent: fitting is aggregate statistics and may use every customer's data; a prediction for
 * one identified customer is profiling for automated decisions and goes through the consent check
 * of {@link org.crmkit.scoring.churn}. The functions here take bare numbers and know no customer.
 */
package org.crmkit.scoring.bgnbd;
