import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "../errors";
import {
  costPer1kImages,
  costPer1MTokens,
  costPerGflop,
  costPerToken,
  measuredMatmulEfficiency,
  pricePerGpuHour,
} from "./unit-costs";

const nonFinite = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

describe("costPerToken / costPer1MTokens", () => {
  it("matches the worked examples of gpu-benchmarks.md §1", () => {
    // $1.00/h at 120 tok/s single-stream → $1/(120 × 3600) × 1e6 = $2.31 per 1M tokens.
    expect(costPerToken(1, 120)).toBe(1 / 432_000);
    expect(costPer1MTokens(1, 120)).toBeCloseTo(2.3148148148, 9);
    // H100 SXM batched, 28,837 tok/s at $1.00/h → $0.0096 per 1M tokens.
    expect(costPer1MTokens(1, 28_837)).toBeCloseTo(0.0096, 4);
    expect(costPerToken(0, 120)).toBe(0);
  });

  it("Property 6: Math Core cost-per-token calculation equals price / (tps × 3600) bitwise", () => {
    const tps = fc.oneof(
      fc.integer({ min: 100, max: 10_000 }),
      fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), tps, (price, tokensPerSecond) => {
        expect(Object.is(costPerToken(price, tokensPerSecond), price / (tokensPerSecond * 3600))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("throws MathInputError instead of returning Infinity or NaN", () => {
    for (const bad of [0, -1, ...nonFinite]) {
      expect(() => costPerToken(1, bad)).toThrow(MathInputError);
    }
    for (const bad of [-0.01, ...nonFinite]) {
      expect(() => costPerToken(bad, 100)).toThrow(MathInputError);
    }
    fc.assert(
      fc.property(fc.double(), fc.double(), (price, tps) => {
        try {
          expect(Number.isFinite(costPerToken(price, tps))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(MathInputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("costPerGflop", () => {
  it("prices the peak by default, bitwise as price / (tflops × 1000 × 3600)", () => {
    // A100 SXM 80GB: 312 dense BF16 TFLOPS at $2.93/h → 2.93 / 1.1232e12 GFLOP... per GFLOP:
    // 2.93 / (312 × 1000 × 3600) = 2.6086e-9 USD.
    expect(costPerGflop(2.93, 312)).toBe(2.93 / (312 * 1000 * 3600));
    expect(costPerGflop(2.93, 312)).toBeCloseTo(2.6086e-9, 12);
  });

  it("divides by the achieved fraction when utilization is given", () => {
    const atMamf = costPerGflop(2.93, 312, measuredMatmulEfficiency["A100 SXM"]);
    expect(atMamf / costPerGflop(2.93, 312)).toBeCloseTo(1 / 0.869, 12);
    expect(() => costPerGflop(1, 100, 0)).toThrow(MathInputError);
    expect(() => costPerGflop(1, 100, 1.2)).toThrow(/utilization/);
    expect(() => costPerGflop(1, 0)).toThrow(MathInputError);
    expect(() => costPerGflop(1, Number.NaN)).toThrow(MathInputError);
  });
});

describe("costPer1kImages and pricePerGpuHour", () => {
  it("computes USD per 1,000 images from images per minute (hand-checked)", () => {
    // $4.04/h at 122.6 img/min: 4.04 / 7356 × 1000 = 0.549211...
    expect(costPer1kImages(4.04, 122.6)).toBeCloseTo(0.5492115, 7);
    expect(() => costPer1kImages(4.04, 0)).toThrow(MathInputError);
  });

  it("splits a multi-GPU price per GPU, fractional counts allowed", () => {
    expect(pricePerGpuHour(4.36, 4)).toBe(1.09);
    expect(pricePerGpuHour(0.5, 1 / 6)).toBeCloseTo(3, 12);
    expect(() => pricePerGpuHour(1, 0)).toThrow(MathInputError);
    expect(() => pricePerGpuHour(1, -2)).toThrow(MathInputError);
  });
});
