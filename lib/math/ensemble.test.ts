import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type EnsembleComponent, ensembleComponents, ensembleRecommend } from "./ensemble";
import { MathInputError } from "./errors";

const sumOf = (w: Record<EnsembleComponent, number>) => w.topsis + w.collaborative + w.content;

describe("ensembleRecommend", () => {
  it("mixes min-max normalised components with 0.4 / 0.3 / 0.3 (hand-checked)", () => {
    // topsis [0.2, 0.8, 0.5] → [0, 1, 0.5]; collaborative [1, 2, 3] → [0, 0.5, 1];
    // content [0.9, 0.1, 0.5] → [1, 0, 0.5]. Scores: a 0.3, b 0.4 + 0.15 = 0.55, c 0.2 + 0.3 + 0.15 = 0.65.
    const result = ensembleRecommend({
      itemIds: ["a", "b", "c"],
      scores: { topsis: [0.2, 0.8, 0.5], collaborative: [1, 2, 3], content: [0.9, 0.1, 0.5] },
    });
    expect(result.finalRankings.map((r) => r.itemId)).toEqual(["c", "b", "a"]);
    expect(result.finalRankings.map((r) => r.score)).toEqual([
      expect.closeTo(0.65, 12),
      expect.closeTo(0.55, 12),
      expect.closeTo(0.3, 12),
    ]);
    expect(result.finalRankings[0]?.components).toEqual({
      topsis: expect.closeTo(0.5, 15),
      collaborative: 1,
      content: expect.closeTo(0.5, 15),
    });
    expect(result.algorithmWeights).toEqual({
      topsis: expect.closeTo(0.4, 15),
      collaborative: expect.closeTo(0.3, 15),
      content: expect.closeTo(0.3, 15),
    });
  });

  it("renormalises over available components on cold start and reports the weights used", () => {
    const result = ensembleRecommend({
      itemIds: ["a", "b"],
      scores: { topsis: [0, 1], collaborative: [null, null], content: [1, 0] },
    });
    expect(result.algorithmWeights.collaborative).toBe(0);
    expect(result.algorithmWeights.topsis).toBeCloseTo(4 / 7, 15);
    expect(result.algorithmWeights.content).toBeCloseTo(3 / 7, 15);
    // b: 4/7 · 1 beats a: 3/7 · 1.
    expect(result.finalRankings.map((r) => [r.itemId, r.score])).toEqual([
      ["b", expect.closeTo(4 / 7, 15)],
      ["a", expect.closeTo(3 / 7, 15)],
    ]);
    const omitted = ensembleRecommend({ itemIds: ["a", "b"], scores: { topsis: [0, 1], content: [1, 0] } });
    expect(omitted.algorithmWeights).toEqual(result.algorithmWeights);
  });

  it("scores an item lacking one component over the components it has", () => {
    const result = ensembleRecommend({
      itemIds: ["new", "old1", "old2"],
      scores: { topsis: [1, 0, 0.5], collaborative: [null, 5, 10], content: [0, 1, 0.5] },
    });
    const item = result.finalRankings.find((r) => r.itemId === "new");
    expect(item?.components.collaborative).toBeNull();
    expect(item?.weights).toEqual({
      topsis: expect.closeTo(4 / 7, 15),
      collaborative: 0,
      content: expect.closeTo(3 / 7, 15),
    });
    expect(item?.score).toBeCloseTo(0.4 / 0.7, 15);
    expect(sumOf(result.algorithmWeights)).toBeCloseTo(1, 15);
  });

  it("gives a constant component 0.5 for every item and breaks final ties by input order", () => {
    const result = ensembleRecommend({
      itemIds: ["x", "y", "z"],
      scores: { topsis: [0.7, 0.7, 0.7], content: [0.2, 0.2, 0.2] },
    });
    expect(result.finalRankings.map((r) => r.itemId)).toEqual(["x", "y", "z"]);
    // Every item gets 4/7 · 0.5 + 3/7 · 0.5: equal scores, so input order decides.
    for (const r of result.finalRankings) expect(r.score).toBe(result.finalRankings[0]?.score);
    expect(result.finalRankings[0]?.score).toBeCloseTo(0.5, 15);
    const single = ensembleRecommend({ itemIds: ["only"], scores: { topsis: [0.1] } });
    expect(single.finalRankings[0]?.score).toBe(0.5);
    expect(single.algorithmWeights).toEqual({ topsis: 1, collaborative: 0, content: 0 });
  });

  it("accepts custom weights and Float64Array scores", () => {
    const result = ensembleRecommend({
      itemIds: ["a", "b"],
      scores: { topsis: Float64Array.from([0, 1]), content: Float64Array.from([1, 0]) },
      weights: { topsis: 1, content: 3 },
    });
    expect(result.algorithmWeights).toEqual({ topsis: 0.25, collaborative: 0, content: 0.75 });
    expect(result.finalRankings[0]?.itemId).toBe("a");
  });

  it("rejects invalid input with MathInputError", () => {
    const bad = [
      () => ensembleRecommend({ itemIds: [], scores: { topsis: [] } }),
      () => ensembleRecommend({ itemIds: ["a", "a"], scores: { topsis: [1, 2] } }),
      () => ensembleRecommend({ itemIds: ["a"], scores: { topsis: [1, 2] } }),
      () => ensembleRecommend({ itemIds: ["a"], scores: { topsis: [Number.NaN] } }),
      () => ensembleRecommend({ itemIds: ["a"], scores: { topsis: [1] }, weights: { content: -1 } }),
      () => ensembleRecommend({ itemIds: ["a"], scores: {} }),
      () => ensembleRecommend({ itemIds: ["a"], scores: { topsis: [1] }, weights: { topsis: 0 } }),
      () => ensembleRecommend({ itemIds: ["a", "b"], scores: { topsis: [1, null], content: [1, null] } }),
    ];
    for (const call of bad) expect(call).toThrow(MathInputError);
  });

  it("Property 11: Ensemble recommendation weight sum", () => {
    const score = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { freq: 5 });
    const problem = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        // Each component is either absent or n scores (some null); TOPSIS always scores everyone.
        topsis: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        collaborative: fc.option(fc.array(score, { minLength: n, maxLength: n })),
        content: fc.option(fc.array(score, { minLength: n, maxLength: n })),
        weights: fc.record({
          topsis: fc.double({ min: 0.01, max: 10, noNaN: true }),
          collaborative: fc.double({ min: 0, max: 10, noNaN: true }),
          content: fc.double({ min: 0, max: 10, noNaN: true }),
        }),
      }),
    );
    fc.assert(
      fc.property(problem, ({ topsis, collaborative, content, weights }) => {
        const result = ensembleRecommend({
          itemIds: topsis.map((_, i) => `item-${i}`),
          scores: { topsis, ...(collaborative ? { collaborative } : {}), ...(content ? { content } : {}) },
          weights,
        });
        expect(Math.abs(sumOf(result.algorithmWeights) - 1)).toBeLessThan(1e-12);
        for (const c of ensembleComponents) expect(result.algorithmWeights[c] >= 0).toBe(true);
        for (const item of result.finalRankings) {
          expect(Math.abs(sumOf(item.weights) - 1)).toBeLessThan(1e-12);
          expect(item.score >= 0 && item.score <= 1).toBe(true);
        }
        for (let r = 1; r < result.finalRankings.length; r++) {
          expect((result.finalRankings[r - 1]?.score ?? 0) >= (result.finalRankings[r]?.score ?? 0)).toBe(
            true,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
