/**
 * Contracts and renewals (续约, seed 001): {@link org.crmkit.core.renewal.Contract} (term and end
 * date), {@link org.crmkit.core.renewal.RenewalPlanner} (which contracts are due for renewal in a
 * window, which lapsed undecided), and {@link org.crmkit.core.renewal.RenewalFigures} (renewal rate
 * by count and by amount). Outcomes are the {@link org.crmkit.core.interaction.Renewal}
 * interactions. Pure functions of their inputs and an explicit as-of date.
 */
package org.crmkit.core.renewal;
