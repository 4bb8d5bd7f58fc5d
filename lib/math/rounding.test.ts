import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "./errors";
import { formatUsd4, roundHalfEven, toFixedHalfEven } from "./rounding";

describe("roundHalfEven", () => {
  it("rounds decimal ties to even where binary floats mislead naive rounding", () => {
    expect(roundHalfEven(2.675, 2)).toBe(2.68);
    expect(roundHalfEven(2.665, 2)).toBe(2.66);
    expect(roundHalfEven(0.125, 2)).toBe(0.12);
    expect(roundHalfEven(0.135, 2)).toBe(0.14);
    expect(roundHalfEven(1.005, 2)).toBe(1);
    expect(roundHalfEven(1.015, 2)).toBe(1.02);
    expect(roundHalfEven(0.5, 0)).toBe(0);
    expect(roundHalfEven(1.5, 0)).toBe(2);
    expect(roundHalfEven(2.5, 0)).toBe(2);
  });

  it("rounds non-ties to nearest and is symmetric for negatives", () => {
    expect(roundHalfEven(2.6751, 2)).toBe(2.68);
    expect(roundHalfEven(2.6749, 2)).toBe(2.67);
    expect(roundHalfEven(-2.675, 2)).toBe(-2.68);
    expect(roundHalfEven(-0.125, 2)).toBe(-0.12);
    expect(Object.is(roundHalfEven(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfEven(-0, 2), 0)).toBe(true);
  });

  it("handles exponent-notation doubles and carries", () => {
    expect(roundHalfEven(1.5e-7, 6)).toBe(0);
    expect(roundHalfEven(2.5e-7, 6)).toBe(0);
    expect(roundHalfEven(5.5e-7, 6)).toBe(0.000001);
    expect(roundHalfEven(9.995, 2)).toBe(10);
    expect(roundHalfEven(1e21, 2)).toBe(1e21);
    expect(roundHalfEven(123.456, 0)).toBe(123);
    expect(roundHalfEven(0.30000000000000004, 2)).toBe(0.3);
  });

  it("rejects non-finite values and bad decimals", () => {
    expect(() => roundHalfEven(Number.NaN)).toThrow(MathInputError);
    expect(() => roundHalfEven(Number.POSITIVE_INFINITY)).toThrow(MathInputError);
    expect(() => roundHalfEven(1, -1)).toThrow(MathInputError);
    expect(() => roundHalfEven(1, 1.5)).toThrow(MathInputError);
    expect(() => roundHalfEven(1, 21)).toThrow(MathInputError);
  });

  it("sends every decimal tie k.5 to the even neighbour (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 8 }), (k, decimals) => {
        // The value k.5 units of 10^-decimals, written as a decimal string like prices arrive.
        const tie = Number(`${k}5e-${decimals + 1}`);
        const expected = Number(`${k % 2 === 0 ? k : k + 1}e-${decimals}`);
        expect(roundHalfEven(tie, decimals)).toBe(expected);
        expect(roundHalfEven(-tie, decimals)).toBe(expected === 0 ? 0 : -expected);
      }),
      { numRuns: 300 },
    );
  });

  it("stays within half a unit and is idempotent (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 10 }),
        (x, d) => {
          const rounded = roundHalfEven(x, d);
          expect(Math.abs(rounded - x)).toBeLessThanOrEqual(
            0.5 * 10 ** -d * (1 + 1e-9) + Math.abs(x) * 1e-15,
          );
          expect(roundHalfEven(rounded, d)).toBe(rounded);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("toFixedHalfEven and formatUsd4", () => {
  it("prints the rounded digits exactly", () => {
    expect(toFixedHalfEven(2.675, 2)).toBe("2.68");
    expect(toFixedHalfEven(0.125, 4)).toBe("0.1250");
    expect(toFixedHalfEven(-0.00005, 4)).toBe("0.0000");
    expect(toFixedHalfEven(-1.25, 1)).toBe("-1.2");
    expect(toFixedHalfEven(5e-7, 6)).toBe("0.000000");
    expect(toFixedHalfEven(1234, 0)).toBe("1234");
  });

  it("formats USD with 4 decimals and thousands separators", () => {
    expect(formatUsd4(1234.56785)).toBe("$1,234.5678");
    expect(formatUsd4(1234.56795)).toBe("$1,234.5680");
    expect(formatUsd4(2.31)).toBe("$2.3100");
    expect(formatUsd4(0.00000771)).toBe("$0.0000");
    expect(formatUsd4(-1_000_000)).toBe("-$1,000,000.0000");
    expect(() => formatUsd4(Number.NaN)).toThrow(MathInputError);
  });
});
