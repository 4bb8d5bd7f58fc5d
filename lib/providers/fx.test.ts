import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referenceFxRates, toUsd } from "./fx";

describe("toUsd", () => {
  it("passes USD through and converts EUR/GBP with the reference rates", () => {
    expect(referenceFxRates).toEqual({ EUR: 1.08, GBP: 1.27 });
    expect(toUsd(2.5, "USD")).toBe(2.5);
    expect(toUsd(2.5, "EUR")).toBe(2.7);
    expect(toUsd(10, "GBP")).toBe(12.7);
    expect(toUsd(0, "EUR")).toBe(0);
  });

  it("uses overridden rates and rounds to micro-dollars", () => {
    expect(toUsd(1, "EUR", { EUR: 1.1, GBP: 1.3 })).toBe(1.1);
    expect(toUsd(1.2345678, "GBP", { EUR: 1, GBP: 1.3 })).toBe(1.604938);
  });

  it("rejects a non-positive or non-finite configured rate", () => {
    expect(() => toUsd(1, "EUR", { EUR: 0, GBP: 1.27 })).toThrow("FX rate for EUR");
    expect(() => toUsd(1, "GBP", { EUR: 1.08, GBP: Number.NaN })).toThrow("FX rate for GBP");
    expect(toUsd(1, "USD", { EUR: 0, GBP: 0 })).toBe(1);
  });

  it("Property: conversion is monotonic and proportional within rounding", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.constantFrom("USD" as const, "EUR" as const, "GBP" as const),
        (a, b, currency) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(toUsd(low, currency)).toBeLessThanOrEqual(toUsd(high, currency));
          const rate = currency === "USD" ? 1 : referenceFxRates[currency];
          expect(Math.abs(toUsd(a, currency) - a * rate)).toBeLessThanOrEqual(5e-7 + 1e-12 * a);
        },
      ),
      { numRuns: 200 },
    );
  });
});
