import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "./errors";
import { type PricePoint, predictPrice } from "./price-prediction";

const hour = 3_600_000;
const t0 = Date.UTC(2026, 0, 1);
const at = (hours: number, price: number): PricePoint => ({
  timestampMs: t0 + hours * hour,
  pricePerHourUsd: price,
});

describe("predictPrice", () => {
  it("fits an OLS trend with a t-based prediction interval (hand-checked)", () => {
    // x = 0,1,2,3 h; y = 1,2,2,4: x̄ 1.5, ȳ 2.25, Sxx 5, Sxy 4.5 → b 0.9, a 0.9.
    // Residuals 0.1, 0.2, −0.7, 0.4 → SSE 0.7, s² 0.35. At x₀ = 4: ŷ = 4.5,
    // se = √(0.35 · (1 + 1/4 + 2.5²/5)) = √0.875, t(0.95, 2) = 4.302653 → ±4.024755.
    const prediction = predictPrice([at(0, 1), at(1, 2), at(2, 2), at(3, 4)]);
    expect(prediction.method).toBe("linear-trend");
    expect(prediction.pointsUsed).toBe(4);
    expect(prediction.slopeUsdPerHour).toBeCloseTo(0.9, 12);
    expect(prediction.predictedPrice).toBeCloseTo(4.5, 12);
    expect(prediction.confidenceInterval.low).toBeCloseTo(4.5 - 4.302653 * Math.sqrt(0.875), 5);
    expect(prediction.confidenceInterval.high).toBeCloseTo(4.5 + 4.302653 * Math.sqrt(0.875), 5);
    expect(prediction.confidenceInterval.level).toBe(0.95);
  });

  it("uses actual times for irregular spacing and ignores input order", () => {
    // y = 1 + 0.1 h sampled at 0, 1, 2, 7 and 30 h: an exact line, so a zero-width interval.
    const points = [0, 1, 2, 7, 30].map((h) => at(h, 1 + 0.1 * h));
    const prediction = predictPrice(points, { horizonHours: 10 });
    expect(prediction.predictedPrice).toBeCloseTo(5, 12);
    expect(prediction.confidenceInterval.high - prediction.confidenceInterval.low).toBeLessThan(1e-9);
    const shuffled = predictPrice([points[3], points[0], points[4], points[2], points[1]] as PricePoint[], {
      horizonHours: 10,
    });
    expect(shuffled.predictedPrice).toBeCloseTo(prediction.predictedPrice, 12);
    expect(predictPrice(points, { atMs: t0 + 40 * hour }).predictedPrice).toBeCloseTo(5, 12);
  });

  it("returns the price with a zero-width interval for one point or a constant history", () => {
    const single = predictPrice([at(0, 2.49)]);
    expect(single).toEqual({
      predictedPrice: 2.49,
      confidenceInterval: { low: 2.49, high: 2.49, level: 0.95 },
      method: "single-point",
      pointsUsed: 1,
      slopeUsdPerHour: 0,
    });
    const constant = predictPrice([at(0, 0.1), at(5, 0.1), at(9, 0.1)]);
    expect(constant.method).toBe("constant");
    expect(constant.predictedPrice).toBe(0.1);
    expect(constant.confidenceInterval.low).toBe(0.1);
  });

  it("falls back to the mean for two points or a single timestamp", () => {
    // ȳ = 2, s = √2, t(0.95, 1) = 12.7062: 2 ± 12.7062 · √2 · √1.5 → low clamps to 0.
    const two = predictPrice([at(0, 1), at(1, 3)]);
    expect(two.method).toBe("mean");
    expect(two.predictedPrice).toBe(2);
    expect(two.confidenceInterval.low).toBe(0);
    expect(two.confidenceInterval.high).toBeCloseTo(2 + 12.7062047 * Math.sqrt(3), 5);
    const sameTime = predictPrice([at(0, 1), at(0, 2), at(0, 3)], { level: 0.9 });
    expect(sameTime.method).toBe("mean");
    expect(sameTime.predictedPrice).toBe(2);
    expect(sameTime.confidenceInterval.level).toBe(0.9);
  });

  it("clamps a falling trend at zero", () => {
    const falling = predictPrice([at(0, 3), at(1, 2), at(2, 1.1)], { horizonHours: 10 });
    expect(falling.slopeUsdPerHour).toBeLessThan(0);
    expect(falling.predictedPrice).toBe(0);
    expect(falling.confidenceInterval.low).toBe(0);
  });

  it("rejects empty or invalid histories and options", () => {
    expect(() => predictPrice([])).toThrow(MathInputError);
    expect(() => predictPrice([at(0, -1)])).toThrow(/history\[0\]\.pricePerHourUsd/);
    expect(() => predictPrice([at(0, 1), { timestampMs: Number.NaN, pricePerHourUsd: 1 }])).toThrow(
      /history\[1\]\.timestampMs/,
    );
    expect(() => predictPrice([at(0, 1)], { level: 1 })).toThrow(/level/);
    expect(() => predictPrice([at(0, 1)], { horizonHours: Number.POSITIVE_INFINITY })).toThrow(
      /horizonHours/,
    );
  });

  it("brackets its prediction with finite, ordered bounds (property)", () => {
    const point = fc.record({
      timestampMs: fc.integer({ min: t0, max: t0 + 30 * 24 * hour }),
      pricePerHourUsd: fc.double({ min: 0, max: 50, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        (h, level) => {
          const { predictedPrice, confidenceInterval } = predictPrice(h, { level });
          for (const v of [predictedPrice, confidenceInterval.low, confidenceInterval.high]) {
            expect(Number.isFinite(v) && v >= 0).toBe(true);
          }
          expect(confidenceInterval.low <= predictedPrice && predictedPrice <= confidenceInterval.high).toBe(
            true,
          );
          expect(predictPrice([...h].reverse(), { level }).predictedPrice).toBeCloseTo(predictedPrice, 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});
