package org.crmkit.core.interaction;

/** The kind of an interaction, one per record type of {@link Interaction}. */
public enum InteractionKind {
  /** A purchase or transaction ({@link Purchase}). */
  PURCHASE,
  /** A refund or return ({@link Refund}). */
  REFUND,
  /** A service record ({@link ServiceRecord}). */
  SERVICE,
  /** A complaint ({@link Complaint}). */
  COMPLAINT,
  /** A follow-up visit ({@link FollowUp}). */
  FOLLOW_UP,
  /** A communication record ({@link Communication}). */
  COMMUNICATION,
  /** A survey answer ({@link SurveyResponse}). */
  SURVEY_RESPONSE,
  /** A contract renewal ({@link Renewal}). */
  RENEWAL,
  /** A site or app visit ({@link SiteVisit}). */
  SITE_VISIT
}
