import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "./errors";
import { mulberry32 } from "./prng";
import { rankDescending } from "./rank";

/** The obvious reference: comparator sort by score descending, then index ascending. */
function referenceRank(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort(
    (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b,
  );
}

describe("rankDescending", () => {
  it("orders by score descending with ties by lower index (hand-checked)", () => {
    expect(Array.from(rankDescending([0.2, 0.9, 0.2, 0.5]))).toEqual([1, 3, 0, 2]);
    expect(Array.from(rankDescending([]))).toEqual([]);
  });

  it("treats −0 and +0 as a tie and sorts infinities and negatives numerically", () => {
    expect(Array.from(rankDescending([0, -0, 0]))).toEqual([0, 1, 2]);
    expect(
      Array.from(rankDescending([-1, Number.NEGATIVE_INFINITY, 3, Number.POSITIVE_INFINITY, -0.5])),
    ).toEqual([3, 2, 4, 0, 1]);
  });

  it("throws MathInputError on NaN, naming the index", () => {
    expect(() => rankDescending([1, Number.NaN])).toThrow(MathInputError);
    expect(() => rankDescending([1, Number.NaN], "closeness")).toThrow(/closeness\[1\]/);
  });

  it("agrees with a comparator sort on every path: insertion, 11- and 16-bit radix, tie runs", () => {
    const random = mulberry32(7);
    for (const n of [20, 65, 1000, 40_000]) {
      // Quantised values force long runs of exact ties; the sign flip exercises negative keys.
      const ties = Float64Array.from({ length: n }, () => Math.round((random() - 0.3) * 50) / 7);
      expect(Array.from(rankDescending(ties))).toEqual(referenceRank(ties));
      // Scores within 1e-9 share their high word, so runs longer than 32 are sorted by low word.
      const near = Float64Array.from({ length: n }, () => 0.5 + random() * 1e-9);
      expect(Array.from(rankDescending(near))).toEqual(referenceRank(near));
    }
  });

  it("agrees with a comparator sort for arbitrary doubles (property)", () => {
    const value = fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1, 0.5));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (scores) => {
        expect(Array.from(rankDescending(scores))).toEqual(referenceRank(scores));
      }),
      { numRuns: 200 },
    );
  });
});
