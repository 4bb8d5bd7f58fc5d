import { MathInputError, requirePositive } from "../errors";
import { pricePerGpuHour } from "./unit-costs";

/**
 * Efficiency score of an offer: how much GPU a dollar buys, relative to a fixed reference offer.
 *
 * For each factor f with a per-dollar quantity q_f (per-GPU spec ÷ USD per GPU-hour):
 *
 *   n_f = q_f / (q_f + q_ref,f) ∈ (0, 1)        0.5 = as good per dollar as the reference,
 *                                                 2× the reference → 0.667, ½× → 0.333
 *   score = Σ_f w_f · n_f,  breakdown contribution_f = w_f · n_f  (Σ contributions = score)
 *
 * This saturating ratio (rather than min-max over a catalogue) keeps a score stable when other
 * offers come and go, bounded without clamping, and comparable between requests.
 *
 * Factors and weights (sum 1): throughput per dollar (tok/s per $/h, 0.40; the design's headline
 * cost-per-token KPI), compute per dollar (dense BF16 TFLOPS per $/h, 0.20), memory per dollar
 * (VRAM GB per $/h, 0.20), bandwidth per dollar (GB/s per $/h, 0.20; decode is bandwidth-bound).
 *
 * Reference (`efficiencyReference`): A100 SXM 80GB — 80 GB, 2039 GB/s, 312 TFLOPS BF16 dense,
 * 133.38 tok/s (Llama-3-8B Q4_K_M single-stream, source L2) from reference/gpu-benchmarks.csv —
 * at $2.93 per GPU-hour, the median of the 10 A100-80GB listings in gpu-prices-snapshot.csv.
 *
 * Degenerate input: throughput and compute may be null (the benchmark table has gaps, §7); the
 * missing factors are listed in `missing` and the remaining weights renormalised to sum 1, so the
 * score stays in [0, 1]. Price must be > 0 (per-dollar quantities are undefined for free offers)
 * and specs > 0; NaN, ±Infinity, negatives, or a gpuCount ≤ 0 throw `MathInputError`.
 */
export const efficiencyReference = {
  gpuModel: "A100 SXM 80GB",
  pricePerGpuHourUsd: 2.93,
  tokensPerSecond: 133.38,
  tflopsBf16: 312,
  vramGb: 80,
  memoryBandwidthGbps: 2039,
} as const;

export const efficiencyFactors = ["throughput", "compute", "memory", "bandwidth"] as const;
export type EfficiencyFactor = (typeof efficiencyFactors)[number];

export const efficiencyWeights: Readonly<Record<EfficiencyFactor, number>> = {
  throughput: 0.4,
  compute: 0.2,
  memory: 0.2,
  bandwidth: 0.2,
};

/** Facts of one offer; all specs are per GPU. */
export interface EfficiencyOfferFacts {
  pricePerHourUsd: number;
  /** GPUs in the offer (fractional for vGPU slices); default 1 */
  gpuCount?: number;
  vramGb: number;
  memoryBandwidthGbps: number;
  tflopsBf16?: number | null;
  tokensPerSecond?: number | null;
}

export interface EfficiencyBreakdownEntry {
  factor: EfficiencyFactor;
  /** weight after renormalisation over available factors */
  weight: number;
  /** spec per USD per GPU-hour, in the factor's unit */
  perDollar: number;
  /** n_f ∈ (0, 1) */
  normalized: number;
  /** weight × normalized */
  contribution: number;
}

export interface EfficiencyScore {
  score: number;
  breakdown: EfficiencyBreakdownEntry[];
  missing: EfficiencyFactor[];
}

const fieldOf: Readonly<Record<EfficiencyFactor, string>> = {
  throughput: "tokensPerSecond",
  compute: "tflopsBf16",
  memory: "vramGb",
  bandwidth: "memoryBandwidthGbps",
};

export function efficiencyScore(facts: EfficiencyOfferFacts): EfficiencyScore {
  const perGpuPrice = pricePerGpuHour(facts.pricePerHourUsd, facts.gpuCount ?? 1);
  requirePositive("pricePerHourUsd", perGpuPrice);
  const ref = efficiencyReference;
  const specs: Record<EfficiencyFactor, { value: number | null | undefined; reference: number }> = {
    throughput: { value: facts.tokensPerSecond, reference: ref.tokensPerSecond },
    compute: { value: facts.tflopsBf16, reference: ref.tflopsBf16 },
    memory: { value: facts.vramGb, reference: ref.vramGb },
    bandwidth: { value: facts.memoryBandwidthGbps, reference: ref.memoryBandwidthGbps },
  };
  const present = efficiencyFactors.filter((f) => specs[f].value !== null && specs[f].value !== undefined);
  const missing = efficiencyFactors.filter((f) => !present.includes(f));
  for (const required of ["memory", "bandwidth"] as const) {
    if (missing.includes(required)) throw new MathInputError(fieldOf[required], "is required");
  }
  const weightSum = present.reduce((sum, f) => sum + efficiencyWeights[f], 0);
  let score = 0;
  const breakdown = present.map((factor): EfficiencyBreakdownEntry => {
    const spec = requirePositive(fieldOf[factor], specs[factor].value ?? Number.NaN);
    const perDollar = spec / perGpuPrice;
    if (!Number.isFinite(perDollar)) throw new MathInputError("pricePerHourUsd", "is too small to divide by");
    // n = q / (q + q_ref) written as 1 / (1 + q_ref / q): same value, no ∞/∞ for extreme inputs.
    const normalized = 1 / (1 + (specs[factor].reference / ref.pricePerGpuHourUsd) * (perGpuPrice / spec));
    const weight = efficiencyWeights[factor] / weightSum;
    const contribution = weight * normalized;
    // Accumulate in breakdown order, so Σ contributions reproduces `score` bit for bit.
    score += contribution;
    return { factor, weight, perDollar, normalized, contribution };
  });
  return { score, breakdown, missing };
}
