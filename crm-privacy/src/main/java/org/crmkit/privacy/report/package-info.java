/**
 * The privacy report (seed 000 §3(4)) for the privacy officer or an auditor, generated from the
 * data dictionary, the view definitions and access policy, the access log and the request log:
 * the logical data model with each field's category, each view with the roles that may read it
 * and the transform it applies to each field, which applications used which views for which
 * purposes (counts, first and last use), consent refusals per purpose, pending and overdue
 * customer requests, and whether the access-log chain verifies.
 *
 * <p>{@link org.crmkit.privacy.report.PrivacyReports#generate} builds a {@link
 * org.crmkit.privacy.report.PrivacyReport}; {@link
 * org.crmkit.privacy.report.PrivacyReport#toMarkdown()} renders it as Markdown and {@code
 * org.crmkit.privacy.json.PrivacyJson#report} as JSON. The report holds ids, field names and
 * counts only, never personal data.
 */
package org.crmkit.privacy.report;
