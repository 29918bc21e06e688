package org.crmkit.scoring.nps;

/** How an NPS confidence interval is computed. */
public enum NpsMethod {
  /**
   * The Wald interval: {@code NPS ± z·SE} with {@code SE = sqrt(((p + d) − (p − d)²) / n)}, on
   * the observed counts. Simple, but it under-covers at small samples and extreme scores.
   */
  WALD,
  /**
   * The adjusted-Wald interval of Rocks (2016), "Interval estimation for the 'net promoter
   * score'", The American Statistician 70(4): add 0.75 detractors, 1.5 passives and 0.75
   * promoters (3 responses in all), then take the Wald interval of the adjusted counts. Its
   * coverage is close to nominal even at small n; the default.
   */
  ADJUSTED_WALD
}
