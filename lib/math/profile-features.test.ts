import { describe, expect, it } from "vitest";
import { cosine, cosineAgainstMany } from "./cosine-similarity";
import { type OfferFeatureFacts, offerFeatureMatrix } from "./offer-features";
import { contentSimilarity, workloadProfileFeatures } from "./profile-features";

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

describe("workloadProfileFeatures", () => {
  it("ranks offers by how well they fit a memory-bound 70B inference profile", () => {
    const profile = { vramGb: 80, memoryBandwidthGbps: 3350 };
    const offers = [t4, a100, h100];
    const scores = contentSimilarity(offers, profile);
    // Stated: vram (80 GB → 0) and bandwidth (3350 GB/s → 0.2388). H100 matches both (cosine 1);
    // the reference A100 is the zero vector on them (0: no evidence); the T4 falls short on both
    // and points the opposite way (−0.77, −0.89) · (0, 0.24) < 0.
    expect(scores[2]).toBeCloseTo(1, 12);
    expect(scores[1]).toBe(0);
    expect(scores[0]).toBeLessThan(0);
    // Unstated features (price, compute) do not count against the H100.
    const { vector, stated } = workloadProfileFeatures(profile);
    expect(Array.from(stated)).toEqual([0, 1, 1, 0, 0, 0]);
    expect(cosineAgainstMany(offerFeatureMatrix(offers), vector)[2]).toBeLessThan(0.5);
    expect(cosine(offerFeatureMatrix([h100], stated).data, vector)).toBeCloseTo(1, 12);
  });

  it("prefers the offer nearest a stated price tier and reliability (hand-checked)", () => {
    // budget $0.35 → 0.3505 = T4's affordability; reliability 0.99 → 0.8 for both offers.
    const scores = contentSimilarity(
      [
        { ...t4, reliability: 0.99 },
        { ...h100, reliability: 0.99 },
      ],
      { budgetPerGpuHourUsd: 0.35, reliability: 0.99 },
    );
    expect(scores[0]).toBeCloseTo(1, 12);
    const h = -Math.log10(2.5) / Math.log10(20);
    const p = -Math.log10(0.35) / Math.log10(20);
    expect(scores[1]).toBeCloseTo((h * p + 0.64) / Math.sqrt((h * h + 0.64) * (p * p + 0.64)), 12);
  });

  it("applies importance per feature and leaves unstated targets at 0", () => {
    const { vector, stated } = workloadProfileFeatures({
      vramGb: 160,
      reliability: 1,
      importance: { vram: 2 },
    });
    expect(Array.from(vector)).toEqual([0, (2 * 1) / 3, 0, 0, 1, 0]);
    expect(Array.from(stated)).toEqual([0, 1, 0, 0, 1, 0]);
  });

  it("rejects a profile with no preference and bad targets", () => {
    expect(() => workloadProfileFeatures({})).toThrow(/^profile: /);
    expect(() => workloadProfileFeatures({ vramGb: 80 })).toThrow(/^profile: /);
    expect(() => workloadProfileFeatures({ vramGb: 160, importance: { vram: 0 } })).toThrow(/^profile: /);
    expect(() => workloadProfileFeatures({ vramGb: -1 })).toThrow(/vramGb/);
    expect(() => workloadProfileFeatures({ budgetPerGpuHourUsd: 0 })).toThrow(/budgetPerGpuHourUsd/);
    expect(() => workloadProfileFeatures({ vramGb: 160, importance: { vram: -1 } })).toThrow(
      /importance\.vram/,
    );
    expect(() => workloadProfileFeatures({ availability: 2 })).toThrow(/availability/);
  });
});
