/**
 * Numerical support for the probabilistic churn and spend models: special functions (log-gamma,
 * digamma, the regularised incomplete beta function, the Gauss hypergeometric function), a BFGS
 * minimiser with a strong-Wolfe line search, and numerical Hessians with their inverse.
 *
 * <p>Everything here is a pure, stateless static function or an immutable value, safe to share
 * between threads, and allocates nothing in the per-call hot paths of the special functions.
 */
package org.crmkit.scoring.math;
