import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conjugateGradient, createCgScratch, DenseSpdOperator } from "./conjugate-gradient";
import { MathInputError } from "./errors";

function solve(matrix: number[], rhs: number[], start: number[], maxIterations: number, tolerance = 0) {
  const n = rhs.length;
  const op = new DenseSpdOperator(Float64Array.from(matrix), n);
  const x = Float64Array.from(start);
  const scratch = createCgScratch(n);
  const steps = conjugateGradient(op, Float64Array.from(rhs), x, scratch, { maxIterations, tolerance });
  return { x, steps, residualNormSquared: scratch.residualNormSquared };
}

/** f(x) = ½xᵀAx − bᵀx, the quadratic CG minimises. */
function objective(matrix: number[], rhs: number[], x: Float64Array): number {
  const n = rhs.length;
  let value = 0;
  for (let i = 0; i < n; i++) {
    let ax = 0;
    for (let j = 0; j < n; j++) ax += (matrix[i * n + j] ?? 0) * (x[j] ?? 0);
    value += 0.5 * (x[i] ?? 0) * ax - (rhs[i] ?? 0) * (x[i] ?? 0);
  }
  return value;
}

/** A = MᵀM + I: symmetric positive definite for any M. */
const spdSystem = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    m: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n * n, maxLength: n * n }),
    rhs: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
    start: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
  }),
);

function spdMatrix(n: number, m: number[]): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sum = i === j ? 1 : 0;
      for (let r = 0; r < n; r++) sum += (m[r * n + i] ?? 0) * (m[r * n + j] ?? 0);
      a.push(sum);
    }
  }
  return a;
}

describe("conjugateGradient", () => {
  it("solves [[4,1],[1,3]]·x = [1,2] exactly in 2 steps: x = [1/11, 7/11]", () => {
    const { x, steps } = solve([4, 1, 1, 3], [1, 2], [0, 0], 10);
    expect(steps).toBe(2);
    expect(x[0]).toBeCloseTo(1 / 11, 12);
    expect(x[1]).toBeCloseTo(7 / 11, 12);
  });

  it("takes one step on a diagonal system with equal eigenvalues: 2I·x = [2, 4] → [1, 2]", () => {
    const { x, steps } = solve([2, 0, 0, 2], [2, 4], [0, 0], 10);
    expect(steps).toBe(1);
    expect(Array.from(x)).toEqual([1, 2]);
  });

  it("returns at once when the warm start already solves the system", () => {
    const { x, steps, residualNormSquared } = solve([4, 1, 1, 3], [5, 4], [1, 1], 10);
    expect(steps).toBe(0);
    expect(residualNormSquared).toBe(0);
    expect(Array.from(x)).toEqual([1, 1]);
  });

  it("respects maxIterations and leaves the partial iterate in x", () => {
    const { x, steps } = solve([4, 1, 1, 3], [1, 2], [0, 0], 1);
    expect(steps).toBe(1);
    // First step from 0 is steepest descent: x = (rᵀr / rᵀAr)·r with r = b = [1, 2], rᵀAr = 20.
    expect(x[0]).toBeCloseTo(0.25, 12);
    expect(x[1]).toBeCloseTo(0.5, 12);
  });

  it("stops on non-positive curvature instead of dividing by it (A = −I)", () => {
    const { x, steps } = solve([-1, 0, 0, -1], [1, 1], [0, 0], 10);
    expect(steps).toBe(0);
    expect(Array.from(x)).toEqual([0, 0]);
  });

  it("drives x to 0 when b = 0", () => {
    const { x } = solve([4, 1, 1, 3], [0, 0], [3, -2], 10);
    expect(Math.abs(x[0] ?? 1)).toBeLessThan(1e-12);
    expect(Math.abs(x[1] ?? 1)).toBeLessThan(1e-12);
  });

  it("rejects a matrix of the wrong size and a scratch too small", () => {
    expect(() => new DenseSpdOperator(new Float64Array(3), 2)).toThrow(MathInputError);
    expect(() => createCgScratch(0)).toThrow(MathInputError);
    const op = new DenseSpdOperator(new Float64Array([1, 0, 0, 1]), 2);
    const small = createCgScratch(1);
    const call = () =>
      conjugateGradient(op, new Float64Array(2), new Float64Array(2), small, {
        maxIterations: 2,
        tolerance: 0,
      });
    expect(call).toThrow(MathInputError);
  });

  it("property: on SPD systems of size n it reaches relative residual 1e-8 within 2n steps", () => {
    fc.assert(
      fc.property(spdSystem, ({ n, m, rhs, start }) => {
        const a = spdMatrix(n, m);
        const { x } = solve(a, rhs, start, 2 * n, 1e-12);
        let residual = 0;
        let rhsNorm = 0;
        for (let i = 0; i < n; i++) {
          let ax = 0;
          for (let j = 0; j < n; j++) ax += (a[i * n + j] ?? 0) * (x[j] ?? 0);
          residual += ((rhs[i] ?? 0) - ax) ** 2;
          rhsNorm += (rhs[i] ?? 0) ** 2;
        }
        expect(Math.sqrt(residual)).toBeLessThanOrEqual(1e-8 * Math.max(Math.sqrt(rhsNorm), 1));
      }),
      { numRuns: 200 },
    );
  });

  it("property: every step from a warm start lowers ½xᵀAx − bᵀx (why truncated CG keeps ALS monotone)", () => {
    fc.assert(
      fc.property(spdSystem, ({ n, m, rhs, start }) => {
        const a = spdMatrix(n, m);
        let previous = objective(a, rhs, Float64Array.from(start));
        for (let steps = 1; steps <= n; steps++) {
          const current = objective(a, rhs, solve(a, rhs, start, steps).x);
          expect(current).toBeLessThanOrEqual(previous + 1e-9 * Math.max(1, Math.abs(previous)));
          previous = current;
        }
      }),
      { numRuns: 200 },
    );
  });
});
