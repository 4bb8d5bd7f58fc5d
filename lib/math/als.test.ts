import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitAls } from "./als";
import { gramMatrix } from "./als-kernels";
import { implicitAlsLoss } from "./als-loss";
import { createAlsWorkspace, solveHalfStep } from "./als-solve";
import { buildCsr, type CsrMatrix, transposeCsr } from "./als-sparse";
import { conjugateGradient, createCgScratch, DenseSpdOperator } from "./conjugate-gradient";
import { MathInputError } from "./errors";

/** Random small interaction matrices: ≤ 7 users × 7 items, weights 0.5–5 on a random subset. */
const smallMatrix = fc
  .record({ users: fc.integer({ min: 1, max: 7 }), items: fc.integer({ min: 1, max: 7 }) })
  .chain(({ users, items }) =>
    fc.record({
      users: fc.constant(users),
      items: fc.constant(items),
      entries: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: users - 1 }),
          fc.integer({ min: 0, max: items - 1 }),
          fc.double({ min: 0.5, max: 5, noNaN: true }),
        ),
        { maxLength: 30 },
      ),
    }),
  )
  .map(({ users, items, entries }) =>
    buildCsr(
      users,
      items,
      entries.map((e) => e[0]),
      entries.map((e) => e[1]),
      entries.map((e) => e[2]),
    ),
  );

