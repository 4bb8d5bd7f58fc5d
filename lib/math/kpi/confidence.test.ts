import { describe, expect, it } from "vitest";
import { MathInputError } from "../errors";
import { type BenchmarkProvenance, kpiConfidence } from "./confidence";

describe("kpiConfidence", () => {
  it("ranks measured above peak-spec above estimated, with the documented values", () => {
    expect(kpiConfidence("measured")).toBeCloseTo(0.85, 12);
    expect(kpiConfidence("peak-spec")).toBeCloseTo(1 - 0.2275 / 0.7415, 12);
    expect(kpiConfidence("estimated")).toBeCloseTo(1 - 0.215 / 0.475, 12);
    expect(kpiConfidence("estimated")).toBeCloseTo(0.5474, 4);
  });

  it("accepts a caller's relative uncertainty and clamps to [0, 1]", () => {
    expect(kpiConfidence("measured", 0.05)).toBe(0.95);
    expect(kpiConfidence("estimated", 0)).toBe(1);
    expect(kpiConfidence("estimated", 3)).toBe(0);
  });

  it("rejects unknown provenance and bad uncertainty", () => {
    expect(() => kpiConfidence("guessed" as BenchmarkProvenance)).toThrow(MathInputError);
    expect(() => kpiConfidence("measured", -0.1)).toThrow(MathInputError);
    expect(() => kpiConfidence("measured", Number.NaN)).toThrow(MathInputError);
  });
});
