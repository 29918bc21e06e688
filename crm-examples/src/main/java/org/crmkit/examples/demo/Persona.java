package org.crmkit.examples.demo;

import org.crmkit.core.customer.Customer;

/**
 * A generated customer with what the interaction and consent generators need beyond the record:
 * the timeline, the home city, how active the customer is and whether it holds a contract.
 *
 * @param customer the customer record
 * @param plan the life-cycle timeline the interactions follow
 * @param place the customer's city
 * @param activity a multiplier of the yearly interaction rates, around 1
 * @param contract whether the customer renews a yearly contract or membership
 */
record Persona(Customer customer, Plan plan, Place place, double activity, boolean contract) {}
