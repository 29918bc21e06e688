/**
 * The customer life cycle (客户关系生命周期, seed 003) derived from interactions: {@link
 * org.crmkit.core.lifecycle.LifecycleDeriver} moves customers awareness → interaction → transaction
 * → maintenance by their contacts, purchases and renewals, and raises exit candidates (or exits,
 * if configured) after inactivity or a lost renewal, always with the reason. Manual moves go
 * through {@link org.crmkit.core.lifecycle.LifecycleDeriver#moveManually} and only where {@link
 * org.crmkit.core.customer.LifecycleStage#canMoveTo} allows. {@link
 * org.crmkit.core.lifecycle.LifecycleService} applies both over storage.
 */
package org.crmkit.core.lifecycle;
