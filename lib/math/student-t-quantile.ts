import { MathInputError } from "./errors";
import { normalQuantile } from "./normal-quantile";

/**
 * Two-sided Student-t critical value: the t > 0 with P(|T_ν| ≤ t) = level, i.e. the
 * (1 + level)/2 quantile of Student's t with ν degrees of freedom (t = 4.3027 for level 0.95,
 * ν = 2). Used for prediction intervals from few points, where the normal 1.96 is far too narrow.
 *
 * Method: G. W. Hill, "Algorithm 396: Student's t-quantiles", Comm. ACM 13(10), 1970 — exact
 * closed forms for ν = 1 (t = cot(πα/2), α = 1 − level) and ν = 2 (t = √(2/(α(2 − α)) − 2)), and
 * for ν ≥ 3 an asymptotic expansion around the normal quantile (normal-quantile.ts) with Hill's
 * empirical corrections. Checked against the exact t CDF (Abramowitz & Stegun 26.7.3–4) in the
 * tests: |P(|T| ≤ t) − level| < 1e-4 for ν ≥ 1 and level in [0.5, 0.999].
 *
 * Degenerate input: ν must be a positive integer and level strictly inside (0, 1); otherwise
 * `MathInputError`.
 */
export function studentTCritical(level: number, degreesOfFreedom: number): number {
  if (!(level > 0 && level < 1))
    throw new MathInputError("level", `must be strictly between 0 and 1, got ${level}`);
  const n = degreesOfFreedom;
  if (!Number.isInteger(n) || n < 1) {
    throw new MathInputError("degreesOfFreedom", `must be a positive integer, got ${degreesOfFreedom}`);
  }
  const p = 1 - level; // two-tailed probability outside ±t
  if (n === 1) return 1 / Math.tan((p * Math.PI) / 2);
  if (n === 2) return Math.sqrt(2 / (p * (2 - p)) - 2);
  // Hill's constants, transcribed from the published algorithm.
  const a = 1 / (n - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * n;
  let x = d * p;
  let y = x ** (2 / n);
  if (y > 0.05 + a) {
    // Far tail of the expansion: start from the normal deviate and correct it.
    x = -normalQuantile(p / 2);
    y = x * x;
    if (n < 5) c += 0.3 * (n - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = a * y * y;
    y = y > 0.002 ? Math.exp(y) - 1 : 0.5 * y * y + y;
  } else {
    y =
      ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1) *
        ((n + 1) / (n + 2)) +
      1 / y;
  }
  return Math.sqrt(n * y);
}
