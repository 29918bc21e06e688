/**
 * Walk-in and inbound reception rotation (接待顺序, seed 002): {@link
 * org.crmkit.core.reception.ReceptionRotation} assigns new visitors to reps in turn, sends a
 * visitor who names a rep, or a returning customer, to that rep without using a turn, and gives a
 * rep who was away catch-up turns on return. Every {@link org.crmkit.core.reception.Assignment}
 * says why that rep was chosen.
 */
package org.crmkit.core.reception;
