import { describe, expect, it } from "vitest";
import { createContext } from "./context";
import { closestKeyword, correctTokens, createLexicon, editDistance } from "./fuzzy";
import { workloadLexicon } from "./vocabulary";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit", () => {
    expect(editDistance("imges", "images")).toBe(1);
    expect(editDistance("trainig", "training")).toBe(1);
    expect(editDistance("stabel", "stable")).toBe(1);
    expect(editDistance("cat", "cut")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("is zero for equal strings and the length for an empty one", () => {
    expect(editDistance("same", "same")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("stops early past the bound", () => {
    expect(editDistance("abcdef", "uvwxyz", 1)).toBe(2);
  });
});

describe("closestKeyword", () => {
  it.each([
    ["imges", "images"],
    ["genrate", "generate"],
    ["trainig", "training"],
    ["stabel", "stable"],
    ["transcibe", "transcribe"],
    ["trasncribe", "transcribe"],
    ["finetuen", "finetune"],
    ["vidoe", "video"],
    ["blendr", "blender"],
    ["germny", "germany"],
  ])("corrects %s to %s", (typo, word) => {
    expect(closestKeyword(typo, workloadLexicon)).toBe(word);
  });

  it.each([
    "brain",
    "server",
    "german",
    "there",
    "night",
    "table",
    "hello",
    "weather",
    "generated",
    "tracking",
    "reference",
    "settings",
    "simple",
    "storing",
  ])("leaves the real word %s alone", (word) => {
    expect(closestKeyword(word, workloadLexicon)).toBeNull();
  });

  it("does not correct words shorter than five letters", () => {
    expect(closestKeyword("lama", workloadLexicon)).toBeNull();
  });

  it("corrects nothing when two keywords of equal length tie", () => {
    const lexicon = createLexicon(["caste", "paste"], []);
    expect(closestKeyword("baste", lexicon)).toBeNull();
  });
});

describe("correctTokens", () => {
  it("replaces the text of corrected words and flags them", () => {
    const ctx = createContext("genrate imges please");
    const corrected = correctTokens(ctx.tokens, workloadLexicon);
    expect(corrected.map((token) => [token.text, token.fuzzy])).toEqual([
      ["generate", true],
      ["images", true],
      ["please", false],
    ]);
  });
});
