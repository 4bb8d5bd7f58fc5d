import { type DenseMatrix, findNonFinite, type MatrixInput, toDenseMatrix } from "./dense-matrix";
import { rankDescending } from "./rank";
import { benefitMask, type CriterionType, columnNorm, normalizeWeights } from "./topsis-input";

/**
 * TOPSIS (Hwang & Yoon, "Multiple Attribute Decision Making", Springer 1981, ch. 3), exactly as
 * the design's Math Core specifies it, for m alternatives (rows) × n criteria (columns):
 *
 *   r_ij = x_ij / √(Σ_i x_ij²)                  vector normalisation, per column
 *   v_ij = w_j · r_ij,  w_j = W_j / Σ_k W_k      weights normalised to sum 1
 *   A⁺_j = max_i v_ij (benefit) | min_i v_ij (cost);  A⁻_j the opposite
 *   S⁺_i = √(Σ_j (v_ij − A⁺_j)²),  S⁻_i = √(Σ_j (v_ij − A⁻_j)²)
 *   C_i  = S⁻_i / (S⁺_i + S⁻_i) ∈ [0, 1]; rank by C descending, exact ties by lower index.
 *
 * Units: x in the criterion's own unit (USD/h, tok/s, a 0..1 fraction...); r, v, A±, S± and C
 * are dimensionless. Entries may be any finite number (vector normalisation only rescales each
 * column by a positive constant), but the usual reading assumes x ≥ 0.
 *
 * Cost: two passes over the contiguous matrix plus an O(m) radix ranking. v is never stored:
 * v_ij = x_ij · s_j with s_j = w_j / ‖x_j‖, and because s_j ≥ 0, max_i v_ij = s_j · max_i x_ij, so
 * pass 1 gathers Σx², max and min per column and pass 2 computes S± and C per row. Per-criterion
 * contributions are derived on request from `scale` (see topsis-explain.ts), not in the hot loop.
 *
 * Degenerate input (all defined, never NaN):
 * - zero column (all x_ij = 0): ‖x_j‖ = 0, so s_j = 0 and the criterion contributes nothing;
 * - constant column: A⁺_j = A⁻_j, so it adds nothing to S⁺ or S⁻ (it cannot separate anyone);
 * - S⁺_i + S⁻_i = 0 happens only when every column is constant (v_i = A⁺ = A⁻), i.e. one
 *   alternative, or all rows identical: then no criterion separates anything and every C_i is the
 *   neutral 0.5 (neither nearer the ideal nor the anti-ideal), ranked by index;
 * - empty matrix, ragged rows, NaN/±Infinity entries, bad weights or criteria types throw
 *   `MathInputError` (see topsis-input.ts for the weight rules);
 * - any finite magnitude: a column whose Σx² overflows or underflows is re-normalised by its
 *   largest |x| first (the scaling idea of BLAS dnrm2); only a non-zero column made entirely of
 *   subnormal doubles (|x| < 2⁻¹⁰²² ≈ 2.2e-308) throws, since w_j/‖x_j‖ would overflow.
 */
export interface TopsisResult {
  /** alternative indices, best first */
  rankings: Uint32Array;
  /** closeness C_i per alternative, in input order */
  scores: Float64Array;
  ideal: Float64Array;
  antiIdeal: Float64Array;
  separationsPlus: Float64Array;
  separationsMinus: Float64Array;
  /** weights after normalisation to sum 1 */
  weights: Float64Array;
  criteriaTypes: readonly CriterionType[];
  /** s_j such that v_ij = x_ij · s_j (the weighted normalised value) */
  scale: Float64Array;
  /** the decision matrix as used (kept for on-demand contributions and explanations) */
  matrix: DenseMatrix;
}

export function topsis(
  decisionMatrix: MatrixInput,
  weights: ArrayLike<number>,
  criteriaTypes: readonly CriterionType[],
): TopsisResult {
  const matrix = toDenseMatrix(decisionMatrix, "decisionMatrix");
  const { data, rows, cols } = matrix;
  const w = normalizeWeights(weights, cols);
  const benefit = benefitMask(criteriaTypes, cols);

  // Pass 1: Σx², max and min per column; `guard` becomes NaN if any entry is NaN or ±Infinity.
  const sumSq = new Float64Array(cols);
  const max = new Float64Array(cols).fill(Number.NEGATIVE_INFINITY);
  const min = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  let guard = 0;
  // Hot loops: indices are in bounds by construction; `as number` only drops the `undefined`
  // that noUncheckedIndexedAccess adds to typed-array reads (a `?? 0` costs ~25% here).
  for (let k = 0; k < data.length; ) {
    for (let j = 0; j < cols; j++, k++) {
      const x = data[k] as number;
      guard += x * 0;
      sumSq[j] = (sumSq[j] as number) + x * x;
      if (x > (max[j] as number)) max[j] = x;
      if (x < (min[j] as number)) min[j] = x;
    }
  }
  if (guard !== 0) findNonFinite(matrix, "decisionMatrix");

  const scale = new Float64Array(cols);
  const ideal = new Float64Array(cols);
  const antiIdeal = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const hi = max[j] ?? 0;
    const lo = min[j] ?? 0;
    const norm = columnNorm(matrix, j, sumSq[j] ?? 0, Math.max(Math.abs(hi), Math.abs(lo)));
    // A zero column gets s = 0: its v, A⁺ and A⁻ are all 0, so it adds nothing to S±.
    const s = norm > 0 ? (w[j] ?? 0) / norm : 0;
    scale[j] = s;
    // Same product x · s as pass 2 computes, so ideal values are bitwise equal to some v_ij.
    ideal[j] = benefit[j] === 1 ? hi * s : lo * s;
    antiIdeal[j] = benefit[j] === 1 ? lo * s : hi * s;
  }

  // Pass 2: separations and closeness per row, reading each x exactly once more.
  const separationsPlus = new Float64Array(rows);
  const separationsMinus = new Float64Array(rows);
  const scores = new Float64Array(rows);
  for (let i = 0, k = 0; i < rows; i++) {
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < cols; j++, k++) {
      const v = (data[k] as number) * (scale[j] as number);
      const dPlus = v - (ideal[j] as number);
      const dMinus = v - (antiIdeal[j] as number);
      plus += dPlus * dPlus;
      minus += dMinus * dMinus;
    }
    const sPlus = Math.sqrt(plus);
    const sMinus = Math.sqrt(minus);
    separationsPlus[i] = sPlus;
    separationsMinus[i] = sMinus;
    // sMinus ≤ sPlus + sMinus in floating point too, so C never exceeds 1.
    scores[i] = sPlus + sMinus > 0 ? sMinus / (sPlus + sMinus) : 0.5;
  }

  return {
    rankings: rankDescending(scores),
    scores,
    ideal,
    antiIdeal,
    separationsPlus,
    separationsMinus,
    weights: w,
    criteriaTypes: [...criteriaTypes],
    scale,
    matrix,
  };
}
