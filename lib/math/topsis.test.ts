import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MathInputError } from "./errors";
import { topsis } from "./topsis";
import { explainPair, topsisContributions, weightedNormalizedMatrix } from "./topsis-explain";
import { type CriterionType, marketplaceCriteria, marketplaceWeights } from "./topsis-input";

const benefit3: CriterionType[] = ["benefit", "benefit", "benefit"];

/**
 * Decision matrices for properties: 1–20 alternatives × 1–6 criteria, weights and types to match.
 * Entries are 0 or in [1e-9, 1000] (zeros make zero and constant columns likely); subnormal-only
 * columns are a documented MathInputError and get their own test.
 */
const entry = fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1000, noNaN: true }));
const signedEntry = fc.oneof(
  entry,
  entry.map((x) => -x),
);
const problemOf = (values: fc.Arbitrary<number>) =>
  fc.integer({ min: 1, max: 6 }).chain((cols) =>
    fc.record({
      matrix: fc.array(fc.array(values, { minLength: cols, maxLength: cols }), {
        minLength: 1,
        maxLength: 20,
      }),
      weights: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: cols, maxLength: cols }),
      types: fc.array(fc.constantFrom<CriterionType>("benefit", "cost"), {
        minLength: cols,
        maxLength: cols,
      }),
    }),
  );
const problem = problemOf(entry);
/** Negative entries are allowed (vector normalisation only rescales a column by a positive factor). */
const signedProblem = problemOf(signedEntry);