const hyperParameters = fc.record({
  factors: fc.integer({ min: 1, max: 4 }),
  regularization: fc.double({ min: 0.01, max: 2, noNaN: true }),
  alpha: fc.double({ min: 0, max: 40, noNaN: true }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
});

/** Asserts the loss never rises by more than 1e-9 relative and the stopping rule is the documented one. */
function expectMonotoneUntilTolerance(
  initialLoss: number,
  history: readonly number[],
  converged: boolean,
  tolerance: number,
) {
  let previous = initialLoss;
  history.forEach((loss, t) => {
    expect(loss).toBeLessThanOrEqual(previous * (1 + 1e-9));
    const decrease = previous > 0 ? (previous - loss) / previous : 0;
    const isLast = t === history.length - 1;
    if (!isLast || !converged) expect(decrease).toBeGreaterThanOrEqual(tolerance);
    else expect(decrease).toBeLessThan(tolerance);
    previous = loss;
  });
}

/** O(users × items) reference for the loss, straight from the definition. */
function bruteForceLoss(
  m: CsrMatrix,
  x: Float64Array,
  y: Float64Array,
  k: number,
  lambda: number,
  alpha: number,
) {
  let loss = 0;
  for (let u = 0; u < m.rows; u++) {
    for (let i = 0; i < m.cols; i++) {
      let r = 0;
      for (let t = m.indptr[u] ?? 0; t < (m.indptr[u + 1] ?? 0); t++)
        if (m.indices[t] === i) r = m.values[t] ?? 0;
      let s = 0;
      for (let a = 0; a < k; a++) s += (x[u * k + a] ?? 0) * (y[i * k + a] ?? 0);
      loss += (1 + alpha * r) * ((r > 0 ? 1 : 0) - s) ** 2;
    }
  }
  for (const v of x) loss += lambda * v * v;
  for (const v of y) loss += lambda * v * v;
  return loss;
}

describe("fitAls", () => {
  it("Property 9: ALS reconstruction loss non-increasing until tolerance (exact solves: CG steps = factors)", () => {
    // With cgSteps = k, CG solves each k×k system exactly (up to rounding), so every half-step is
    // an exact block minimisation and the loss can only fall; 1e-9 relative slack absorbs rounding.
    fc.assert(
      fc.property(smallMatrix, hyperParameters, (m, params) => {
        const result = fitAls(m, { ...params, cgSteps: params.factors, iterations: 25, tolerance: 1e-6 });
        expectMonotoneUntilTolerance(result.initialLoss, result.lossHistory, result.converged, 1e-6);
        if (!result.converged) expect(result.iterations).toBe(25);
      }),
      { numRuns: 150 },
    );
  });

  it("Property 9: ALS reconstruction loss non-increasing with truncated CG (1–3 steps, warm start)", () => {
    // Each truncated CG step still lowers the block's quadratic, so monotonicity holds here too.
    fc.assert(
      fc.property(smallMatrix, hyperParameters, fc.integer({ min: 1, max: 3 }), (m, params, cgSteps) => {
        const result = fitAls(m, { ...params, cgSteps, iterations: 25, tolerance: 1e-6 });
        expectMonotoneUntilTolerance(result.initialLoss, result.lossHistory, result.converged, 1e-6);
      }),
      { numRuns: 150 },
    );
  });

  it("property: the Gram-trick loss equals the O(users × items) definition", () => {
    fc.assert(
      fc.property(smallMatrix, hyperParameters, (m, { factors: k, regularization, alpha, seed }) => {
        const x = new Float64Array(m.rows * k).map((_, i) => Math.sin(seed + i));
        const y = new Float64Array(m.cols * k).map((_, i) => Math.cos(seed * 3 + i));
        const gx = new Float64Array(k * k);
        const gy = new Float64Array(k * k);
        gramMatrix(x, m.rows, k, gx);
        gramMatrix(y, m.cols, k, gy);
        const fast = implicitAlsLoss(m, x, y, gx, gy, k, regularization, alpha);
        const slow = bruteForceLoss(m, x, y, k, regularization, alpha);
        expect(Math.abs(fast - slow)).toBeLessThanOrEqual(1e-9 * Math.max(1, slow));
      }),
      { numRuns: 150 },
    );
  });

  it("hand-checked loss: 1 user × 1 item, r = 1, x = 0.5, y = 2, α = 1, λ = 0.1 → 0.425", () => {
    // c = 2, p = 1, s = 1: 2·(1 − 1)² + 0.1·(0.25 + 4) = 0.425.
    const m = buildCsr(1, 1, [0], [0], [1]);
    const loss = implicitAlsLoss(
      m,
      Float64Array.of(0.5),
      Float64Array.of(2),
      Float64Array.of(0.25),
      Float64Array.of(4),
      1,
      0.1,
      1,
    );
    expect(loss).toBeCloseTo(0.425, 12);
  });

  it("a user half-step with enough CG steps solves the explicit normal equations of Hu et al. eq. 4", () => {
    // 1 user, 3 items, k = 2; form A = YᵀY + Yᵀ(C − I)Y + λI and b = YᵀCp by hand and compare.
    const k = 2;
    const y = Float64Array.of(1, 0, 0.5, 1, -1, 2);
    const m = buildCsr(1, 3, [0, 0], [0, 2], [2, 1]);
    const alpha = 3;
    const lambda = 0.5;
    const workspace = createAlsWorkspace(k);
    gramMatrix(y, 3, k, workspace.operator.gram);
    const x = new Float64Array(k);
    solveHalfStep(m, x, y, { regularization: lambda, alpha, cgSteps: 10 }, workspace);
    // YᵀY = [[2.25, -1.5], [-1.5, 5]]; (C − I) adds α·r·yyᵀ: 6·[1,0][1,0]ᵀ + 3·[-1,2][-1,2]ᵀ.
    const a = Float64Array.of(2.25 + 6 + 3 + lambda, -1.5 - 6, -1.5 - 6, 5 + 12 + lambda);
    const b = Float64Array.of(7 * 1 + 4 * -1, 7 * 0 + 4 * 2); // c = 1 + 3·2 = 7 and 1 + 3·1 = 4
    const expected = new Float64Array(k);
    conjugateGradient(new DenseSpdOperator(a, k), b, expected, createCgScratch(k), {
      maxIterations: 10,
      tolerance: 0,
    });
    expect(x[0]).toBeCloseTo(expected[0] ?? Number.NaN, 10);
    expect(x[1]).toBeCloseTo(expected[1] ?? Number.NaN, 10);
  });

  it("is deterministic for a seed and differs across seeds", () => {
    const m = buildCsr(4, 5, [0, 0, 1, 2, 3, 3], [0, 1, 1, 2, 3, 4], [1, 2, 1, 5, 1, 1]);
    const a = fitAls(m, { factors: 3, seed: 7 });
    const b = fitAls(m, { factors: 3, seed: 7 });
    const c = fitAls(m, { factors: 3, seed: 8 });
    expect(Array.from(a.model.userFactors)).toEqual(Array.from(b.model.userFactors));
    expect(Array.from(a.model.itemFactors)).toEqual(Array.from(b.model.itemFactors));
    expect(a.lossHistory).toEqual(b.lossHistory);
    expect(Array.from(a.model.itemFactors)).not.toEqual(Array.from(c.model.itemFactors));
  });

  it("gives zero factors to users and items without interactions, and stops on an empty matrix", () => {
    const m = buildCsr(3, 3, [0], [0], [1]);
    const { model } = fitAls(m, { factors: 2 });
    expect(Array.from(model.userFactors.slice(2))).toEqual([0, 0, 0, 0]);
    expect(Array.from(model.itemFactors.slice(2))).toEqual([0, 0, 0, 0]);
    expect(Array.from(model.itemPopularity)).toEqual([1, 0, 0]);
    const empty = fitAls(buildCsr(2, 2, [], [], []), { factors: 2 });
    expect(empty.lossHistory).toEqual([0, 0]);
    expect(empty.converged).toBe(true);
  });

  it("rejects bad options and a transpose that does not match", () => {
    const m = buildCsr(2, 2, [0], [1], [1]);
    expect(() => fitAls(m, { factors: 0 })).toThrow(MathInputError);
    expect(() => fitAls(m, { regularization: 0 })).toThrow(MathInputError);
    expect(() => fitAls(m, { alpha: -1 })).toThrow(MathInputError);
    expect(() => fitAls(m, { iterations: 1.5 })).toThrow(MathInputError);
    expect(() => fitAls(m, { seed: Number.NaN })).toThrow(MathInputError);
    expect(() => fitAls(m, {}, buildCsr(3, 2, [], [], []))).toThrow(MathInputError);
    expect(() => fitAls(m, {}, transposeCsr(m))).not.toThrow();
  });
});
