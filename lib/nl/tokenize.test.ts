import { describe, expect, it } from "vitest";
import { foldText, tokenize } from "./tokenize";

const texts = (input: string) => tokenize(foldText(input).toLowerCase()).map((token) => token.text);

describe("tokenize", () => {
  it("splits letters from digits so GPU and size spellings line up", () => {
    expect(texts("H100s 48GB 8x7b")).toEqual(["h", "100", "s", "48", "gb", "8", "x", "7", "b"]);
  });

  it("keeps grouped and decimal numbers whole and reads their values", () => {
    const tokens = tokenize("10,000 1.5k 1e6");
    expect(tokens.map((token) => token.text)).toEqual(["10,000", "1.5", "k", "1e6"]);
    expect(tokens.map((token) => token.value).filter(Number.isFinite)).toEqual([10000, 1.5, 1000000]);
  });

  it("marks tokens glued to the previous one", () => {
    const tokens = tokenize("a100 a 100");
    expect(tokens.map((token) => [token.text, token.joined])).toEqual([
      ["a", false],
      ["100", true],
      ["a", false],
      ["100", false],
    ]);
  });

  it("separates the multiplication sign in 8xh100", () => {
    expect(texts("8xh100")).toEqual(["8", "x", "h", "100"]);
  });

  it("folds full-width digits and unicode dashes", () => {
    expect(texts("１０ images—fast")).toEqual(["10", "images", "-", "fast"]);
  });

  it("returns nothing for empty or whitespace input", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("   \n\t")).toEqual([]);
  });

  it("caps very long input", () => {
    expect(foldText("x ".repeat(10_000)).length).toBe(4000);
  });
});
