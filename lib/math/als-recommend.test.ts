import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitAls } from "./als";
import { recommendAls, similarItems } from "./als-recommend";
import { buildCsr } from "./als-sparse";
import { MathInputError } from "./errors";

// Two taste groups: users 0, 1, 4 use items {0, 1}; users 2, 3, 5 use items {2, 3}. User 4 has
// only seen item 0 and user 5 only item 3, so their obvious next items are 1 and 2. User 6 has no
// interactions. Popularity: item 0 = 3 + 2 + 2 = 7, item 3 = 6, items 1 and 2 = 5 each.
const triples = [
  [0, 0, 3],
  [0, 1, 2],
  [1, 0, 2],
  [1, 1, 3],
  [2, 2, 3],
  [2, 3, 2],
  [3, 2, 2],
  [3, 3, 3],
  [4, 0, 2],
  [5, 3, 1],
] as const;
const interactions = buildCsr(
  7,
  4,
  triples.map((t) => t[0]),
  triples.map((t) => t[1]),
  triples.map((t) => t[2]),
);
const { model } = fitAls(interactions, { factors: 2, seed: 3 });

describe("recommendAls", () => {
  it("recommends the other item of the user's taste group first, excluding what was seen", () => {
    const forUser4 = recommendAls(model, 4, 3, interactions);
    expect(forUser4.strategy).toBe("factors");
    expect(forUser4.items.map((s) => s.item)).toEqual([1, expect.any(Number), expect.any(Number)]);
    expect(forUser4.items.map((s) => s.item)).not.toContain(0);
    const forUser5 = recommendAls(model, 5, 1, interactions);
    expect(forUser5.items.map((s) => s.item)).toEqual([2]);
    // Scores come out sorted, best first.
    const scores = forUser4.items.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("falls back to popularity for a user with no interactions, ties broken by lower index", () => {
    const cold = recommendAls(model, 6, 4, interactions);
    expect(cold.strategy).toBe("popularity");
    expect(cold.items).toEqual([
      { item: 0, score: 7 },
      { item: 3, score: 6 },
      { item: 1, score: 5 },
      { item: 2, score: 5 },
    ]);
  });

  it("treats a user index past the trained users as cold start", () => {
    const unknown = recommendAls(model, 99, 2);
    expect(unknown.strategy).toBe("popularity");
    expect(unknown.items.map((s) => s.item)).toEqual([0, 3]);
  });

  it("scores every item when no seen matrix is given, and returns [] for n = 0", () => {
    const all = recommendAls(model, 0, 10);
    expect(all.strategy).toBe("factors");
    expect(all.items.map((s) => s.item).sort()).toEqual([0, 1, 2, 3]);
    expect(recommendAls(model, 0, 0, interactions).items).toEqual([]);
  });

  it("rejects a negative user, a fractional n and a seen matrix over other items", () => {
    expect(() => recommendAls(model, -1, 3)).toThrow(MathInputError);
    expect(() => recommendAls(model, 0, 1.5)).toThrow(MathInputError);
    expect(() => recommendAls(model, 0, 3, buildCsr(7, 5, [], [], []))).toThrow(MathInputError);
  });
});

describe("similarItems", () => {
  it("pairs the items of the same taste group", () => {
    expect(similarItems(model, 0, 1).map((s) => s.item)).toEqual([1]);
    expect(similarItems(model, 2, 1).map((s) => s.item)).toEqual([3]);
    expect(similarItems(model, 3, 3).map((s) => s.item)).not.toContain(3);
  });

  it("returns [] for an item never interacted with and rejects an unknown item", () => {
    const sparse = fitAls(buildCsr(2, 3, [0, 1], [0, 1], [1, 1]), { factors: 2 }).model;
    expect(similarItems(sparse, 2, 5)).toEqual([]);
    expect(similarItems(sparse, 0, 5).map((s) => s.item)).toEqual([1]);
    expect(() => similarItems(model, 4, 1)).toThrow(MathInputError);
  });

  it("property: cosine scores lie in [−1, 1], sorted descending, never include the query", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 }), (item, n) => {
        const result = similarItems(model, item, n);
        expect(result.length).toBeLessThanOrEqual(n);
        for (const { score } of result) expect(Math.abs(score)).toBeLessThanOrEqual(1);
        const scores = result.map((s) => s.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        expect(result.map((s) => s.item)).not.toContain(item);
      }),
      { numRuns: 100 },
    );
  });
});
