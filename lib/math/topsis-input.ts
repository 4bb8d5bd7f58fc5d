import type { DenseMatrix } from "./dense-matrix";
import { MathInputError } from "./errors";

/** Whether more is better ("benefit": throughput, reliability) or less is better ("cost": price). */
export const criterionTypes = ["benefit", "cost"] as const;
export type CriterionType = (typeof criterionTypes)[number];

/**
 * The marketplace's default TOPSIS criteria, in column order. Weights sum to 1 (0.30 + 0.25 +
 * 0.20 + 0.15 + 0.10); price is the only cost criterion.
 */
export const marketplaceCriteria = [
  { name: "price", weight: 0.3, type: "cost" },
  { name: "performance", weight: 0.25, type: "benefit" },
  { name: "availability", weight: 0.2, type: "benefit" },
  { name: "reliability", weight: 0.15, type: "benefit" },
  { name: "compliance", weight: 0.1, type: "benefit" },
] as const satisfies readonly { name: string; weight: number; type: CriterionType }[];

export const marketplaceCriterionNames: readonly string[] = marketplaceCriteria.map((c) => c.name);
export const marketplaceWeights: readonly number[] = marketplaceCriteria.map((c) => c.weight);
export const marketplaceCriteriaTypes: readonly CriterionType[] = marketplaceCriteria.map((c) => c.type);

/**
 * Weights normalised to sum 1: w_j = W_j / Σ_k W_k. Each W_j must be finite and ≥ 0 and their
 * sum > 0. A single zero weight is allowed and means "ignore this criterion" (a UI slider at 0);
 * all-zero, negative, NaN/±Infinity or a length other than `cols` throw `MathInputError`.
 */
export function normalizeWeights(weights: ArrayLike<number>, cols: number, field = "weights"): Float64Array {
  if (weights.length !== cols) {
    throw new MathInputError(field, `has ${weights.length} values, expected one per criterion (${cols})`);
  }
  let sum = 0;
  for (let j = 0; j < cols; j++) {
    const w = weights[j];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new MathInputError(`${field}[${j}]`, `must be a finite number ≥ 0, got ${String(w)}`);
    }
    sum += w;
  }
  if (!(sum > 0)) throw new MathInputError(field, "must not all be zero");
  if (!Number.isFinite(sum)) throw new MathInputError(field, "sum overflows; scale the weights down");
  const normalized = new Float64Array(cols);
  for (let j = 0; j < cols; j++) normalized[j] = (weights[j] ?? 0) / sum;
  return normalized;
}

/** 1 for a benefit criterion, 0 for a cost criterion; anything else throws `MathInputError`. */
export function benefitMask(types: readonly string[], cols: number, field = "criteriaTypes"): Uint8Array {
  if (types.length !== cols) {
    throw new MathInputError(field, `has ${types.length} values, expected one per criterion (${cols})`);
  }
  const mask = new Uint8Array(cols);
  for (let j = 0; j < cols; j++) {
    const t = types[j];
    if (t !== "benefit" && t !== "cost") {
      throw new MathInputError(`${field}[${j}]`, `must be "benefit" or "cost", got ${String(t)}`);
    }
    mask[j] = t === "benefit" ? 1 : 0;
  }
  return mask;
}

/**
 * ‖x_j‖ = √(Σ_i x_ij²), the vector-normalisation divisor of column j, given the Σx² and max |x|
 * that TOPSIS's first pass already gathered. Σx² overflows for |x| ≳ 1e154 and underflows for
 * |x| ≲ 1e-154; then the column is re-summed in units of its largest |x| — the scaling idea of
 * BLAS dnrm2 — costing one strided pass over that column only.
 *
 * Degenerate input: an all-zero column has norm 0 (the caller gives it weight 0). A non-zero
 * column made only of subnormal doubles (max |x| < 2⁻¹⁰²² ≈ 2.2e-308) throws `MathInputError`:
 * its norm is subnormal too and w_j / ‖x_j‖ would overflow. At max |x| ≥ 2⁻¹⁰²² the norm is at
 * least that, so w_j / ‖x_j‖ ≤ 2¹⁰²² stays finite.
 */
export function columnNorm(matrix: DenseMatrix, j: number, sumSq: number, maxAbs: number): number {
  if (maxAbs === 0) return 0;
  if (maxAbs < 2 ** -1022) {
    throw new MathInputError(
      `decisionMatrix[*][${j}]`,
      "only subnormal magnitudes (< 2^-1022); rescale the unit",
    );
  }
  if (sumSq > 1e-290 && sumSq < Number.POSITIVE_INFINITY) return Math.sqrt(sumSq);
  let scaled = 0;
  for (let k = j; k < matrix.data.length; k += matrix.cols) {
    const r = (matrix.data[k] ?? 0) / maxAbs;
    scaled += r * r;
  }
  return maxAbs * Math.sqrt(scaled);
}
