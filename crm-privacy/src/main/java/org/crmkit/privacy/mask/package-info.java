/**
 * Masking (脱敏) and generalisation operators: pure, stateless functions on values.
 *
 * <p>{@link org.crmkit.privacy.mask.Masks} keeps the first and last characters of a value and
 * hides the rest, counted in code points so that Chinese text and emoji keep their length; a
 * value no longer than the kept characters is hidden completely, never shown whole; every mask is
 * idempotent. {@link org.crmkit.privacy.mask.Generalisations} turns numbers into bands, dates
 * into years or months and regions into their parent.
 */
package org.crmkit.privacy.mask;
