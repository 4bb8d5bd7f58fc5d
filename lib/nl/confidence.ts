import type { WorkloadType } from "./schema";
import type { TypeScore } from "./workload-type";

/**
 * How sure the parser is that it understood a workload request, 0..1. Additive and
 * deliberately simple so it can be reasoned about:
 *
 *   type evidence   0.45 (weak, ≥1.5) · 0.55 (≥2.5) · 0.6 (≥4 or a decisive keyword)
 *   − 0.1 when another type has ≥ 75% of the winner's evidence (ambiguous)
 *   + 0.2 quantity (0.1 for a rate only) + 0.15 duration
 *   + 0.03 per further field (model, GPU, budget, region, VRAM, concurrency), at most 0.09
 *   − 0.03 per typo corrected, at most 0.09
 *
 * so a clear request with quantity and duration scores ≥ 0.8 and one missing its duration
 * about 0.65, below the 0.7 at which the assistant asks. Type "other" scores
 * 0.05 + 0.08 per field found, at most 0.45: small talk stays at 0.05, a GPU question
 * with two details ("cheapest A100 in Europe") at 0.21.
 */

export interface ConfidenceInput {
  type: WorkloadType;
  score: TypeScore;
  hasQuantity: boolean;
  hasRateOnly: boolean;
  hasDuration: boolean;
  /** count of model, gpu, budget, region, vram and concurrency fields present */
  otherFields: number;
  corrections: number;
}

export function computeConfidence(input: ConfidenceInput): number {
  if (input.type === "other") {
    const fields = input.otherFields + (input.hasDuration ? 1 : 0) + (input.hasQuantity ? 1 : 0);
    return round(Math.min(0.45, 0.05 + 0.08 * fields));
  }
  const { score, runnerUp, decisive } = input.score;
  let value = decisive || score >= 4 ? 0.6 : score >= 2.5 ? 0.55 : 0.45;
  if (!decisive && runnerUp >= 0.75 * score) value -= 0.1;
  if (input.hasQuantity) value += 0.2;
  else if (input.hasRateOnly) value += 0.1;
  if (input.hasDuration) value += 0.15;
  value += Math.min(0.09, 0.03 * input.otherFields);
  value -= Math.min(0.09, 0.03 * input.corrections);
  return round(Math.min(0.98, Math.max(0.05, value)));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
