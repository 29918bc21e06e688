package org.crmkit.scoring.rfm;

/** How RFM quintiles treat equal values. */
public enum TiePolicy {
  /**
   * Value thresholds (the default): the cut points are the 20th, 40th, 60th and 80th percentiles
   * of the values (linear interpolation between order statistics, Hyndman &amp; Fan 1996 type 7,
   * the default of R and NumPy), and a value scores the first quintile whose upper cut point it
   * does not exceed. Equal values always score the same, so a quintile can be empty when many
   * customers share a value.
   */
  VALUE_THRESHOLDS,
  /**
   * Rank-based: customers are ranked by value (ties broken by customer id, so the result does not
   * depend on input order) and the ranks cut into five near-equal groups, as pandas {@code
   * qcut(rank(method="first"), 5)} does. Every quintile has n/5 customers (±1), but equal values
   * can score differently.
   */
  RANK
}
