package org.crmkit.examples.demo;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Random choices for the generator, all drawn from a caller's seeded {@link SplittableRandom}. */
final class Pick {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Pick() {}

  /**
   * Returns a well-mixed seed for one stream of one record (Stafford's mix13 finaliser), so that
   * every record can be generated on its own, in any order, with the same result.
   */
  static long seed(long seed, long index, int stream) {
    long z = seed + GOLDEN * (index + 1) + 0xBF58476D1CE4E5B9L * (stream + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Returns a uniform number in [0, 1) derived from the seed alone, without a generator. */
  static double unit(long seed, long index, int stream) {
    return (seed(seed, index, stream) >>> 11) * 0x1.0p-53;
  }

  static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }

  static <T> T one(SplittableRandom rng, List<T> values) {
    return values.get(rng.nextInt(values.size()));
  }

  static <T> T one(SplittableRandom rng, T[] values) {
    return values[rng.nextInt(values.length)];
  }

  /** Returns an index drawn with the given weights (not necessarily summing to 1). */
  static int weighted(SplittableRandom rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static <E> E weighted(SplittableRandom rng, E[] values, double[] weights) {
    return values[weighted(rng, weights)];
  }

  /** Returns a Poisson-distributed count (Knuth's method; means here are small). */
  static int poisson(SplittableRandom rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      // Normal approximation keeps the loop short for very active customers.
      return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian(rng)));
    }
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      count++;
    }
    return count;
  }

  static double gaussian(SplittableRandom rng) {
    // Box-Muller; one value per call is enough here.
    double u = 1.0 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Returns an exponentially distributed number of seconds with the given mean in days. */
  static long expSeconds(SplittableRandom rng, double meanDays) {
    return (long) (-Math.log(1.0 - rng.nextDouble()) * meanDays * 86_400);
  }

  /** Returns a uniform instant in [from, to), whole seconds; {@code from} if the range is empty. */
  static Instant between(SplittableRandom rng, Instant from, Instant to) {
    long a = from.getEpochSecond();
    long b = to.getEpochSecond();
    return b <= a ? from : Instant.ofEpochSecond(a + rng.nextLong(b - a));
  }

  /** Returns {@code n} random decimal digits. */
  static String digits(SplittableRandom rng, int n) {
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = (char) ('0' + rng.nextInt(10));
    }
    return new String(out);
  }
}
