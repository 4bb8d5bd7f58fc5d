import { MathInputError, requireFinite, requireNonNegative } from "./errors";
import { studentTCritical } from "./student-t-quantile";

/**
 * Price prediction by ordinary least squares on time (a linear trend), with a prediction
 * interval from the residual standard deviation (Montgomery, Peck & Vining, "Introduction to
 * Linear Regression Analysis", §2.5). With x in hours and y in USD/h:
 *
 *   b = Sxy / Sxx,  ŷ(x₀) = ȳ + b (x₀ − x̄),  s² = Σ(y − ŷ)² / (n − 2)
 *   ŷ(x₀) ± t(level, n − 2) · s · √(1 + 1/n + (x₀ − x̄)² / Sxx)
 *
 * t is Student's critical value (student-t-quantile.ts): from a handful of points the normal
 * 1.96 would claim far more certainty than the data hold.
 *
 * Irregular timestamps: x is each point's actual time in hours (relative to the newest point,
 * for conditioning), not its index, so a 3-day gap weighs as three days and the slope is
 * USD/h per hour whatever the sampling rate. Input order does not matter; duplicate timestamps are
 * repeated measurements. OLS uses every point given: the caller chooses the window (the trend is
 * a local model — pass the last day or week, not a year).
 *
 * Methods and degenerate input:
 * - empty history, NaN/±Infinity timestamps, negative or non-finite prices, a level outside
 *   (0, 1) or a non-finite target time throw `MathInputError`;
 * - "single-point" (n = 1) and "constant" (all prices equal): that price, zero-width interval —
 *   there is no observed variation to extrapolate or to measure uncertainty from;
 * - "mean": n = 2, or all points at one timestamp: a trend cannot be fitted with a residual
 *   estimate, so ŷ = ȳ with interval ȳ ± t(level, n − 1) · s · √(1 + 1/n), s the sample std;
 * - "linear-trend": n ≥ 3 points at ≥ 2 distinct times, the formulas above;
 * - prices cannot be negative, so the prediction and both bounds are clamped at 0.
 */
export interface PricePoint {
  timestampMs: number;
  pricePerHourUsd: number;
}

export interface PricePredictionOptions {
  /** time to predict for (epoch ms); default: newest point + `horizonHours` */
  atMs?: number;
  /** default 1 */
  horizonHours?: number;
  /** interval coverage; default 0.95 */
  level?: number;
}

export type PredictionMethod = "single-point" | "constant" | "mean" | "linear-trend";

export interface PricePrediction {
  predictedPrice: number;
  confidenceInterval: { low: number; high: number; level: number };
  method: PredictionMethod;
  pointsUsed: number;
  /** fitted trend in USD/h per hour (0 unless method is "linear-trend") */
  slopeUsdPerHour: number;
}

const msPerHour = 3_600_000;

export function predictPrice(
  history: readonly PricePoint[],
  options: PricePredictionOptions = {},
): PricePrediction {
  const n = history.length;
  if (n === 0) throw new MathInputError("history", "must contain at least one price point");
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new MathInputError("level", `must be strictly between 0 and 1, got ${level}`);
  let newestMs = Number.NEGATIVE_INFINITY;
  history.forEach((p, i) => {
    newestMs = Math.max(newestMs, requireFinite(`history[${i}].timestampMs`, p.timestampMs));
    requireNonNegative(`history[${i}].pricePerHourUsd`, p.pricePerHourUsd);
  });
  const atMs =
    options.atMs ?? newestMs + requireFinite("horizonHours", options.horizonHours ?? 1) * msPerHour;
  const x0 = (requireFinite("atMs", atMs) - newestMs) / msPerHour;

  const first = history[0]?.pricePerHourUsd ?? 0;
  if (n === 1 || history.every((p) => p.pricePerHourUsd === first)) {
    return result(first, 0, level, n === 1 ? "single-point" : "constant", n, 0);
  }

  const xs = history.map((p) => (p.timestampMs - newestMs) / msPerHour);
  const ys = history.map((p) => p.pricePerHourUsd);
  const xMean = mean(xs);
  const yMean = mean(ys);
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - xMean) ** 2;
    sxy += (x - xMean) * ((ys[i] ?? 0) - yMean);
  });

  if (n < 3 || sxx === 0) {
    const s = Math.sqrt(ys.reduce((acc, y) => acc + (y - yMean) ** 2, 0) / (n - 1));
    return result(yMean, studentTCritical(level, n - 1) * s * Math.sqrt(1 + 1 / n), level, "mean", n, 0);
  }
  const slope = sxy / sxx;
  const residualSq = xs.reduce((acc, x, i) => acc + ((ys[i] ?? 0) - (yMean + slope * (x - xMean))) ** 2, 0);
  const s = Math.sqrt(residualSq / (n - 2));
  const standardError = s * Math.sqrt(1 + 1 / n + (x0 - xMean) ** 2 / sxx);
  const predicted = yMean + slope * (x0 - xMean);
  return result(predicted, studentTCritical(level, n - 2) * standardError, level, "linear-trend", n, slope);
}

function mean(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v, 0) / values.length;
}

function result(
  center: number,
  halfWidth: number,
  level: number,
  method: PredictionMethod,
  pointsUsed: number,
  slopeUsdPerHour: number,
): PricePrediction {
  return {
    predictedPrice: Math.max(0, center),
    confidenceInterval: {
      low: Math.max(0, center - halfWidth),
      high: Math.max(0, center + halfWidth),
      level,
    },
    method,
    pointsUsed,
    slopeUsdPerHour,
  };
}
