import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectAnomaly } from "./anomaly";
import { MathInputError } from "./errors";

describe("detectAnomaly: z-score", () => {
  it("uses the population standard deviation (hand-checked)", () => {
    // [1..5]: μ = 3, σ² = 10/5 = 2 (population; the sample variance would be 2.5), z(5) = 2/√2.
    const result = detectAnomaly([1, 2, 3, 4, 5], 5);
    expect(result.zScore).toBeCloseTo(Math.SQRT2, 14);
    expect(result.isAnomaly).toBe(false);
    expect(result.details).toEqual({
      mean: 3,
      std: Math.SQRT2,
      median: 3,
      mad: 1,
      method: "z-score",
      threshold: 3,
    });
  });

  it("flags |z| > 3 by default and honours a custom threshold", () => {
    // μ = 11.375, σ² = 7.875 / 8 = 0.984375 → z(20) = 8.625 / 0.9921567 = 8.6932.
    const history = [10, 12, 11, 13, 12, 11, 10, 12];
    const spike = detectAnomaly(history, 20);
    expect(spike.isAnomaly).toBe(true);
    expect(spike.zScore).toBeCloseTo(8.625 / Math.sqrt(0.984375), 12);
    expect(detectAnomaly(history, 13).isAnomaly).toBe(false);
    expect(detectAnomaly(history, 13, { threshold: 1.5 }).isAnomaly).toBe(true);
    // Strictly greater: exactly 3σ away is not flagged. [0, 2]: μ 1, σ 1, value 4 → z = 3.
    expect(detectAnomaly([0, 2], 4)).toMatchObject({ isAnomaly: false, zScore: 3 });
  });

  it("reports z = 0 for the constant value and the null sentinel for any other", () => {
    expect(detectAnomaly([0.1, 0.1, 0.1], 0.1)).toMatchObject({ isAnomaly: false, zScore: 0 });
    const off = detectAnomaly([0.1, 0.1, 0.1], 0.2);
    expect(off).toMatchObject({ isAnomaly: true, zScore: null });
    expect(off.details.std).toBe(0);
    expect(off.details.mean).toBe(0.1);
    expect(detectAnomaly([7], 7).zScore).toBe(0);
  });
});

describe("detectAnomaly: modified z-score", () => {
  it("computes 0.6745 (x − median) / MAD and flags above 3.5 (hand-checked)", () => {
    // median 4, |x − 4| = 3,2,1,0,1,2,96 → MAD 2. M(100) = 0.6745 · 96 / 2; M(7) = 0.6745 · 3 / 2.
    const history = [1, 2, 3, 4, 5, 6, 100];
    const spike = detectAnomaly(history, 100, { method: "modified-z-score" });
    expect(spike.zScore).toBeCloseTo(32.376, 12);
    expect(spike.isAnomaly).toBe(true);
    expect(spike.details).toMatchObject({ median: 4, mad: 2, method: "modified-z-score", threshold: 3.5 });
    const normal = detectAnomaly(history, 7, { method: "modified-z-score" });
    expect(normal.zScore).toBeCloseTo(1.01175, 12);
    expect(normal.isAnomaly).toBe(false);
    // The same spike inflates σ so much that the plain z-score misses the next one.
    expect(detectAnomaly(history, 100).isAnomaly).toBe(false);
  });

  it("falls back to 1.253314 · MeanAD when MAD is 0", () => {
    // median 5, deviations 0,0,0,0,4 → MAD 0, MeanAD 0.8 → M(9) = 4 / (1.253314 · 0.8) = 3.9894.
    const result = detectAnomaly([5, 5, 5, 5, 9], 9, { method: "modified-z-score" });
    expect(result.details.mad).toBe(0);
    expect(result.zScore).toBeCloseTo(4 / (1.253314 * 0.8), 12);
    expect(result.isAnomaly).toBe(true);
    expect(detectAnomaly([5, 5, 5], 6, { method: "modified-z-score" })).toMatchObject({
      isAnomaly: true,
      zScore: null,
    });
  });

  it("uses the mean of the middle values as the median for even n", () => {
    expect(detectAnomaly([4, 1, 3, 2], 2.5).details.median).toBe(2.5);
  });
});

describe("detectAnomaly: input and properties", () => {
  it("rejects empty history, non-finite numbers and bad options", () => {
    expect(() => detectAnomaly([], 1)).toThrow(MathInputError);
    expect(() => detectAnomaly([1, Number.NaN], 1)).toThrow(/history\[1\]/);
    expect(() => detectAnomaly([1], Number.POSITIVE_INFINITY)).toThrow(/value/);
    expect(() => detectAnomaly([1e200], 1)).toThrow(/history\[0\]/);
    expect(() => detectAnomaly([1], 1, { threshold: 0 })).toThrow(/threshold/);
    expect(() => detectAnomaly([1], 1, { method: "iqr" as "z-score" })).toThrow(/method/);
  });

  const method = fc.constantFrom<"z-score" | "modified-z-score">("z-score", "modified-z-score");

  it("never returns NaN or ±Infinity, down to subnormal deviations (property)", () => {
    const x = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(x, { minLength: 1, maxLength: 30 }), x, method, (history, value, m) => {
        const result = detectAnomaly(history, value, { method: m });
        for (const v of Object.values(result.details))
          if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        if (result.zScore === null) expect(result.isAnomaly).toBe(true);
        else expect(Number.isFinite(result.zScore)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Deviations of 1e-162 square to subnormals; scaling keeps z exact: history [a, 0], value 0 → −1.
    expect(detectAnomaly([3.1434555694052576e-162, 0], 0).zScore).toBeCloseTo(-1, 14);
  });

  it("is invariant to shifting and positively scaling prices (property)", () => {
    // Prices in cents, so the affine map 2x + 5 keeps every difference representable.
    const cents = fc.integer({ min: -1e6, max: 1e6 }).map((c) => c / 100);
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 30 }), cents, method, (history, value, m) => {
        const before = detectAnomaly(history, value, { method: m });
        const after = detectAnomaly(
          history.map((h) => 2 * h + 5),
          2 * value + 5,
          { method: m },
        );
        if (before.zScore === null) {
          expect(after).toMatchObject({ zScore: null, isAnomaly: true });
          return;
        }
        expect(after.zScore).toBeCloseTo(before.zScore, 6);
        // Away from the threshold itself, rounding cannot flip the verdict.
        const margin = Math.abs(Math.abs(before.zScore) - before.details.threshold);
        if (margin > 1e-6) expect(after.isAnomaly).toBe(before.isAnomaly);
      }),
      { numRuns: 300 },
    );
  });
});
