import { describe, expect, it } from "vitest";
import { priceHistogram, providerShare } from "./histogram";

describe("priceHistogram", () => {
  it("counts every value exactly once, in bins with nice edges", () => {
    const prices = [0.1, 0.2, 0.35, 0.5, 0.9, 1.2, 1.9, 2.5, 3.1, 4.8];
    const bins = priceHistogram(prices, 10);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(prices.length);
    const widths = bins.filter((b) => Number.isFinite(b.to)).map((b) => b.to - b.from);
    for (const w of widths) {
      const mantissa = Number((w / 10 ** Math.floor(Math.log10(w))).toFixed(6));
      expect([1, 2, 2.5, 5]).toContain(mantissa);
    }
  });

  it("puts the tail above the 95th percentile into one open-ended bin", () => {
    const prices = [...Array.from({ length: 40 }, (_, k) => 0.5 + k * 0.05), 40, 45];
    const bins = priceHistogram(prices);
    const last = bins[bins.length - 1];
    expect(last?.to).toBe(Number.POSITIVE_INFINITY);
    expect(last?.label.startsWith("≥")).toBe(true);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(prices.length);
  });

  it("handles empty and constant input", () => {
    expect(priceHistogram([])).toEqual([]);
    expect(priceHistogram([2, 2, 2])).toEqual([{ from: 2, to: 2, count: 3, label: "$2" }]);
  });
});

describe("providerShare", () => {
  it("ranks providers by offer count and folds the rest into 'other'", () => {
    const shares = providerShare(["a", "b", "b", "c", "c", "c", "d"], 2);
    expect(shares).toEqual([
      { provider: "c", offers: 3 },
      { provider: "b", offers: 2 },
      { provider: "other", offers: 2 },
    ]);
  });
});
