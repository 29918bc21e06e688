package org.crmkit.scoring.bgnbd;

import java.util.Arrays;
import org.crmkit.scoring.math.DifferentiableFunction;
import org.crmkit.scoring.math.SpecialFunctions;

/**
 * The negative BG/NBD log-likelihood of a table and its gradient, as a function of the
 * log-parameters φ = (ln r, ln α, ln a, ln b). Per customer (FHL 2005 eq. 6):
 *
 * <pre>
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *          + logsumexp( −(r+x) ln(α+T),  δ_{x>0} [ln a − ln(b+x−1) − (r+x) ln(α+t_x)] ).
 * </pre>
 *
 * <p>Terms that depend only on x are computed once per distinct x and weighted by the customers
 * having that x; customers without repeat purchases are summed per distinct T. A repeat buyer's
 * row costs at most two logarithms and one exponential (one logarithm each for ln(α+T) and
 * ln(α+t_x) unless their few distinct values are on a grid computed once per evaluation, and
 * ln(1 + e) taken once per block of rows as the logarithm of a product), with no allocation.
 * ln L is summed with Kahan compensation, so it is accurate to a few ulps even over millions of
 * rows. Not thread-safe (scratch arrays).
 */
final class BgNbdLikelihood implements DifferentiableFunction {
  private final int[] distinctX;
  private final double[] weightOfX; // customers per distinct x
  // Rows without repeat purchases, one per distinct T: T and total weight.
  private final double[] zeroAge;
  private final double[] zeroWeight;
  // Rows with x > 0: index into distinctX, x, t_x, T, weight.
  private final int[] rowX;
  private final double[] rowFrequency;
  private final double[] rowRecency;
  private final double[] rowAge;
  private final double[] rowWeight;
  // When few distinct times occur (day-grained data, or ages that are whole days while recencies
  // are continuous), logarithms and reciprocals are computed once per distinct T, and likewise per
  // distinct t_x, per evaluation; rows then index into these grids. Each grid is used on its own
  // (null index when the times are too diverse); a grid gives bit-for-bit the same terms.
  private final double[] ageGrid;
  private final double[] recencyGrid;
  private final int[] rowAgeIndex;
  private final int[] rowRecencyIndex;
  private final double[] lnAgeGrid;
  private final double[] inverseAgeGrid;
  private final double[] lnRecencyGrid;
  private final double[] inverseRecencyGrid;
  private final double[] lnOddsOfX;
  private final double[] inverseBxOfX;
  private final double[] theta = new double[4];
  private final double[] naturalGradient = new double[4];

  BgNbdLikelihood(FrequencyRecencyTable table) {
    int[] x = table.frequencies();
    double[] tx = table.recencies();
    double[] age = table.ages();
    long[] count = table.counts();
    int maxX = 0;
    int zeros = 0;
    for (int i = 0; i < x.length; i++) {
      maxX = Math.max(maxX, x[i]);
      zeros += x[i] == 0 ? 1 : 0;
    }
    // Distinct x values, in increasing order, via a presence map when x is small enough.
    int[] indexOfX = null;
    int[] distinct;
    if (maxX <= 4 * x.length + 1024) {
      indexOfX = new int[maxX + 1];
      Arrays.fill(indexOfX, -1);
      for (int v : x) {
        indexOfX[v] = 0;
      }
      int k = 0;
      for (int v = 0; v <= maxX; v++) {
        if (indexOfX[v] == 0) {
          indexOfX[v] = k++;
        }
      }
      distinct = new int[k];
      for (int v = 0; v <= maxX; v++) {
        if (indexOfX[v] >= 0) {
          distinct[indexOfX[v]] = v;
        }
      }
    } else {
      distinct = Arrays.stream(x).distinct().sorted().toArray();
    }
    this.distinctX = distinct;
    this.weightOfX = new double[distinct.length];
    this.lnOddsOfX = new double[distinct.length];
    this.inverseBxOfX = new double[distinct.length];
    int repeat = x.length - zeros;
    this.rowX = new int[repeat];
    this.rowFrequency = new double[repeat];
    this.rowRecency = new double[repeat];
    this.rowAge = new double[repeat];
    this.rowWeight = new double[repeat];
    double[] rawZeroAge = new double[zeros];
    double[] rawZeroWeight = new double[zeros];
    int z = 0;
    int p = 0;
    for (int i = 0; i < x.length; i++) {
      int k = indexOfX != null ? indexOfX[x[i]] : Arrays.binarySearch(distinct, x[i]);
      weightOfX[k] += count[i];
      if (x[i] == 0) {
        rawZeroAge[z] = age[i];
        rawZeroWeight[z] = count[i];
        z++;
      } else {
        rowX[p] = k;
        rowFrequency[p] = x[i];
        rowRecency[p] = tx[i];
        rowAge[p] = age[i];
        rowWeight[p] = count[i];
        p++;
      }
    }
    // Customers without repeat purchases contribute through T alone: one row per distinct T.
    this.zeroAge = distinctSorted(rawZeroAge);
    this.zeroWeight = new double[zeroAge.length];
    for (int i = 0; i < zeros; i++) {
      zeroWeight[Arrays.binarySearch(zeroAge, rawZeroAge[i])] += rawZeroWeight[i];
    }
    double[] ages = repeat >= 64 ? distinctSorted(rowAge) : new double[0];
    double[] recencies = repeat >= 64 ? distinctSorted(rowRecency) : new double[0];
    boolean ageOnGrid = repeat >= 64 && ages.length <= repeat / 2;
    boolean recencyOnGrid = repeat >= 64 && recencies.length <= repeat / 2;
    ageGrid = ageOnGrid ? ages : new double[0];
    recencyGrid = recencyOnGrid ? recencies : new double[0];
    rowAgeIndex = ageOnGrid ? gridIndex(ages, rowAge) : null;
    rowRecencyIndex = recencyOnGrid ? gridIndex(recencies, rowRecency) : null;
    lnAgeGrid = new double[ageGrid.length];
    inverseAgeGrid = new double[ageGrid.length];
    lnRecencyGrid = new double[recencyGrid.length];
    inverseRecencyGrid = new double[recencyGrid.length];
  }

