import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "./errors";
import { studentTCritical } from "./student-t-quantile";

/** Exact P(|T_ν| ≤ t) for integer ν (Abramowitz & Stegun 26.7.3 odd ν, 26.7.4 even ν). */
function twoSidedCdf(t: number, nu: number): number {
  const theta = Math.atan(t / Math.sqrt(nu));
  const c2 = Math.cos(theta) ** 2;
  let term = 1;
  let sum = 1;
  for (let k = nu % 2 === 1 ? 3 : 2; k <= nu - 2; k += 2) {
    term *= (c2 * (k - 1)) / k;
    sum += term;
  }
  if (nu % 2 === 0) return Math.sin(theta) * sum;
  return nu === 1 ? (2 * theta) / Math.PI : (2 / Math.PI) * (theta + Math.sin(theta) * Math.cos(theta) * sum);
}

describe("studentTCritical", () => {
  it("matches t-table critical values (two-sided 95%, 99%)", () => {
    // Standard t table, e.g. NIST/SEMATECH e-Handbook §1.3.6.7.2.
    const table: [number, number, number][] = [
      [0.95, 1, 12.706],
      [0.95, 2, 4.303],
      [0.95, 3, 3.182],
      [0.95, 5, 2.571],
      [0.95, 10, 2.228],
      [0.95, 30, 2.042],
      [0.99, 3, 5.841],
      [0.99, 10, 3.169],
      [0.9, 7, 1.895],
    ];
    for (const [level, nu, t] of table) expect(studentTCritical(level, nu)).toBeCloseTo(t, 3);
  });

  it("approaches the normal 1.96 for many degrees of freedom", () => {
    expect(studentTCritical(0.95, 100_000)).toBeCloseTo(1.95998, 4);
  });

  it("inverts the exact t CDF to 1e-4 in probability (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        (level, nu) => {
          const t = studentTCritical(level, nu);
          expect(Math.abs(twoSidedCdf(t, nu) - level)).toBeLessThan(1e-4);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rejects bad levels and degrees of freedom", () => {
    for (const level of [0, 1, Number.NaN]) expect(() => studentTCritical(level, 3)).toThrow(MathInputError);
    for (const nu of [0, -1, 2.5, Number.NaN])
      expect(() => studentTCritical(0.95, nu)).toThrow(MathInputError);
  });
});
