import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "./errors";
import {
  type OfferFeatureFacts,
  offerFeatureMatrix,
  offerFeatureNames,
  offerFeatures,
} from "./offer-features";

// Per-GPU specs from reference/gpu-benchmarks.csv.
const a100: OfferFeatureFacts = {
  pricePerHourUsd: 1,
  vramGb: 80,
  memoryBandwidthGbps: 2039,
  tflopsBf16: 312,
};
const h100: OfferFeatureFacts = {
  pricePerHourUsd: 2.5,
  vramGb: 80,
  memoryBandwidthGbps: 3350,
  tflopsBf16: 989,
};
const t4: OfferFeatureFacts = { pricePerHourUsd: 0.35, vramGb: 16, memoryBandwidthGbps: 320, tflopsBf16: 65 };

describe("offerFeatures", () => {
  it("maps the reference offer to the origin of the spec features", () => {
    expect(Array.from(offerFeatures(a100))).toEqual([-0, 0, 0, 0, 0, 0]);
    expect(offerFeatureNames).toHaveLength(6);
  });

  it("scales a T4 as documented (hand-computed)", () => {
    const v = offerFeatures({ ...t4, reliability: 0.99, availability: 0.25 });
    expect(v[0]).toBeCloseTo(-Math.log10(0.35) / Math.log10(20), 14); // 0.3505
    expect(v[1]).toBeCloseTo(Math.log2(16 / 80) / 3, 14); // −0.7740
    expect(v[2]).toBeCloseTo(Math.log2(320 / 2039) / 3, 14); // −0.8906
    expect(v[3]).toBeCloseTo(Math.log2(65 / 312) / 3, 14); // −0.7543
    expect(v[4]).toBeCloseTo(0.8, 14);
    expect(v[5]).toBe(-0.5);
  });

  it("clamps to [−1, 1], prices per GPU and treats missing facts as 0", () => {
    expect(offerFeatures({ ...a100, pricePerHourUsd: 20 })[0]).toBeCloseTo(-1, 14);
    expect(offerFeatures({ ...a100, pricePerHourUsd: 0.05 })[0]).toBeCloseTo(1, 14);
    expect(offerFeatures({ ...a100, pricePerHourUsd: 500 })[0]).toBe(-1);
    expect(offerFeatures({ ...a100, reliability: 0.5 })[4]).toBe(-1);
    expect(offerFeatures({ ...a100, pricePerHourUsd: 8, gpuCount: 8 })[0]).toBe(-0);
    expect(offerFeatures({ ...a100, tflopsBf16: null })[3]).toBe(0);
  });

  it("rejects bad facts with MathInputError", () => {
    expect(() => offerFeatures({ ...a100, pricePerHourUsd: 0 })).toThrow(MathInputError);
    expect(() => offerFeatures({ ...a100, gpuCount: 0 })).toThrow(/gpuCount/);
    expect(() => offerFeatures({ ...a100, vramGb: -1 })).toThrow(/vramGb/);
    expect(() => offerFeatures({ ...a100, tflopsBf16: Number.NaN })).toThrow(/tflopsBf16/);
    expect(() => offerFeatures({ ...a100, reliability: 1.2 })).toThrow(/reliability/);
    expect(() => offerFeatures({ ...a100, availability: -0.1 })).toThrow(/availability/);
  });

  it("keeps every component finite and in [−1, 1] (property)", () => {
    const positive = fc.double({ min: 1e-6, max: 1e9, noNaN: true });
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    const facts = fc.record({
      pricePerHourUsd: positive,
      gpuCount: fc.double({ min: 0.1, max: 16, noNaN: true }),
      vramGb: positive,
      memoryBandwidthGbps: positive,
      tflopsBf16: fc.option(positive),
      reliability: fc.option(unit),
      availability: fc.option(unit),
    });
    fc.assert(
      fc.property(facts, (f) => {
        for (const x of offerFeatures(f)) expect(x >= -1 && x <= 1).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("offerFeatureMatrix", () => {
  it("stacks offer vectors row by row and zeroes unstated features", () => {
    const all = offerFeatureMatrix([t4, h100]);
    expect([all.rows, all.cols]).toEqual([2, 6]);
    expect(Array.from(all.data.subarray(6, 12))).toEqual(Array.from(offerFeatures(h100)));
    const masked = offerFeatureMatrix([t4], Uint8Array.from([0, 1, 0, 0, 0, 0]));
    expect(Array.from(masked.data)).toEqual([0, Math.log2(16 / 80) / 3, 0, 0, 0, 0]);
  });
});
