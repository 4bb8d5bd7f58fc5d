import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "../errors";
import { type EfficiencyOfferFacts, efficiencyReference, efficiencyScore } from "./efficiency-score";

const reference: EfficiencyOfferFacts = {
  pricePerHourUsd: efficiencyReference.pricePerGpuHourUsd,
  vramGb: efficiencyReference.vramGb,
  memoryBandwidthGbps: efficiencyReference.memoryBandwidthGbps,
  tflopsBf16: efficiencyReference.tflopsBf16,
  tokensPerSecond: efficiencyReference.tokensPerSecond,
};

describe("efficiencyScore", () => {
  it("scores the reference offer 0.5 on every factor, per GPU for multi-GPU offers", () => {
    const single = efficiencyScore(reference);
    expect(single.score).toBeCloseTo(0.5, 12);
    expect(single.breakdown.map((b) => b.factor)).toEqual(["throughput", "compute", "memory", "bandwidth"]);
    for (const b of single.breakdown) expect(b.normalized).toBeCloseTo(0.5, 12);
    const eight = efficiencyScore({
      ...reference,
      pricePerHourUsd: 8 * reference.pricePerHourUsd,
      gpuCount: 8,
    });
    expect(eight.score).toBeCloseTo(0.5, 12);
  });

  it("gives 2/3 at half the reference price and 1/3 at double (hand-checked)", () => {
    // q = 2·q_ref → 2/(2 + 1); q = q_ref/2 → 0.5/(0.5 + 1).
    expect(efficiencyScore({ ...reference, pricePerHourUsd: 1.465 }).score).toBeCloseTo(2 / 3, 12);
    expect(efficiencyScore({ ...reference, pricePerHourUsd: 5.86 }).score).toBeCloseTo(1 / 3, 12);
  });

  it("reports missing benchmark factors and renormalises the remaining weights", () => {
    const result = efficiencyScore({ ...reference, tokensPerSecond: null, tflopsBf16: undefined });
    expect(result.missing).toEqual(["throughput", "compute"]);
    expect(result.breakdown.map((b) => [b.factor, b.weight])).toEqual([
      ["memory", 0.5],
      ["bandwidth", 0.5],
    ]);
    expect(result.score).toBeCloseTo(0.5, 12);
  });

  it("rejects bad facts with MathInputError naming the field", () => {
    const fieldOf = (facts: EfficiencyOfferFacts) => {
      try {
        efficiencyScore(facts);
      } catch (error) {
        return error instanceof MathInputError ? error.field : "other error";
      }
      return "no error";
    };
    expect(fieldOf({ ...reference, pricePerHourUsd: 0 })).toBe("pricePerHourUsd");
    expect(fieldOf({ ...reference, pricePerHourUsd: -1 })).toBe("pricePerHourUsd");
    expect(fieldOf({ ...reference, gpuCount: 0 })).toBe("gpuCount");
    expect(fieldOf({ ...reference, tokensPerSecond: 0 })).toBe("tokensPerSecond");
    expect(fieldOf({ ...reference, vramGb: Number.NaN })).toBe("vramGb");
    expect(fieldOf({ ...reference, memoryBandwidthGbps: Number.POSITIVE_INFINITY })).toBe(
      "memoryBandwidthGbps",
    );
  });

  it("keeps score in [0, 1], equal to the sum of its breakdown, and falls as price rises", () => {
    const positive = fc.double({ min: 1e-3, max: 1e5, noNaN: true });
    const facts = fc.record({
      pricePerHourUsd: positive,
      gpuCount: fc.double({ min: 0.1, max: 16, noNaN: true }),
      vramGb: positive,
      memoryBandwidthGbps: positive,
      tflopsBf16: fc.option(positive),
      tokensPerSecond: fc.option(positive),
    });
    fc.assert(
      fc.property(facts, fc.double({ min: 1.01, max: 100, noNaN: true }), (f, factor) => {
        const result = efficiencyScore(f);
        expect(result.score >= 0 && result.score <= 1).toBe(true);
        expect(result.breakdown.reduce((s, b) => s + b.contribution, 0)).toBe(result.score);
        expect(result.breakdown.reduce((s, b) => s + b.weight, 0)).toBeCloseTo(1, 12);
        const pricier = efficiencyScore({ ...f, pricePerHourUsd: f.pricePerHourUsd * factor });
        expect(pricier.score).toBeLessThanOrEqual(result.score);
      }),
      { numRuns: 200 },
    );
  });
});
