/** Test fixtures shared by the scoring tests: survey responses, purchases and refunds. */
package org.crmkit.scoring.testing;
