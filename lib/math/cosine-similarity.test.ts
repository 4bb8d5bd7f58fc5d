import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cosine, cosineAgainstMany } from "./cosine-similarity";
import { MathInputError } from "./errors";

const nonZero = (v: number[]) => v.some((x) => x !== 0);

describe("cosine", () => {
  it("matches hand-computed values", () => {
    expect(cosine([1, 0], [0, 1])).toBe(0);
    // 1·4 + 2·5 + 3·6 = 32; ‖a‖² = 14, ‖b‖² = 77 → 32 / √1078.
    expect(cosine([1, 2, 3], [4, 5, 6])).toBeCloseTo(32 / Math.sqrt(1078), 15);
    expect(cosine([1, 2, 3], [-2, -4, -6])).toBeCloseTo(-1, 15);
    expect(cosine([3, 4], [6, 8])).toBeCloseTo(1, 15);
  });

  it("handles magnitudes whose squares overflow or underflow", () => {
    expect(cosine([1e200, 1e200], [1e200, 0])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(cosine([1e-200, 0], [3e-200, 4e-200])).toBeCloseTo(0.6, 15);
    expect(cosine([5e-324], [1])).toBe(1);
  });

  it("throws MathInputError for zero vectors, length mismatch, empty and non-finite input", () => {
    expect(() => cosine([0, 0], [1, 2])).toThrow(/^a: /);
    expect(() => cosine([1, 2], [0, 0])).toThrow(/^b: /);
    expect(() => cosine([1, 2], [1])).toThrow(MathInputError);
    expect(() => cosine([], [])).toThrow(MathInputError);
    expect(() => cosine([1, Number.NaN], [1, 2])).toThrow(/a\[1\]/);
    expect(() => cosine([1, 2], [Number.POSITIVE_INFINITY, 2])).toThrow(/b\[0\]/);
  });

  it("Property 10: Content-Based similarity bounds, including negative components", () => {
    const vector = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(vector.filter(nonZero), vector.filter(nonZero), (a, b) => {
        const similarity = cosine(a, b);
        expect(similarity >= -1 && similarity <= 1).toBe(true);
        expect(Math.abs(cosine(a, a) - 1)).toBeLessThan(1e-12);
        expect(cosine(b, a)).toBe(similarity);
      }),
      { numRuns: 500 },
    );
  });

  it("stays in [−1, 1] and self-similar for any finite doubles (property)", () => {
    const vector = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(vector.filter(nonZero), (a) => {
        const b = a.map((x, k) => (k % 2 === 0 ? x : -x));
        const similarity = cosine(a, b);
        expect(similarity >= -1 && similarity <= 1).toBe(true);
        expect(Math.abs(cosine(a, a) - 1)).toBeLessThan(1e-12);
      }),
      { numRuns: 300 },
    );
  });
});

describe("cosineAgainstMany", () => {
  const matrix = {
    data: Float64Array.from([1, 0, 0, 0, 0, 0, 3, 4, 1e200, 1e200, -1, 0]),
    rows: 6,
    cols: 2,
  };

  it("scores every row like cosine, a zero row as 0", () => {
    const scores = cosineAgainstMany(matrix, [1, 0]);
    expect(Array.from(scores)).toEqual([1, 0, 0, 0.6, cosine([1e200, 1e200], [1, 0]), -1]);
  });

  it("agrees with cosine row by row (property)", () => {
    const problem = fc.integer({ min: 1, max: 6 }).chain((dims) =>
      fc.record({
        rows: fc.array(
          fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: dims, maxLength: dims }),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        profile: fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
          minLength: dims,
          maxLength: dims,
        }),
      }),
    );
    fc.assert(
      fc.property(
        problem.filter((p) => nonZero(p.profile)),
        ({ rows, profile }) => {
          const dense = { data: Float64Array.from(rows.flat()), rows: rows.length, cols: profile.length };
          const scores = cosineAgainstMany(dense, profile);
          rows.forEach((row, i) => {
            const expected = nonZero(row) ? cosine(row, profile) : 0;
            expect(Math.abs((scores[i] ?? Number.NaN) - expected)).toBeLessThan(1e-12);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("rejects a zero or mismatched profile and non-finite matrix entries", () => {
    expect(() => cosineAgainstMany(matrix, [0, 0])).toThrow(/^profile: /);
    expect(() => cosineAgainstMany(matrix, [1, 0, 0])).toThrow(/^profile: /);
    expect(() => cosineAgainstMany(matrix, [1, Number.NaN])).toThrow(/profile\[1\]/);
    const bad = { data: Float64Array.from([1, 2, Number.NaN, 4]), rows: 2, cols: 2 };
    expect(() => cosineAgainstMany(bad, [1, 1])).toThrow(/matrix\[1\]\[0\]/);
  });
});
