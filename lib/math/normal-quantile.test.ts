import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "./errors";
import { normalQuantile } from "./normal-quantile";

describe("normalQuantile", () => {
  it("matches standard normal table values to 1e-8", () => {
    // Table values (e.g. NIST/SEMATECH e-Handbook §1.3.6.7.1): z₀.₉₇₅ = 1.959963985, ...
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829304, 8);
    expect(normalQuantile(0.9)).toBeCloseTo(1.281551566, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("is antisymmetric and increasing (property)", () => {
    fc.assert(
      // p ≥ 1e-6: below that, 1 − p itself loses the digits of p and symmetry cannot be checked.
      fc.property(
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        fc.double({ min: 1e-9, max: 0.1 }),
        (p, dp) => {
          expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 6);
          if (p + dp < 1) expect(normalQuantile(p + dp)).toBeGreaterThan(normalQuantile(p));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects p outside (0, 1)", () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => normalQuantile(p)).toThrow(MathInputError);
  });
});
