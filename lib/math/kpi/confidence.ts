import { MathInputError } from "../errors";

/**
 * Confidence of a KPI, for the design's `{ cost_per_token, confidence }` answers:
 *
 *   confidence = clamp(1 − u, 0, 1)
 *
 * where u is the relative half-width of the plausible range of the throughput figure the KPI
 * divides by (price is known exactly; the benchmark is not). It is a transparent heuristic score
 * in [0, 1], not a probability. The u per provenance is read off reference/gpu-benchmarks.md:
 *
 * - "measured": a benchmark measured on this GPU. The same GPU's numbers differ by up to ~15%
 *   between llama.cpp snapshots and quantisations (§4 notes), so u = 0.15 → confidence 0.85.
 * - "estimated": bandwidth bound × efficiency, as §1 allows when no measurement exists, labelled
 *   *estimated*. Measured efficiency spans 26–69% of the bound for 7–8B models (§1): midpoint
 *   47.5%, half-width 21.5 points, so u = 0.215 / 0.475 ≈ 0.45 → confidence 0.55.
 * - "peak-spec": a datasheet peak (TFLOPS) used as if achieved (`costPerGflop` at utilization 1).
 *   Measured matmul efficiency spans 51.4–96.9% of peak (§1, MAMF): midpoint 74.15%, half-width
 *   22.75 points, so u = 0.2275 / 0.7415 ≈ 0.31 → confidence 0.69.
 *
 * A caller that knows better (e.g. several agreeing measurements) may pass its own u ≥ 0.
 * Degenerate input: u < 0, NaN or ±Infinity throw `MathInputError`; u ≥ 1 gives 0.
 */
export const benchmarkProvenances = ["measured", "estimated", "peak-spec"] as const;
export type BenchmarkProvenance = (typeof benchmarkProvenances)[number];

export const relativeUncertaintyByProvenance: Readonly<Record<BenchmarkProvenance, number>> = {
  measured: 0.15,
  estimated: 0.215 / 0.475,
  "peak-spec": 0.2275 / 0.7415,
};

export function kpiConfidence(provenance: BenchmarkProvenance, relativeUncertainty?: number): number {
  if (!benchmarkProvenances.includes(provenance)) {
    throw new MathInputError("provenance", `must be one of ${benchmarkProvenances.join(", ")}`);
  }
  const u = relativeUncertainty ?? relativeUncertaintyByProvenance[provenance];
  if (!Number.isFinite(u) || u < 0) {
    throw new MathInputError("relativeUncertainty", `must be a finite number ≥ 0, got ${u}`);
  }
  return Math.min(1, Math.max(0, 1 - u));
}
