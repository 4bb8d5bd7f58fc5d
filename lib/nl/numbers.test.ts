import { describe, expect, it } from "vitest";
import { createContext } from "./context";
import { readNumber } from "./numbers";

const read = (text: string, options = {}) => {
  const match = readNumber(createContext(text), 0, options);
  return match === null ? undefined : match.value;
};

describe("readNumber", () => {
  it.each([
    ["10", 10],
    ["10,000", 10000],
    ["1.5k", 1500],
    ["2M", 2_000_000],
    ["20B", 20_000_000_000],
    ["1e6", 1_000_000],
    ["2.5 million", 2_500_000],
    ["10 thousand", 10_000],
    ["1 trillion", 1e12],
  ])("reads digits %s as %d", (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each([
    ["ten", 10],
    ["twenty-five", 25],
    ["twenty five thousand", 25_000],
    ["fifteen hundred", 1500],
    ["one hundred and fifty", 150],
    ["two and a half", 2.5],
    ["a dozen", 12],
    ["two dozen", 24],
    ["a hundred", 100],
    ["a million", 1_000_000],
    ["half a million", 500_000],
    ["a couple of", 2],
    ["a pair of", 2],
    ["a couple hundred", 200],
    ["couple thousand", 2000],
  ])("reads words %s as %d", (text, value) => {
    expect(read(text)).toBe(value);
  });

  it("reports vague amounts with a null value", () => {
    expect(read("a few")).toBeNull();
    expect(read("several")).toBeNull();
    expect(read("hundreds of")).toBeNull();
    expect(read("a few hundred")).toBeNull();
  });

  it("is no number for plain words and a bare article", () => {
    expect(read("images")).toBeUndefined();
    expect(read("a cat")).toBeUndefined();
  });

  it("takes the upper bound of a range only when asked", () => {
    expect(read("2-3", { ranges: true })).toBe(3);
    expect(read("5 to 10", { ranges: true })).toBe(10);
    expect(read("2-3")).toBe(2);
  });

  it("leaves glued letters alone without letter scales (30m may be minutes)", () => {
    expect(read("30m", { letterScales: false })).toBe(30);
    expect(read("30m")).toBe(30_000_000);
  });
});
