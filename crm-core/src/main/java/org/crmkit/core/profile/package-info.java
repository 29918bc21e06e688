/** A customer's whole file — customer, interactions, consent history — as one value for export and import. */
package org.crmkit.core.profile;
