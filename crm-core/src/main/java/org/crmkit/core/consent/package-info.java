/**
 * The consent ledger (同意/选退): append-only {@link org.crmkit.core.consent.ConsentEvent}s per
 * customer and purpose, the pure resolution rules of {@link org.crmkit.core.consent.ConsentLedger},
 * and the {@link org.crmkit.core.consent.ConsentGate} every module asks before processing.
 */
package org.crmkit.core.consent;
