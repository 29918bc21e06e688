/**
 * Spend and customer lifetime value: the Gamma-Gamma model of the mean transaction value (Fader,
 * Hardie &amp; Lee 2005, "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis",
 * <i>Journal of Marketing Research</i> 42(4), 415–430; Fader &amp; Hardie 2013, "The Gamma-Gamma
 * Model of Monetary Value", technical note) and a discounted lifetime value that combines it with
 * the BG/NBD transaction forecast of {@link org.crmkit.scoring.bgnbd}.
 *
 * <p>Like the BG/NBD fit, the Gamma-Gamma fit is aggregate statistics and may use every repeat
 * customer; a value for one identified customer is profiling and goes through the consent check of
 * {@link org.crmkit.scoring.churn}.
 */
package org.crmkit.scoring.spend;
