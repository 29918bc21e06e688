/**
 * Numerical support for the probabilistic churn and spend models: special functions (log-gamma,
 * digamma, the regularised incomplete beta function, the Gauss hypergeometric function), a BFGS
 * minimiser with a strong-Wolfe line search, and numerical Hessians with their inverse.
 *
 * <p>Everything public here is a stateless static function or an immutable value, safe to share
 * between threads. The special functions allocate nothing, except the hypergeometric continuation
 * beyond z = 1/2 (one two-element scratch array per call).
 */
package org.crmkit.scoring.math;
