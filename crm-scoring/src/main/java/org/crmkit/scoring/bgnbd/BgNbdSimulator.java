package org.crmkit.scoring.bgnbd;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws synthetic customers from the BG/NBD model: for each customer λ ~ Gamma(r, rate α) and p ~
 * Beta(a, b); from a first purchase at time 0 the customer buys at the times of a Poisson process
 * with rate λ and, right after each repeat purchase, drops out with probability p; purchases are
 * observed up to the customer's age T. Deterministic for a seed (SplittableRandom). Stateless and
 * thread-safe.
 *
 * <p>Gamma variates by Marsaglia &amp; Tsang (2000), "A simple method for generating gamma
 * variables", <i>ACM TOMS</i> 26(3), with the boost U<sup>1/k</sup> for shapes below 1; Beta
 * variates as X / (X + Y) of two Gammas.
 */
public final class BgNbdSimulator {

  private BgNbdSimulator() {}

  /**
   * Simulates customers who all have the same age T.
   *
   * @param parameters the model
   * @param customers how many, ≥ 0
   * @param age T, finite and ≥ 0
   * @param seed the random seed
   * @return one row per customer
   * @throws IllegalArgumentException if the count is negative or the age invalid
   */
  public static FrequencyRecencyTable simulate(BgNbdParameters parameters, int customers, double age, long seed) {
    checkArgument(customers >= 0, "customers must be >= 0 but was %s", customers);
    double[] ages = new double[customers];
    Arrays.fill(ages, age);
    return simulate(parameters, ages, seed);
  }

  /**
   * Simulates one customer per given age T.
   *
   * @param parameters the model
   * @param ages T per customer, each finite and ≥ 0
   * @param seed the random seed
   * @return one row per customer, in the order of the ages
   * @throws IllegalArgumentException if an age is negative or not finite
   */
  public static FrequencyRecencyTable simulate(BgNbdParameters parameters, double[] ages, long seed) {
    requireNonNull(parameters, "parameters");
    requireNonNull(ages, "ages");
    SplittableRandom random = new SplittableRandom(seed);
    int n = ages.length;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] t = ages.clone();
    for (int i = 0; i < n; i++) {
      checkArgument(Double.isFinite(t[i]) && t[i] >= 0, "age must be finite and >= 0 but was %s at %s", Double.valueOf(t[i]), i);
      double lambda = gamma(random, parameters.r()) / parameters.alpha();
      double x1 = gamma(random, parameters.a());
      double p = x1 / (x1 + gamma(random, parameters.b()));
      double time = 0;
      int purchases = 0;
      double last = 0;
      while (true) {
        time += -Math.log(1.0 - random.nextDouble()) / lambda;
        if (!(time <= t[i])) {
          break;
        }
        purchases++;
        last = time;
        if (random.nextDouble() < p) {
          break;
        }
      }
      x[i] = purchases;
      tx[i] = last;
    }
    return FrequencyRecencyTable.wrap(x, tx, t, ones(n));
  }

  private static long[] ones(int n) {
    long[] ones = new long[n];
    Arrays.fill(ones, 1L);
    return ones;
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang. */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1.0) {
      double u = random.nextDouble();
      return gamma(random, shape + 1.0) * Math.pow(u, 1.0 / shape);
    }
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double z;
      double v;
      do {
        z = random.nextGaussian();
        v = 1.0 + c * z;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1.0 - 0.0331 * z * z * z * z || Math.log(u) < 0.5 * z * z + d * (1.0 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
