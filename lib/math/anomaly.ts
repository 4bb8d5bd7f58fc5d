import { MathInputError, requireFinite } from "./errors";

/**
 * Price anomaly detection against a history of observations (same unit as `value`, e.g. USD/h).
 *
 * "z-score" (default): z = (x − μ) / σ with the POPULATION standard deviation
 * σ = √(Σ(xᵢ − μ)² / n) — the history is treated as the whole reference population, not a sample
 * — flagged when |z| > 3 (the three-sigma rule).
 *
 * "modified-z-score" (robust): M = 0.6745 (x − x̃) / MAD with x̃ the median and
 * MAD = median |xᵢ − x̃|, flagged when |M| > 3.5 (B. Iglewicz & D. Hoaglin, "How to Detect and
 * Handle Outliers", ASQC 1993). 0.6745 = Φ⁻¹(0.75) makes MAD consistent with σ for normal data,
 * and one earlier spike cannot inflate the scale the way it inflates σ. When MAD = 0 (over half
 * the history identical) we use M = (x − x̃) / (1.253314 · MeanAD), MeanAD = mean |xᵢ − x̃|
 * (1.253314 = √(π/2), the same consistency for the mean absolute deviation; the usual fallback,
 * e.g. IBM SPSS's modified z).
 *
 * Degenerate input: empty history, NaN/±Infinity or |x| > 1e150 (whose squares would overflow
 * σ) in history or value, or a threshold that is not a finite number > 0 throw `MathInputError`. When the scale is 0 (constant history): a value
 * equal to the centre gives z = 0, not anomalous; any other value is infinitely many deviations
 * away — reported as `isAnomaly: true, zScore: null` (null is the documented sentinel; we never
 * return NaN or ±Infinity). `details` always carries mean, std, median and MAD.
 */
export type AnomalyMethod = "z-score" | "modified-z-score";

export interface AnomalyOptions {
  method?: AnomalyMethod;
  /** flag when |score| > threshold; default 3 (z-score) or 3.5 (modified z-score) */
  threshold?: number;
}

export interface AnomalyResult {
  isAnomaly: boolean;
  /** z or modified z; null when the scale is 0 and the value differs from the centre */
  zScore: number | null;
  details: {
    mean: number;
    std: number;
    median: number;
    mad: number;
    method: AnomalyMethod;
    threshold: number;
  };
}

export function detectAnomaly(
  history: readonly number[],
  value: number,
  options: AnomalyOptions = {},
): AnomalyResult {
  if (history.length === 0) throw new MathInputError("history", "must contain at least one observation");
  history.forEach((x, i) => {
    requireModerate(`history[${i}]`, x);
  });
  requireModerate("value", value);
  const method = options.method ?? "z-score";
  if (method !== "z-score" && method !== "modified-z-score") {
    throw new MathInputError("method", `must be "z-score" or "modified-z-score", got ${String(method)}`);
  }
  const threshold = options.threshold ?? (method === "z-score" ? 3 : 3.5);
  if (!Number.isFinite(threshold) || threshold <= 0) {
    throw new MathInputError("threshold", `must be a finite number > 0, got ${threshold}`);
  }

  const n = history.length;
  const first = history[0] ?? 0;
  // Exact for a constant history (Σ of n equal values / n can be off by an ulp, making σ ≠ 0).
  const constant = history.every((x) => x === first);
  const mean = constant ? first : history.reduce((acc, x) => acc + x, 0) / n;
  const std = constant ? 0 : populationStd(history, mean);
  const median = medianOf(history);
  const deviations = history.map((x) => Math.abs(x - median));
  const mad = medianOf(deviations);
  const details = { mean, std, median, mad, method, threshold };

  let center = mean;
  let scale = std; // deviation of `value` is (value − center) / scale
  if (method === "modified-z-score") {
    center = median;
    const meanAbsoluteDeviation = deviations.reduce((acc, d) => acc + d, 0) / n;
    scale = mad > 0 ? mad / 0.6745 : 1.253314 * meanAbsoluteDeviation;
  }
  if (scale === 0) {
    return value === center
      ? { isAnomaly: false, zScore: 0, details }
      : { isAnomaly: true, zScore: null, details };
  }
  const zScore = (value - center) / scale;
  // A subnormal scale can still overflow the quotient: that is the infinite-deviation case too.
  if (!Number.isFinite(zScore)) return { isAnomaly: true, zScore: null, details };
  return { isAnomaly: Math.abs(zScore) > threshold, zScore, details };
}

/** √(Σ(x − μ)² / n), summed in units of max |x − μ| so tiny deviations do not underflow to 0. */
function populationStd(values: readonly number[], mean: number): number {
  const largest = values.reduce((acc, x) => Math.max(acc, Math.abs(x - mean)), 0);
  if (largest === 0) return 0;
  const sum = values.reduce((acc, x) => acc + ((x - mean) / largest) ** 2, 0);
  return largest * Math.sqrt(sum / values.length);
}

function requireModerate(field: string, x: number): void {
  requireFinite(field, x);
  if (Math.abs(x) > 1e150)
    throw new MathInputError(field, `magnitude above 1e150 is not supported, got ${x}`);
}

/** Median; the mean of the two middle values for even n. */
function medianOf(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}
