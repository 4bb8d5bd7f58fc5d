import type { DenseMatrix } from "./dense-matrix";
import { MathInputError, requireFinite, requirePositive } from "./errors";

/**
 * Feature vectors for content-based similarity. Offers (here) and workload profiles
 * (profile-features.ts) map into the same 6-dimensional space, so cos(offerVec, profileVec)
 * reads as "how much this offer looks like what the workload asks for". Every component is
 * dimensionless, centred on a reference offer (0 = like the reference), clamped to [−1, 1]:
 *
 *   affordability = −log10(USD per GPU-hour / 1) / log10(20)   $1/h → 0, $0.05 → +1, $20 → −1
 *   vram          = log2(vramGb / 80) / 3                       80 GB → 0, 10 GB → −1, 640 → +1
 *   bandwidth     = log2(GB/s / 2039) / 3                       A100 SXM 80GB → 0
 *   compute       = log2(dense BF16 TFLOPS / 312) / 3           A100 SXM 80GB → 0
 *   reliability   = (r − 0.95) / 0.05                           0.95 → 0, 1 → +1, ≤ 0.90 → −1
 *   availability  = 2a − 1                                      a ∈ [0, 1]
 *
 * Why this scaling: *fixed* references (A100 SXM 80GB specs from gpu-benchmarks.csv; $1 per
 * GPU-hour, the log-midpoint of the $0.05–$20 rental range) rather than min-max over the current
 * catalogue, so an offer's vector does not change when other offers appear; logarithms because
 * GPU specs span 10–25× (T4 to B200) and "twice the memory" should be the same step at every
 * size; centring because non-negative vectors all point into one orthant and their cosines bunch
 * near 1 — centred, a T4 against a 70B-inference profile scores negative, as it should.
 * Reliability is centred at 0.95 because uptime fractions cluster near 1.
 *
 * Degenerate input: a missing optional fact (TFLOPS, reliability, availability) gives 0, "no
 * evidence either way". Non-positive price, GPU count or specs, NaN/±Infinity, and reliability or
 * availability outside [0, 1] throw `MathInputError`.
 */
export const offerFeatureNames = [
  "affordability",
  "vram",
  "bandwidth",
  "compute",
  "reliability",
  "availability",
] as const;
export type OfferFeature = (typeof offerFeatureNames)[number];
export const offerFeatureDims = offerFeatureNames.length;

export interface OfferFeatureFacts {
  pricePerHourUsd: number;
  /** GPUs in the offer (fractional for vGPU slices); default 1. Specs are per GPU. */
  gpuCount?: number;
  vramGb: number;
  memoryBandwidthGbps: number;
  tflopsBf16?: number | null;
  /** uptime fraction in [0, 1] */
  reliability?: number | null;
  /** fraction of time/stock available in [0, 1] */
  availability?: number | null;
}

const clampUnit = (x: number) => Math.min(1, Math.max(-1, x));

/** The per-feature scalings above, shared with the profile side. Inputs must be validated. */
export const scaleFeature = {
  affordability: (usdPerGpuHour: number) => clampUnit(-Math.log10(usdPerGpuHour) / Math.log10(20)),
  vram: (gb: number) => clampUnit(Math.log2(gb / 80) / 3),
  bandwidth: (gbps: number) => clampUnit(Math.log2(gbps / 2039) / 3),
  compute: (tflops: number) => clampUnit(Math.log2(tflops / 312) / 3),
  reliability: (r: number) => clampUnit((r - 0.95) / 0.05),
  availability: (a: number) => 2 * a - 1,
} satisfies Record<OfferFeature, (x: number) => number>;

/** Throws unless `value` is a finite fraction in [0, 1]. */
export function requireFraction(field: string, value: number): number {
  requireFinite(field, value);
  if (value < 0 || value > 1) throw new MathInputError(field, `must be in [0, 1], got ${value}`);
  return value;
}

function present(value: number | null | undefined): value is number {
  return value !== null && value !== undefined;
}

export function offerFeatures(facts: OfferFeatureFacts): Float64Array {
  const perGpuUsd =
    requirePositive("pricePerHourUsd", facts.pricePerHourUsd) /
    requirePositive("gpuCount", facts.gpuCount ?? 1);
  const { tflopsBf16, reliability, availability } = facts;
  return Float64Array.from([
    scaleFeature.affordability(requirePositive("pricePerGpuHourUsd", perGpuUsd)),
    scaleFeature.vram(requirePositive("vramGb", facts.vramGb)),
    scaleFeature.bandwidth(requirePositive("memoryBandwidthGbps", facts.memoryBandwidthGbps)),
    present(tflopsBf16) ? scaleFeature.compute(requirePositive("tflopsBf16", tflopsBf16)) : 0,
    present(reliability) ? scaleFeature.reliability(requireFraction("reliability", reliability)) : 0,
    present(availability) ? scaleFeature.availability(requireFraction("availability", availability)) : 0,
  ]);
}

/**
 * Feature vectors of many offers as one rows × 6 matrix, ready for `cosineAgainstMany`. With a
 * `stated` mask (from `workloadProfileFeatures`) the components the profile does not state are
 * zeroed, so they cannot count for or against an offer.
 */
export function offerFeatureMatrix(offers: readonly OfferFeatureFacts[], stated?: Uint8Array): DenseMatrix {
  const data = new Float64Array(offers.length * offerFeatureDims);
  offers.forEach((offer, i) => {
    const v = offerFeatures(offer);
    for (let k = 0; k < offerFeatureDims; k++) {
      if (stated && stated[k] !== 1) v[k] = 0;
    }
    data.set(v, i * offerFeatureDims);
  });
  return { data, rows: offers.length, cols: offerFeatureDims };
}
