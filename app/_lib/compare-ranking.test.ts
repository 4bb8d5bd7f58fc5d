import { describe, expect, it } from "vitest";
import { marketplaceWeights } from "@/lib/math/topsis-input";
import { comparisonHighlights } from "./compare-highlights";
import { normalizedWeights, rankOffers, whySentence } from "./compare-ranking";

const offer = (price: number, tflops: number | null, reliability: number | null = 0.99) => ({
  price_per_gpu_hour: price,
  gpu_count: 1,
  availability_status: "available",
  reliability,
  compliance_tags: [],
  tflops_per_gpu: tflops,
});

describe("rankOffers", () => {
  const cheapSlow = offer(0.4, 82);
  const dearFast = offer(3.5, 990);
  const middle = offer(1.5, 312);

  it("lets the price weight decide between a cheap slow GPU and an expensive fast one", () => {
    const withPrice = rankOffers([cheapSlow, dearFast, middle], [1, 0.1, 0, 0, 0]);
    const withoutPrice = rankOffers([cheapSlow, dearFast, middle], [0, 1, 0, 0, 0]);
    if (!withPrice.ok || !withoutPrice.ok) throw new Error("ranking failed");
    expect(withPrice.ranked[0]?.index).toBe(0);
    expect(withoutPrice.ranked[0]?.index).toBe(1);
    expect(withPrice.ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it("gives contribution shares that sum to 1 and scores in [0, 1]", () => {
    const result = rankOffers([cheapSlow, dearFast, middle], marketplaceWeights);
    if (!result.ok) throw new Error("ranking failed");
    for (const r of result.ranked) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      const sum = r.strengths.reduce((s, c) => s + c.share, 0);
      if (sum > 0) expect(sum).toBeCloseTo(1, 9);
    }
    expect(result.topVsSecond).not.toBeNull();
  });

  it("refuses all-zero weights and no offers with a message instead of throwing", () => {
    expect(rankOffers([cheapSlow], [0, 0, 0, 0, 0])).toEqual({
      ok: false,
      message: "Give at least one criterion a weight above 0.",
    });
    expect(rankOffers([], marketplaceWeights).ok).toBe(false);
  });

  it("normalises weights for display", () => {
    expect(normalizedWeights([0.3, 0.25, 0.2, 0.15, 0.1]).map((w) => Math.round(w * 100))).toEqual([
      30, 25, 20, 15, 10,
    ]);
    expect(normalizedWeights([0, 0.25, 0.2, 0.15, 0.1])[1]).toBeCloseTo(0.25 / 0.7, 12);
  });
});

describe("explanations", () => {
  it("names the criteria that favour #1 and those that favour #2", () => {
    const factors = [
      { criterion: "price", index: 0, idealGapReduction: 0, antiIdealGapGain: 0, advantage: 0.3 },
      { criterion: "availability", index: 2, idealGapReduction: 0, antiIdealGapGain: 0, advantage: 0 },
      { criterion: "performance", index: 1, idealGapReduction: 0, antiIdealGapGain: 0, advantage: -0.1 },
    ];
    expect(whySentence(factors, "A", "B")).toBe(
      "A ranks above B mainly on price, although B is stronger on performance.",
    );
  });

  it("compares price, TFLOPS, VRAM and reliability only when both offers state them", () => {
    const a = {
      label: "A",
      price_per_gpu_hour: 0.8,
      tflops_per_gpu: 100,
      vram_per_gpu_gb: 24,
      reliability: null,
    };
    const b = {
      label: "B",
      price_per_gpu_hour: 1,
      tflops_per_gpu: 135,
      vram_per_gpu_gb: null,
      reliability: 0.99,
    };
    expect(comparisonHighlights(a, b)).toEqual([
      "A is 20% cheaper per GPU-hour than B",
      "B has 35% more FP16 TFLOPS per GPU than A",
    ]);
  });
});
