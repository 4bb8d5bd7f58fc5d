import { describe, expect, it } from "vitest";
import { type ConfidenceInput, computeConfidence } from "./confidence";

const base: ConfidenceInput = {
  type: "image_generation",
  score: { type: "image_generation", score: 2, runnerUp: 0, decisive: false },
  hasQuantity: false,
  hasRateOnly: false,
  hasDuration: false,
  otherFields: 0,
  corrections: 0,
};

describe("computeConfidence", () => {
  it("scores a clear request with quantity and duration at 0.8 or more", () => {
    expect(computeConfidence({ ...base, hasQuantity: true, hasDuration: true })).toBe(0.8);
    const strong = { ...base, score: { ...base.score, score: 5 } };
    expect(computeConfidence({ ...strong, hasQuantity: true, hasDuration: true })).toBe(0.95);
  });

  it("stays below the 0.7 ask threshold without a duration", () => {
    expect(computeConfidence({ ...base, hasQuantity: true })).toBe(0.65);
  });

  it("keeps small talk under 0.3", () => {
    expect(computeConfidence({ ...base, type: "other" })).toBe(0.05);
    expect(computeConfidence({ ...base, type: "other", otherFields: 2 })).toBe(0.21);
  });

  it("lowers ambiguous and typo-corrected requests", () => {
    const ambiguous = { ...base, score: { ...base.score, score: 3, runnerUp: 3 } };
    expect(computeConfidence(ambiguous)).toBe(0.45);
    expect(computeConfidence({ ...base, corrections: 2 })).toBe(0.39);
  });

  it("caps at 0.98", () => {
    const everything = {
      ...base,
      score: { ...base.score, score: 9, decisive: true },
      hasQuantity: true,
      hasDuration: true,
      otherFields: 6,
    };
    expect(computeConfidence(everything)).toBe(0.98);
  });
});
