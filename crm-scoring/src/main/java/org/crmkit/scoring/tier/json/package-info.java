/**
 * Tier policies as JSON (Jackson, an optional dependency: only this package uses it). See {@link
 * org.crmkit.scoring.tier.json.TierPolicyJson} for the format.
 */
package org.crmkit.scoring.tier.json;
