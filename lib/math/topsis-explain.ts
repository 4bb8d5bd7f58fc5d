import { MathInputError } from "./errors";
import type { TopsisResult } from "./topsis";

/**
 * Explanations derived from a TopsisResult on request, so the 100,000-row hot path never pays for
 * them. With v_ij = x_ij · s_j (s = `result.scale`), alternative i's squared separations split
 * exactly into per-criterion terms:
 *
 *   (S⁺_i)² = Σ_j (v_ij − A⁺_j)²,   (S⁻_i)² = Σ_j (v_ij − A⁻_j)²
 *
 * Units: every term is in squared weighted-normalised units (dimensionless). Reference: the
 * separation measures of Hwang & Yoon (1981); the per-term split is plain algebra on them.
 */

export interface CriterionContribution {
  criterion: number;
  /** (v_ij − A⁺_j)²: this criterion's part of the squared distance to the ideal */
  toIdealSquared: number;
  /** (v_ij − A⁻_j)²: this criterion's part of the squared distance to the anti-ideal */
  toAntiIdealSquared: number;
  /** toIdealSquared / (S⁺_i)²; all 0 when S⁺_i = 0 (the alternative is the ideal) */
  shareOfIdealGap: number;
  /** toAntiIdealSquared / (S⁻_i)²; all 0 when S⁻_i = 0 (the alternative is the anti-ideal) */
  shareOfAntiIdealGap: number;
}

function requireAlternative(result: TopsisResult, index: number, field: string): void {
  if (!Number.isInteger(index) || index < 0 || index >= result.matrix.rows) {
    throw new MathInputError(
      field,
      `must be an alternative index in [0, ${result.matrix.rows}), got ${index}`,
    );
  }
}

/** v_ij, the weighted normalised value, recomputed with the exact product TOPSIS used. */
function weighted(result: TopsisResult, i: number, j: number): number {
  const { data, cols } = result.matrix;
  return (data[i * cols + j] ?? 0) * (result.scale[j] ?? 0);
}

/**
 * Per-criterion contributions for one alternative. Shares sum to 1 (within rounding) unless the
 * separation is 0, in which case they are all 0 — a zero gap has no parts, and 0/0 is not shown.
 */
export function topsisContributions(result: TopsisResult, alternative: number): CriterionContribution[] {
  requireAlternative(result, alternative, "alternative");
  let plus = 0;
  let minus = 0;
  const parts: CriterionContribution[] = [];
  for (let j = 0; j < result.matrix.cols; j++) {
    const v = weighted(result, alternative, j);
    const toIdeal = (v - (result.ideal[j] ?? 0)) ** 2;
    const toAnti = (v - (result.antiIdeal[j] ?? 0)) ** 2;
    plus += toIdeal;
    minus += toAnti;
    parts.push({
      criterion: j,
      toIdealSquared: toIdeal,
      toAntiIdealSquared: toAnti,
      shareOfIdealGap: 0,
      shareOfAntiIdealGap: 0,
    });
  }
  // Shares need the totals, hence a second loop; a zero total means nothing to apportion.
  for (const part of parts) {
    part.shareOfIdealGap = plus > 0 ? part.toIdealSquared / plus : 0;
    part.shareOfAntiIdealGap = minus > 0 ? part.toAntiIdealSquared / minus : 0;
  }
  return parts;
}

export interface PairFactor {
  criterion: string;
  index: number;
  /** (v_bj − A⁺_j)² − (v_aj − A⁺_j)²: how much closer to the ideal this criterion puts a */
  idealGapReduction: number;
  /** (v_aj − A⁻_j)² − (v_bj − A⁻_j)²: how much farther from the anti-ideal it puts a */
  antiIdealGapGain: number;
  /** idealGapReduction + antiIdealGapGain; > 0 favours a, < 0 favours b, 0 is neutral */
  advantage: number;
}

/**
 * "Why does a beat b?": criteria ordered by how much they favour a over b, most favourable first
 * (ties by column order). The terms are additive: Σ_j idealGapReduction = (S⁺_b)² − (S⁺_a)² and
 * Σ_j antiIdealGapGain = (S⁻_a)² − (S⁻_b)², so the list decomposes exactly the two quantities
 * that decide C. A zero or constant column always shows advantage 0.
 */
export function explainPair(
  result: TopsisResult,
  a: number,
  b: number,
  criterionNames: readonly string[],
): PairFactor[] {
  requireAlternative(result, a, "a");
  requireAlternative(result, b, "b");
  if (criterionNames.length !== result.matrix.cols) {
    throw new MathInputError(
      "criterionNames",
      `has ${criterionNames.length} names, expected ${result.matrix.cols}`,
    );
  }
  const factors: PairFactor[] = [];
  for (let j = 0; j < result.matrix.cols; j++) {
    const va = weighted(result, a, j);
    const vb = weighted(result, b, j);
    const plus = result.ideal[j] ?? 0;
    const minus = result.antiIdeal[j] ?? 0;
    // Positive when a sits closer to the ideal than b on this criterion (b's gap minus a's).
    const idealGapReduction = (vb - plus) ** 2 - (va - plus) ** 2;
    const antiIdealGapGain = (va - minus) ** 2 - (vb - minus) ** 2;
    factors.push({
      criterion: criterionNames[j] ?? String(j),
      index: j,
      idealGapReduction,
      antiIdealGapGain,
      advantage: idealGapReduction + antiIdealGapGain,
    });
  }
  // Array.prototype.sort is stable (ES2019), so equal advantages keep column order.
  return factors.sort((x, y) => y.advantage - x.advantage);
}

/** The weighted normalised matrix V (rows × cols, row-major), materialised for display or tests. */
export function weightedNormalizedMatrix(result: TopsisResult): Float64Array {
  const { data, cols } = result.matrix;
  const v = new Float64Array(data.length);
  for (let k = 0; k < data.length; k++) v[k] = (data[k] ?? 0) * (result.scale[k % cols] ?? 0);
  return v;
}
