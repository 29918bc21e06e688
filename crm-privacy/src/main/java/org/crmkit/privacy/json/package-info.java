/**
 * JSON for crm-privacy: the privacy report, the access export and the anonymisation summary.
 * The only package that uses Jackson (optional dependency), through crm-core's {@code CrmJson}
 * mapper, so profiles are written in crm-core's export format.
 */
package org.crmkit.privacy.json;
