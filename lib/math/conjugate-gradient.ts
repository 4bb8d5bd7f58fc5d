import { MathInputError } from "./errors";

/**
 * Conjugate gradient for small symmetric positive-definite systems A·x = b (Hestenes & Stiefel
 * 1952; Shewchuk, "An Introduction to the Conjugate Gradient Method Without the Agonizing Pain",
 * 1994, §B2):
 *
 *   r₀ = b − A·x₀,  p₀ = r₀
 *   αₖ = rₖᵀrₖ / pₖᵀA·pₖ,  xₖ₊₁ = xₖ + αₖpₖ,  rₖ₊₁ = rₖ − αₖA·pₖ
 *   βₖ = rₖ₊₁ᵀrₖ₊₁ / rₖᵀrₖ,  pₖ₊₁ = rₖ₊₁ + βₖpₖ
 *
 * Units are whatever the caller's system carries; the solver is unit-free. It runs in place on
 * `x` (the warm start on entry, the iterate on exit) and allocates nothing: the three work
 * vectors live in a caller-owned `CgScratch`, so a hot loop (one solve per ALS user) creates no
 * garbage. A is never required as a matrix: `SpdOperator.apply` computes A·v, which lets ALS
 * apply YᵀY + λI + Yᵀ(Cᵤ − I)Y without forming it (Takács, Pilászy & Tikk, RecSys 2011).
 *
 * Why CG is safe when truncated: each step minimises f(x) = ½xᵀAx − bᵀx over a growing Krylov
 * space, so f never increases from the warm start — the property ALS relies on for a monotone
 * loss. In exact arithmetic it terminates in ≤ n steps.
 *
 * Stops when ‖r‖₂ ≤ tolerance·‖b‖₂ (relative residual), after `maxIterations` steps, or when the
 * curvature pᵀAp ≤ 0 (A not positive definite, or a residual already at rounding level); x is
 * then left at the last iterate. Degenerate input: b = 0 drives x towards 0 (the exact answer);
 * an exactly zero residual returns immediately with 0 iterations.
 */
export interface SpdOperator {
  readonly size: number;
  /** out ← A·input; must not modify `input`. */
  apply(input: Float64Array, out: Float64Array): void;
}

export interface CgScratch {
  readonly residual: Float64Array;
  readonly direction: Float64Array;
  readonly product: Float64Array;
  /** ‖r‖₂² after the last solve, for callers that report convergence. */
  residualNormSquared: number;
}

export interface CgOptions {
  maxIterations: number;
  /** relative residual ‖b − A·x‖ / ‖b‖ at which to stop */
  tolerance: number;
}

export function createCgScratch(size: number): CgScratch {
  if (!Number.isInteger(size) || size < 1) throw new MathInputError("size", "must be an integer ≥ 1");
  return {
    residual: new Float64Array(size),
    direction: new Float64Array(size),
    product: new Float64Array(size),
    residualNormSquared: 0,
  };
}

/** Solves op·x = rhs in place; returns the number of CG steps taken. */
export function conjugateGradient(
  op: SpdOperator,
  rhs: Float64Array,
  x: Float64Array,
  scratch: CgScratch,
  options: CgOptions,
): number {
  const n = op.size;
  const { residual: r, direction: p, product: ap } = scratch;
  if (rhs.length < n || x.length < n || r.length < n) {
    throw new MathInputError("size", `vectors and scratch must hold ${n} entries`);
  }
  op.apply(x, ap);
  let rhsNormSquared = 0;
  let rsOld = 0;
  for (let i = 0; i < n; i++) {
    const bi = rhs[i] ?? 0;
    const ri = bi - (ap[i] ?? 0);
    r[i] = ri;
    p[i] = ri;
    rhsNormSquared += bi * bi;
    rsOld += ri * ri;
  }
  const stopAt = options.tolerance * options.tolerance * rhsNormSquared;
  let steps = 0;
  while (steps < options.maxIterations && rsOld > stopAt && rsOld > 0) {
    op.apply(p, ap);
    let curvature = 0;
    for (let i = 0; i < n; i++) curvature += (p[i] ?? 0) * (ap[i] ?? 0);
    if (!(curvature > 0)) break;
    const alpha = rsOld / curvature;
    let rsNew = 0;
    for (let i = 0; i < n; i++) {
      x[i] = (x[i] ?? 0) + alpha * (p[i] ?? 0);
      const ri = (r[i] ?? 0) - alpha * (ap[i] ?? 0);
      r[i] = ri;
      rsNew += ri * ri;
    }
    const beta = rsNew / rsOld;
    for (let i = 0; i < n; i++) p[i] = (r[i] ?? 0) + beta * (p[i] ?? 0);
    rsOld = rsNew;
    steps++;
  }
  scratch.residualNormSquared = rsOld;
  return steps;
}

/**
 * A·v for a dense row-major n×n matrix. Build it once and reuse it across solves; `matrix` is
 * read on every apply, so the caller may overwrite its entries between solves.
 */
export class DenseSpdOperator implements SpdOperator {
  readonly size: number;
  readonly matrix: Float64Array;

  constructor(matrix: Float64Array, size: number) {
    if (!Number.isInteger(size) || size < 1) throw new MathInputError("size", "must be an integer ≥ 1");
    if (matrix.length !== size * size) {
      throw new MathInputError("matrix", `must hold size² = ${size * size} entries, got ${matrix.length}`);
    }
    this.size = size;
    this.matrix = matrix;
  }

  apply(input: Float64Array, out: Float64Array): void {
    const n = this.size;
    const a = this.matrix;
    for (let row = 0; row < n; row++) {
      let sum = 0;
      const offset = row * n;
      for (let col = 0; col < n; col++) sum += (a[offset + col] ?? 0) * (input[col] ?? 0);
      out[row] = sum;
    }
  }
}
