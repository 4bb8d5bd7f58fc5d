/**
 * How an offer becomes one row of the marketplace TOPSIS decision matrix (lib/math/topsis.ts,
 * default weights price 0.30, performance 0.25, availability 0.20, reliability 0.15,
 * compliance 0.10). Shared by presets, the compare view (in the browser) and the assistant so
 * "why #1 beats #2" means the same thing everywhere.
 */

export interface RankableOffer {
  price_per_gpu_hour: number;
  gpu_count: number;
  availability_status: string;
  reliability: number | null;
  compliance_tags: readonly string[];
  /** peak dense FP16 tensor TFLOPS of one GPU; null when the GPU is unknown */
  tflops_per_gpu: number | null;
}

/** availability_status → a benefit score: in stock beats "ask", which beats sold out */
export const availabilityScore: Readonly<Record<string, number>> = {
  available: 1,
  limited: 0.6,
  unknown: 0.4,
  sold_out: 0.05,
};

/**
 * Unknown reliability is scored below the typical marketplace host (Vast reliability2 ≈ 0.95+)
 * so that offers which publish a figure are not out-ranked by ones that do not.
 */
export const UNKNOWN_RELIABILITY = 0.8;
/** A GPU without a spec row contributes a small positive performance so TOPSIS columns stay valid. */
const UNKNOWN_TFLOPS = 1;

export const criterionColumns = [
  "price",
  "performance",
  "availability",
  "reliability",
  "compliance",
] as const;

/** One row in criterionColumns order; price is per GPU-hour so multi-GPU offers compare fairly. */
export function criteriaRow(o: RankableOffer): number[] {
  return [
    Math.max(o.price_per_gpu_hour, 1e-6),
    (o.tflops_per_gpu ?? UNKNOWN_TFLOPS) * o.gpu_count,
    availabilityScore[o.availability_status] ?? availabilityScore.unknown ?? 0.4,
    o.reliability ?? UNKNOWN_RELIABILITY,
    1 + o.compliance_tags.length,
  ];
}