  private static int[] gridIndex(double[] grid, double[] values) {
    int[] index = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      index[i] = Arrays.binarySearch(grid, values[i]);
    }
    return index;
  }

  private static double[] distinctSorted(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[n - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /** Returns the log-likelihood at natural parameters, writing its gradient in them. */
  double logLikelihood(double r, double alpha, double a, double b, double[] gradient) {
    double lnAlpha = Math.log(alpha);
    double lnA = Math.log(a);
    double psiR = SpecialFunctions.digamma(r);
    double psiB = SpecialFunctions.digamma(b);
    double psiAb = SpecialFunctions.digamma(a + b);
    double constant = r * lnAlpha - SpecialFunctions.lnGamma(r) + SpecialFunctions.lnGamma(a + b)
        - SpecialFunctions.lnGamma(b);
    double ll = 0;
    double gr = 0;
    double galpha = 0;
    double ga = 0;
    double gb = 0;
    for (int k = 0; k < distinctX.length; k++) {
      int v = distinctX[k];
      double w = weightOfX[k];
      double psiRx = SpecialFunctions.digamma(r + v);
      double psiBx = SpecialFunctions.digamma(b + v);
      double psiAbx = SpecialFunctions.digamma(a + b + v);
      ll += w * (constant + SpecialFunctions.lnGamma(r + v) + SpecialFunctions.lnGamma(b + v)
          - SpecialFunctions.lnGamma(a + b + v));
      gr += w * (psiRx - psiR + lnAlpha);
      galpha += w * r / alpha;
      ga += w * (psiAb - psiAbx);
      gb += w * (psiAb + psiBx - psiB - psiAbx);
      if (v > 0) {
        lnOddsOfX[k] = lnA - Math.log(b + v - 1.0);
        inverseBxOfX[k] = 1.0 / (b + v - 1.0);
      }
    }
    for (int i = 0; i < zeroAge.length; i++) {
      double w = zeroWeight[i];
      double s = alpha + zeroAge[i];
      ll -= w * r * Math.log(s);
      gr -= w * Math.log(s);
      galpha -= w * r / s;
    }
    double[] sums = repeatRows(r, alpha);
    ll += sums[0];
    gr += sums[1];
    galpha += sums[2];
    double sumDropped = sums[3];
    double sumDroppedOverBx = sums[4];
    ga += sumDropped / a;
    gb -= sumDroppedOverBx;
    gradient[0] = gr;
    gradient[1] = galpha;
    gradient[2] = ga;
    gradient[3] = gb;
    return ll;
  }

  private final double[] sums = new double[5];
  // At most 2^512 for factors in [1, 2]: far from overflow.
  private static final int PRODUCT_BLOCK = 512;

  /**
   * Sums over rows with x &gt; 0: the log-sum-exp term and its r and α derivatives, Σ w P(dropped)
   * and Σ w P(dropped) / (b + x − 1), into {@link #sums}.
   */
  private double[] repeatRows(double r, double alpha) {
    for (int j = 0; j < ageGrid.length; j++) {
      double s = alpha + ageGrid[j];
      lnAgeGrid[j] = Math.log(s);
      inverseAgeGrid[j] = 1.0 / s;
    }
    for (int j = 0; j < recencyGrid.length; j++) {
      double s = alpha + recencyGrid[j];
      lnRecencyGrid[j] = Math.log(s);
      inverseRecencyGrid[j] = 1.0 / s;
    }
    boolean ageOnGrid = rowAgeIndex != null;
    boolean recencyOnGrid = rowRecencyIndex != null;
    double ll = 0;
    double gr = 0;
    double galpha = 0;
    double sumDropped = 0;
    double sumDroppedOverBx = 0;
    // Σ ln(1 + e) over rows of weight one is taken as the logarithm of a product, one logarithm
    // per block instead of one per row; factors are in [1, 2], so a block cannot overflow.
    double product = 1.0;
    int factors = 0;
    double compensation = 0;
    for (int i = 0; i < rowX.length; i++) {
      int k = rowX[i];
      double w = rowWeight[i];
      double rx = r + rowFrequency[i];
      double lnT;
      double invT;
      if (ageOnGrid) {
        int ti = rowAgeIndex[i];
        lnT = lnAgeGrid[ti];
        invT = inverseAgeGrid[ti];
      } else {
        double sT = alpha + rowAge[i];
        lnT = Math.log(sT);
        invT = 1.0 / sT;
      }
      double lnTx;
      double invTx;
      if (recencyOnGrid) {
        int xi = rowRecencyIndex[i];
        lnTx = lnRecencyGrid[xi];
        invTx = inverseRecencyGrid[xi];
      } else {
        double sTx = alpha + rowRecency[i];
        lnTx = Math.log(sTx);
        invTx = 1.0 / sTx;
      }
      double alive = -rx * lnT;
      double dropped = lnOddsOfX[k] - rx * lnTx;
      double d = dropped - alive;
      double larger;
      double onePlus;
      double pDropped;
      // log1p's precision for tiny e is not needed in a sum of log-likelihoods; log is faster.
      if (d <= 0) {
        double e = Math.exp(d);
        onePlus = 1.0 + e;
        larger = alive;
        pDropped = e / onePlus;
      } else {
        double e = Math.exp(-d);
        onePlus = 1.0 + e;
        larger = dropped;
        pDropped = 1.0 / onePlus;
      }
      double term;
      if (w == 1.0) {
        term = larger;
        product *= onePlus;
        if (++factors == PRODUCT_BLOCK) {
          term += Math.log(product);
          product = 1.0;
          factors = 0;
        }
      } else {
        term = w * (larger + Math.log(onePlus));
      }
      // Kahan summation: a plain sum of a million terms would carry a rounding error far above
      // the minimiser's function tolerance (10⁻¹⁵ |ln L|), so its stopping test would see noise.
      double y = term - compensation;
      double t = ll + y;
      compensation = (t - ll) - y;
      ll = t;
      double pAlive = 1.0 - pDropped;
      gr -= w * (pAlive * lnT + pDropped * lnTx);
      galpha -= w * rx * (pAlive * invT + pDropped * invTx);
      sumDropped += w * pDropped;
      sumDroppedOverBx += w * pDropped * inverseBxOfX[k];
    }
    ll += Math.log(product) - compensation;
    sums[0] = ll;
    sums[1] = gr;
    sums[2] = galpha;
    sums[3] = sumDropped;
    sums[4] = sumDroppedOverBx;
    return sums;
  }

  /** Negative log-likelihood in log-parameters, for the minimiser. */
  @Override
  public double evaluate(double[] phi, double[] gradient) {
    for (int i = 0; i < 4; i++) {
      theta[i] = Math.exp(phi[i]);
      if (!(theta[i] > 0 && theta[i] < Double.POSITIVE_INFINITY)) {
        return Double.POSITIVE_INFINITY;
      }
    }
    double ll = logLikelihood(theta[0], theta[1], theta[2], theta[3], naturalGradient);
    for (int i = 0; i < 4; i++) {
      gradient[i] = -naturalGradient[i] * theta[i];
    }
    return -ll;
  }

  /** The negative log-likelihood in natural parameters, for the Hessian. */
  DifferentiableFunction natural() {
    return (t, gradient) -> {
      double ll = logLikelihood(t[0], t[1], t[2], t[3], gradient);
      for (int i = 0; i < 4; i++) {
        gradient[i] = -gradient[i];
      }
      return -ll;
    };
  }
}
