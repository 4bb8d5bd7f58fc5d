import { describe, expect, it } from "vitest";
import { MathInputError } from "./errors";
import { mulberry32 } from "./prng";

describe("mulberry32", () => {
  it("reproduces the reference sequence for seed 0", () => {
    // uint32 outputs of bryc's reference JavaScript mulberry32 (PRNGs.md) for seed 0; the first,
    // 1144304738 / 2³² = 0.26642920868471265, is the value usually quoted for mulberry32(0).
    const next = mulberry32(0);
    expect(next()).toBe(0.26642920868471265);
    expect([next(), next(), next()].map((x) => x * 2 ** 32)).toEqual([1416247, 958946056, 627933444]);
  });

  it("is deterministic per seed and differs between seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it("yields values in [0, 1) with a plausible mean", () => {
    const next = mulberry32(123);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    // Mean of 10,000 U(0,1) draws: sd = 1/√(12·10⁴) ≈ 0.0029, so ±0.015 is > 5 sd.
    expect(Math.abs(sum / 10_000 - 0.5)).toBeLessThan(0.015);
  });

  it("reduces seeds to uint32 and rejects non-finite seeds", () => {
    expect(mulberry32(2 ** 32 + 5)()).toBe(mulberry32(5)());
    expect(() => mulberry32(Number.NaN)).toThrow(MathInputError);
    expect(() => mulberry32(Number.POSITIVE_INFINITY)).toThrow(MathInputError);
  });
});
