import { dotProduct } from "./als-kernels";
import type { CsrMatrix } from "./als-sparse";
import { type CgScratch, conjugateGradient, createCgScratch, type SpdOperator } from "./conjugate-gradient";

/**
 * One ALS half-step for implicit feedback (Hu, Koren & Volinsky, "Collaborative Filtering for
 * Implicit Feedback Datasets", ICDM 2008, eq. 4): with the other side's factors Y fixed, each row
 * u of the sparse matrix gets
 *
 *   (YᵀY + Yᵀ(Cᵤ − I)Y + λI) xᵤ = YᵀCᵤp(u),   cᵤᵢ = 1 + α·rᵤᵢ,  pᵤᵢ = [rᵤᵢ > 0]
 *
 * YᵀY is computed once per half-step (the paper's speed-up); Cᵤ − I is non-zero only on the
 * row's nᵤ stored entries, so A·v = YᵀY·v + λv + Σᵢ α·rᵤᵢ·(yᵢ·v)·yᵢ costs O(k² + nᵤk) and A is
 * never formed. The system is solved by a few conjugate-gradient steps warm-started from the
 * previous xᵤ (Takács, Pilászy & Tikk, "Applications of the conjugate gradient method for
 * implicit feedback collaborative filtering", RecSys 2011; the `implicit` library's CG solver
 * defaults to 3 steps): O(cgSteps·(k² + nᵤk)) per row instead of O(k²nᵤ + k³) for an exact solve.
 * Truncated CG never increases the row's quadratic objective (see conjugate-gradient.ts), so the
 * ALS loss stays monotone.
 *
 * Degenerate input: a row with no entries has b = 0 and A ≻ 0, whose exact solution xᵤ = 0 is
 * written directly (cold-start users and never-seen items get zero factors).
 */
export class ImplicitNormalOperator implements SpdOperator {
  readonly size: number;
  /** YᵀY, row-major k×k */
  readonly gram: Float64Array;
  fixed: Float64Array = new Float64Array(0);
  rowIndices: Int32Array = new Int32Array(0);
  rowValues: Float64Array = new Float64Array(0);
  start = 0;
  end = 0;
  regularization = 0;
  alpha = 0;

  constructor(factors: number) {
    this.size = factors;
    this.gram = new Float64Array(factors * factors);
  }

  apply(input: Float64Array, out: Float64Array): void {
    const k = this.size;
    const gram = this.gram;
    const lambda = this.regularization;
    for (let a = 0; a < k; a++) out[a] = lambda * (input[a] ?? 0) + dotProduct(gram, a * k, input, 0, k);
    const y = this.fixed;
    for (let t = this.start; t < this.end; t++) {
      const offset = (this.rowIndices[t] ?? 0) * k;
      const dot = dotProduct(y, offset, input, 0, k);
      const weight = this.alpha * (this.rowValues[t] ?? 0) * dot;
      for (let a = 0; a < k; a++) out[a] = (out[a] ?? 0) + weight * (y[offset + a] ?? 0);
    }
  }
}

/** Reusable buffers for half-steps with `factors` latent dimensions. */
export interface AlsWorkspace {
  readonly operator: ImplicitNormalOperator;
  readonly x: Float64Array;
  readonly rhs: Float64Array;
  readonly cg: CgScratch;
}

export function createAlsWorkspace(factors: number): AlsWorkspace {
  return {
    operator: new ImplicitNormalOperator(factors),
    x: new Float64Array(factors),
    rhs: new Float64Array(factors),
    cg: createCgScratch(factors),
  };
}

export interface HalfStepSettings {
  regularization: number;
  alpha: number;
  cgSteps: number;
}

/**
 * Updates every row of `solved` (matrix.rows × k) in place against the fixed factors. The caller
 * must have put the fixed side's Gram matrix into `workspace.operator.gram`.
 */
export function solveHalfStep(
  matrix: CsrMatrix,
  solved: Float64Array,
  fixed: Float64Array,
  settings: HalfStepSettings,
  workspace: AlsWorkspace,
): void {
  const { operator, x, rhs, cg } = workspace;
  const k = operator.size;
  operator.fixed = fixed;
  operator.rowIndices = matrix.indices;
  operator.rowValues = matrix.values;
  operator.regularization = settings.regularization;
  operator.alpha = settings.alpha;
  // Tolerance 0: the step budget is the stopping rule; CG still stops early on an exact residual.
  const cgOptions = { maxIterations: settings.cgSteps, tolerance: 0 };
  for (let u = 0; u < matrix.rows; u++) {
    const start = matrix.indptr[u] ?? 0;
    const end = matrix.indptr[u + 1] ?? 0;
    const offset = u * k;
    if (start === end) {
      solved.fill(0, offset, offset + k);
      continue;
    }
    rhs.fill(0);
    for (let t = start; t < end; t++) {
      const r = matrix.values[t] ?? 0;
      if (r <= 0) continue;
      const confidence = 1 + settings.alpha * r;
      const fixedOffset = (matrix.indices[t] ?? 0) * k;
      for (let a = 0; a < k; a++) rhs[a] = (rhs[a] ?? 0) + confidence * (fixed[fixedOffset + a] ?? 0);
    }
    for (let a = 0; a < k; a++) x[a] = solved[offset + a] ?? 0;
    operator.start = start;
    operator.end = end;
    conjugateGradient(operator, rhs, x, cg, cgOptions);
    solved.set(x, offset);
  }
}
