/**
 * Interactions with customers: purchases, refunds and returns, service records, complaints,
 * follow-ups, communications, survey responses, renewals and site visits — one sealed family
 * ({@link org.crmkit.core.interaction.Interaction}) of immutable, validated records.
 */
package org.crmkit.core.interaction;