describe("topsis: published and hand-checked examples", () => {
  it("reproduces Tzeng & Huang (2011) to 4 decimals", () => {
    // G.-H. Tzeng & J.-J. Huang, "Multiple Attribute Decision Making: Methods and Applications",
    // CRC Press 2011, TOPSIS worked example (4 alternatives × 3 benefit criteria, w = 0.3/0.4/0.3):
    // published closeness 0.5037, 0.6581, 0.7482, 0.3340. The same data and values are the
    // regression test `test_TOPSIS_tzeng2011multiple` of scikit-criteria (tests/agg/test_topsis.py).
    const result = topsis(
      [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      [0.3, 0.4, 0.3],
      benefit3,
    );
    const published = [0.5037, 0.6581, 0.7482, 0.334];
    published.forEach((c, i) => {
      expect(result.scores[i]).toBeCloseTo(c, 4);
    });
    expect(Array.from(result.rankings)).toEqual([2, 1, 0, 3]);
  });

  it("reproduces a published example with a cost criterion (values truncated to 4 decimals)", () => {
    // README of the PyPI package TOPSIS-Sahil_Rohilla-102183056 1.0.4: five models scored on
    // correlation, R², RMSE (cost) and accuracy, weights 1,1,1,1, impacts "+,+,-,+"; published
    // scores 0.7722, 0.2255, 0.4388, 0.5238, 0.8113 (truncated, so we allow 1e-4).
    const result = topsis(
      [
        [0.79, 0.62, 1.25, 60.89],
        [0.66, 0.44, 2.89, 63.07],
        [0.56, 0.31, 1.57, 62.87],
        [0.82, 0.67, 2.68, 70.19],
        [0.75, 0.56, 1.3, 80.39],
      ],
      [1, 1, 1, 1],
      ["benefit", "benefit", "cost", "benefit"],
    );
    [0.7722, 0.2255, 0.4388, 0.5238, 0.8113].forEach((c, i) => {
      expect(Math.abs((result.scores[i] ?? 0) - c)).toBeLessThan(1e-4);
    });
    expect(Array.from(result.rankings)).toEqual([4, 0, 3, 2, 1]);
  });

  it("matches a 2 × 2 example computed by hand", () => {
    // price (cost): norm √20, v = 0.5·(2, 4)/√20 = (1/√20, 2/√20); performance: norm 5,
    // v = 0.5·(3, 4)/5 = (0.3, 0.4). A⁺ = (1/√20, 0.4), A⁻ = (2/√20, 0.3).
    // S⁺ = (0.1, 1/√20), S⁻ = (1/√20, 0.1), so C_B = 0.1/(0.1 + 1/√20) = (√5 − 1)/4.
    const result = topsis(
      [
        [2, 3],
        [4, 4],
      ],
      [1, 1],
      ["cost", "benefit"],
    );
    const inv = 1 / Math.sqrt(20);
    expect(result.ideal[0]).toBeCloseTo(inv, 14);
    expect(result.ideal[1]).toBeCloseTo(0.4, 14);
    expect(result.antiIdeal[0]).toBeCloseTo(2 * inv, 14);
    expect(result.antiIdeal[1]).toBeCloseTo(0.3, 14);
    expect(result.separationsPlus[0]).toBeCloseTo(0.1, 14);
    expect(result.separationsMinus[1]).toBeCloseTo(0.1, 14);
    expect(result.scores[1]).toBeCloseTo((Math.sqrt(5) - 1) / 4, 12);
    expect(result.scores[0]).toBeCloseTo((5 - Math.sqrt(5)) / 4, 12);
    expect(Array.from(result.weights)).toEqual([0.5, 0.5]);
  });

  it("accepts a dense Float64Array matrix with the same result as nested rows", () => {
    const rows = [
      [5, 8, 4],
      [7, 6, 8],
    ];
    const dense = { data: Float64Array.from(rows.flat()), rows: 2, cols: 3 };
    expect(topsis(dense, [1, 2, 3], benefit3)).toEqual(topsis(rows, [1, 2, 3], benefit3));
  });

  it("exports the marketplace defaults: price 0.30 cost, then benefits, summing to 1", () => {
    expect(marketplaceCriteria.map((c) => `${c.name}:${c.weight}:${c.type}`)).toEqual([
      "price:0.3:cost",
      "performance:0.25:benefit",
      "availability:0.2:benefit",
      "reliability:0.15:benefit",
      "compliance:0.1:benefit",
    ]);
    expect(marketplaceWeights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });
});

describe("topsis: degenerate input", () => {
  const base = [
    [1, 9],
    [4, 2],
    [3, 5],
  ];

  it("a zero column contributes nothing: no NaN, closeness as without it", () => {
    const withZero = topsis(
      base.map((r) => [...r, 0]),
      [1, 1, 1],
      ["benefit", "cost", "benefit"],
    );
    const without = topsis(base, [1, 1], ["benefit", "cost"]);
    expect(withZero.scale[2]).toBe(0);
    expect(withZero.ideal[2]).toBe(0);
    expect(withZero.antiIdeal[2]).toBe(0);
    without.scores.forEach((c, i) => {
      expect(withZero.scores[i]).toBeCloseTo(c, 12);
    });
    expect(withZero.rankings).toEqual(without.rankings);
  });

  it("a constant column contributes nothing: ideal equals anti-ideal there", () => {
    const withConstant = topsis(
      base.map((r) => [7, ...r]),
      [2, 1, 1],
      ["benefit", "benefit", "cost"],
    );
    const without = topsis(base, [1, 1], ["benefit", "cost"]);
    expect(withConstant.ideal[0]).toBe(withConstant.antiIdeal[0]);
    without.scores.forEach((c, i) => {
      expect(withConstant.scores[i]).toBeCloseTo(c, 12);
    });
  });

  it("one alternative has the neutral closeness 0.5", () => {
    const result = topsis([[3, 4, 5]], [1, 1, 1], benefit3);
    expect(Array.from(result.scores)).toEqual([0.5]);
    expect(Array.from(result.rankings)).toEqual([0]);
    expect(Array.from(result.separationsPlus)).toEqual([0]);
  });

  it("all-identical rows all score 0.5 and rank by index", () => {
    const result = topsis(
      [
        [2, 5],
        [2, 5],
        [2, 5],
        [2, 5],
      ],
      [1, 3],
      ["cost", "benefit"],
    );
    expect(Array.from(result.scores)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(Array.from(result.rankings)).toEqual([0, 1, 2, 3]);
  });

  it("exact ties rank the lower index first", () => {
    const result = topsis(
      [
        [1, 1],
        [3, 3],
        [1, 1],
        [3, 3],
      ],
      [1, 1],
      ["benefit", "benefit"],
    );
    expect(Array.from(result.scores)).toEqual([0, 1, 0, 1]);
    expect(Array.from(result.rankings)).toEqual([1, 3, 0, 2]);
  });

  it("normalises huge magnitudes without overflowing Σx²", () => {
    const result = topsis([[1e300], [2e300]], [1], ["benefit"]);
    expect(result.scale[0]).toBeCloseTo(1 / (Math.sqrt(5) * 1e300), 310);
    expect(result.ideal[0]).toBeCloseTo(2 / Math.sqrt(5), 14);
    expect(Array.from(result.scores)).toEqual([0, 1]);
  });

  it("rejects a column made only of subnormal doubles, accepts tiny normal ones", () => {
    expect(() => topsis([[5e-324], [0]], [1], ["benefit"])).toThrow(/decisionMatrix\[\*\]\[0\]/);
    expect(Array.from(topsis([[1e-300], [3e-300]], [1], ["cost"]).scores)).toEqual([1, 0]);
  });

  it("rejects empty matrices, ragged rows and non-finite entries", () => {
    expect(() => topsis([], [], [])).toThrow(MathInputError);
    expect(() => topsis([[]], [], [])).toThrow(MathInputError);
    expect(() => topsis([[1, 2], [3]], [1, 1], ["benefit", "benefit"])).toThrow(/decisionMatrix\[1\]/);
    expect(() => topsis([[1, Number.NaN]], [1, 1], ["benefit", "benefit"])).toThrow(
      /decisionMatrix\[0\]\[1\]/,
    );
    const dense = { data: Float64Array.from([1, 2, 3, Number.POSITIVE_INFINITY]), rows: 2, cols: 2 };
    expect(() => topsis(dense, [1, 1], ["benefit", "benefit"])).toThrow(/decisionMatrix\[1\]\[1\]/);
    expect(() => topsis({ data: new Float64Array(3), rows: 2, cols: 2 }, [1, 1], ["cost", "cost"])).toThrow(
      MathInputError,
    );
  });

  it("rejects bad weights and criteria types with the offending field", () => {
    const m = [
      [1, 2],
      [3, 4],
    ];
    const bc: CriterionType[] = ["benefit", "cost"];
    const fieldOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof MathInputError ? error.field : "not a MathInputError";
      }
      return "no error";
    };
    expect(fieldOf(() => topsis(m, [1], bc))).toBe("weights");
    expect(fieldOf(() => topsis(m, [1, -1], bc))).toBe("weights[1]");
    expect(fieldOf(() => topsis(m, [Number.NaN, 1], bc))).toBe("weights[0]");
    expect(fieldOf(() => topsis(m, [0, 0], bc))).toBe("weights");
    expect(fieldOf(() => topsis(m, [1, 1], ["benefit"]))).toBe("criteriaTypes");
    expect(fieldOf(() => topsis(m, [1, 1], ["benefit", "gain" as CriterionType]))).toBe("criteriaTypes[1]");
    // A single zero weight is a valid "ignore this criterion".
    expect(topsis(m, [0, 1], bc).weights[0]).toBe(0);
  });
});

describe("topsis: properties", () => {
  it("Property 7: TOPSIS ranking determinism", () => {
    fc.assert(
      fc.property(signedProblem, ({ matrix, weights, types }) => {
        const first = topsis(matrix, weights, types);
        const second = topsis(matrix, weights, types);
        const dense = topsis(
          { data: Float64Array.from(matrix.flat()), rows: matrix.length, cols: weights.length },
          weights,
          types,
        );
        expect(second.rankings).toEqual(first.rankings);
        expect(second.scores).toEqual(first.scores);
        expect(dense.rankings).toEqual(first.rankings);
      }),
      { numRuns: 200 },
    );
  });

  it("Property 8: TOPSIS ideal solution correctness", () => {
    fc.assert(
      fc.property(signedProblem, ({ matrix, weights, types }) => {
        const result = topsis(matrix, weights, types);
        const v = weightedNormalizedMatrix(result);
        const cols = weights.length;
        const weightSum = weights.reduce((a, b) => a + b, 0);
        for (let j = 0; j < cols; j++) {
          const column = matrix.map((row, i) => ({ lib: v[i * cols + j] ?? Number.NaN, x: row[j] ?? 0 }));
          const best = types[j] === "benefit" ? Math.max : Math.min;
          const worst = types[j] === "benefit" ? Math.min : Math.max;
          // Exactly the extreme of V as the library computes it (=== so that −0 equals +0)...
          expect(result.ideal[j] === best(...column.map((c) => c.lib))).toBe(true);
          expect(result.antiIdeal[j] === worst(...column.map((c) => c.lib))).toBe(true);
          // ...and, within rounding, of V computed independently the textbook way.
          const norm = Math.sqrt(column.reduce((s, c) => s + c.x * c.x, 0));
          const textbook = column.map((c) => (norm > 0 ? c.x / norm : 0) * ((weights[j] ?? 0) / weightSum));
          expect(Math.abs((result.ideal[j] ?? 0) - best(...textbook))).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("closeness stays in [0, 1] and rankings order it descending, ties by index", () => {
    fc.assert(
      fc.property(signedProblem, ({ matrix, weights, types }) => {
        const { scores, rankings } = topsis(matrix, weights, types);
        expect(Array.from(rankings).sort((a, b) => a - b)).toEqual(matrix.map((_, i) => i));
        for (let r = 0; r < rankings.length; r++) {
          const c = scores[rankings[r] ?? 0] ?? Number.NaN;
          expect(c >= 0 && c <= 1).toBe(true);
          if (r === 0) continue;
          const prev = scores[rankings[r - 1] ?? 0] ?? Number.NaN;
          expect(prev > c || (prev === c && (rankings[r - 1] ?? 0) < (rankings[r] ?? 0))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("monotonicity: improving an alternative on one criterion never lowers its closeness", () => {
    const improvement = problem.chain((p) =>
      fc.record({
        p: fc.constant(p),
        row: fc.nat({ max: p.matrix.length - 1 }),
        col: fc.nat({ max: p.weights.length - 1 }),
        fraction: fc.double({ min: 0.01, max: 1, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(improvement, ({ p, row, col, fraction }) => {
        const before = topsis(p.matrix, p.weights, p.types).scores[row] ?? Number.NaN;
        const improved = p.matrix.map((r) => [...r]);
        const cell = improved[row] ?? [];
        const x = cell[col] ?? 0;
        // Benefit: more is better (add up to 1000); cost: less is better (remove a fraction of x).
        cell[col] = p.types[col] === "benefit" ? x + fraction * 1000 : x * (1 - fraction);
        const after = topsis(improved, p.weights, p.types).scores[row] ?? Number.NaN;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 300 },
    );
  });
});

describe("topsis explanations", () => {
  const result = topsis(
    [
      [2, 3],
      [4, 4],
    ],
    [1, 1],
    ["cost", "benefit"],
  );

  it("explainPair orders criteria by how much they favour a over b (hand-checked)", () => {
    // v_A = (1/√20, 0.3), v_B = (2/√20, 0.4); price: (B − A⁺)² − 0 = 1/20 and 1/20 − 0 → 0.1;
    // performance: 0 − 0.01 and 0 − 0.01 → −0.02.
    const factors = explainPair(result, 0, 1, ["price", "performance"]);
    expect(factors.map((f) => f.criterion)).toEqual(["price", "performance"]);
    expect(factors[0]?.advantage).toBeCloseTo(0.1, 14);
    expect(factors[1]?.advantage).toBeCloseTo(-0.02, 14);
    expect(factors[1]?.idealGapReduction).toBeCloseTo(-0.01, 14);
  });

  it("explainPair terms decompose the differences of squared separations exactly", () => {
    fc.assert(
      fc.property(problem, ({ matrix, weights, types }) => {
        const r = topsis(matrix, weights, types);
        const a = 0;
        const b = matrix.length - 1;
        const factors = explainPair(
          r,
          a,
          b,
          weights.map((_, j) => `c${j}`),
        );
        const idealSum = factors.reduce((s, f) => s + f.idealGapReduction, 0);
        const antiSum = factors.reduce((s, f) => s + f.antiIdealGapGain, 0);
        const sp = (i: number) => (r.separationsPlus[i] ?? 0) ** 2;
        const sm = (i: number) => (r.separationsMinus[i] ?? 0) ** 2;
        expect(Math.abs(idealSum - (sp(b) - sp(a)))).toBeLessThan(1e-12);
        expect(Math.abs(antiSum - (sm(a) - sm(b)))).toBeLessThan(1e-12);
        for (let k = 1; k < factors.length; k++) {
          expect((factors[k - 1]?.advantage ?? 0) >= (factors[k]?.advantage ?? 0)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("contributions split each squared separation into shares summing to 1", () => {
    const parts = topsisContributions(result, 0);
    expect(parts[0]?.toIdealSquared).toBe(0);
    expect(parts[1]?.toIdealSquared).toBeCloseTo(0.01, 15);
    expect(parts.map((p) => p.shareOfIdealGap)).toEqual([0, 1]);
    expect(parts.map((p) => p.shareOfAntiIdealGap)).toEqual([1, 0]);
    const single = topsis([[1, 2]], [1, 1], ["benefit", "cost"]);
    expect(topsisContributions(single, 0).every((p) => p.shareOfIdealGap === 0)).toBe(true);
    expect(() => topsisContributions(result, 2)).toThrow(MathInputError);
    expect(() => explainPair(result, 0, 1, ["only one"])).toThrow(MathInputError);
  });
});
