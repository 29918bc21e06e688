/**
 * Keyed pseudonyms and the host's keys. {@link org.crmkit.privacy.pseudonym.Pseudonymizer} turns
 * a value into a stable token with HMAC-SHA-256 under a secret key and a context, never a bare
 * hash (a bare hash of a phone number is reversed by trying all numbers). Keys come only from a
 * host-provided {@link org.crmkit.privacy.pseudonym.KeySource}; no key is in code, logs or output.
 * {@link org.crmkit.privacy.pseudonym.FieldCipher} encrypts, reversibly (AES-GCM), the fields a
 * host must be able to recover.
 */
package org.crmkit.privacy.pseudonym;
