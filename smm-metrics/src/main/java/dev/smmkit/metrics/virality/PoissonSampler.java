package dev.smmkit.metrics.virality;

import java.nio.DoubleBuffer;
import java.util.SplittableRandom;

/**
 * Exact Poisson variates from a {@link SplittableRandom}.
 *
 * <p>Means below 10: sequential search by inversion (Devroye, <i>Non-Uniform Random Variate
 * Generation</i>, 1986, §X.3). Means of 10 and above: Hörmann's transformed rejection with squeeze,
 * PTRS (W. Hörmann, "The transformed rejection method for generating Poisson random variables",
 * Insurance: Mathematics and Economics 12, 1993), which costs O(1) per variate for any mean.
 */
final class PoissonSampler {
  private static final double PTRS_MIN_MEAN = 10.0;
  private static final int TABLE = 256;

  /** ln(k!) for k below {@link #TABLE}: a read-only view of a table no one else holds. */
  private static final DoubleBuffer LOG_FACTORIAL = logFactorials();

  private static DoubleBuffer logFactorials() {
    double[] table = new double[TABLE];
    double sum = 0.0;
    for (int i = 1; i < TABLE; i++) {
      sum += Math.log(i);
      table[i] = sum;
    }
    return DoubleBuffer.wrap(table).asReadOnlyBuffer();
  }

  private PoissonSampler() {}

  /**
   * One Poisson variate.
   *
   * @param random the generator
   * @param mean the mean, finite and {@code >= 0}
   * @return the variate
   */
  static long sample(SplittableRandom random, double mean) {
    if (mean <= 0.0) {
      return 0;
    }
    if (mean < PTRS_MIN_MEAN) {
      return inversion(random, mean);
    }
    return ptrs(random, mean);
  }

  private static long inversion(SplittableRandom random, double mean) {
    double u = random.nextDouble();
    double p = Math.exp(-mean);
    double cdf = p;
    long k = 0;
    while (u > cdf) {
      k++;
      p *= mean / k;
      double next = cdf + p;
      if (next == cdf) {
        break; // the remaining tail is below double resolution
      }
      cdf = next;
    }
    return k;
  }

  private static long ptrs(SplittableRandom random, double mean) {
    double slam = Math.sqrt(mean);
    double logLam = Math.log(mean);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      double kd = Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) {
        return (long) kd;
      }
      if (kd < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      long k = (long) kd;
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
          <= -mean + k * logLam - logFactorial(k)) {
        return k;
      }
    }
  }

  /** {@code ln(n!)}: a table below 256, Stirling's series with three correction terms above. */
  static double logFactorial(long n) {
    if (n < TABLE) {
      return LOG_FACTORIAL.get((int) n);
    }
    double x = n;
    double inv = 1.0 / x;
    double inv2 = inv * inv;
    return x * Math.log(x)
        - x
        + 0.5 * Math.log(2 * Math.PI * x)
        + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
  }
}
