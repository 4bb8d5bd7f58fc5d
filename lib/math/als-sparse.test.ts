import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCsr, type CsrMatrix, transposeCsr, validateCsr } from "./als-sparse";
import { MathInputError } from "./errors";

function toDense(m: CsrMatrix): number[][] {
  const dense = Array.from({ length: m.rows }, () => new Array<number>(m.cols).fill(0));
  for (let r = 0; r < m.rows; r++) {
    for (let t = m.indptr[r] ?? 0; t < (m.indptr[r + 1] ?? 0); t++) {
      const row = dense[r];
      if (row) row[m.indices[t] ?? 0] = m.values[t] ?? 0;
    }
  }
  return dense;
}

describe("buildCsr", () => {
  it("sorts columns within each row and sums duplicate pairs", () => {
    // (1,2)=1, (0,1)=2, (1,0)=3, (1,2)=4 again → row 1 col 2 sums to 5.
    const m = buildCsr(3, 3, [1, 0, 1, 1], [2, 1, 0, 2], [1, 2, 3, 4]);
    expect(Array.from(m.indptr)).toEqual([0, 1, 3, 3]);
    expect(Array.from(m.indices)).toEqual([1, 0, 2]);
    expect(Array.from(m.values)).toEqual([2, 3, 5]);
    expect(toDense(m)).toEqual([
      [0, 2, 0],
      [3, 0, 5],
      [0, 0, 0],
    ]);
  });

  it("builds an all-empty matrix from no triples", () => {
    const m = buildCsr(2, 4, [], [], []);
    expect(Array.from(m.indptr)).toEqual([0, 0, 0]);
    expect(m.indices.length).toBe(0);
  });

  it("rejects out-of-range indices, negative or non-finite values and ragged inputs", () => {
    expect(() => buildCsr(2, 2, [2], [0], [1])).toThrow(MathInputError);
    expect(() => buildCsr(2, 2, [0], [-1], [1])).toThrow(MathInputError);
    expect(() => buildCsr(2, 2, [0], [0], [-1])).toThrow(MathInputError);
    expect(() => buildCsr(2, 2, [0], [0], [Number.NaN])).toThrow(MathInputError);
    expect(() => buildCsr(2, 2, [0, 1], [0], [1])).toThrow(MathInputError);
    expect(() => buildCsr(-1, 2, [], [], [])).toThrow(MathInputError);
  });
});

describe("transposeCsr", () => {
  it("turns the user × item matrix into item × user with sorted rows", () => {
    const m = buildCsr(3, 3, [1, 0, 1, 1], [2, 1, 0, 2], [1, 2, 3, 4]);
    const t = transposeCsr(m);
    expect(t.rows).toBe(3);
    expect(t.cols).toBe(3);
    expect(Array.from(t.indptr)).toEqual([0, 1, 2, 3]);
    expect(Array.from(t.indices)).toEqual([1, 0, 1]);
    expect(Array.from(t.values)).toEqual([3, 2, 5]);
  });

  it("property: transposing twice gives back the same arrays, and total weight is kept", () => {
    const triples = fc
      .record({ rows: fc.integer({ min: 1, max: 12 }), cols: fc.integer({ min: 1, max: 12 }) })
      .chain(({ rows, cols }) =>
        fc.record({
          rows: fc.constant(rows),
          cols: fc.constant(cols),
          entries: fc.array(
            fc.tuple(
              fc.integer({ min: 0, max: rows - 1 }),
              fc.integer({ min: 0, max: cols - 1 }),
              fc.integer({ min: 0, max: 9 }),
            ),
            { maxLength: 40 },
          ),
        }),
      );
    fc.assert(
      fc.property(triples, ({ rows, cols, entries }) => {
        const m = buildCsr(
          rows,
          cols,
          entries.map((e) => e[0]),
          entries.map((e) => e[1]),
          entries.map((e) => e[2]),
        );
        validateCsr(m, "m");
        const back = transposeCsr(transposeCsr(m));
        expect(Array.from(back.indptr)).toEqual(Array.from(m.indptr));
        expect(Array.from(back.indices)).toEqual(Array.from(m.indices));
        expect(Array.from(back.values)).toEqual(Array.from(m.values));
        const total = entries.reduce((sum, e) => sum + e[2], 0);
        expect(m.values.reduce((sum, v) => sum + v, 0)).toBe(total);
      }),
      { numRuns: 150 },
    );
  });
});

describe("validateCsr", () => {
  it("names the broken array", () => {
    const good = buildCsr(2, 2, [0, 1], [1, 0], [1, 1]);
    expect(() => validateCsr(good, "m")).not.toThrow();
    const badIndptr = { ...good, indptr: Int32Array.from([0, 2, 1]) };
    expect(() => validateCsr(badIndptr, "m")).toThrow(/m\.indptr/);
    const badIndex = { ...good, indices: Int32Array.from([1, 5]) };
    expect(() => validateCsr(badIndex, "m")).toThrow(/m\.indices\[1\]/);
    const badValue = { ...good, values: Float64Array.from([1, Number.POSITIVE_INFINITY]) };
    expect(() => validateCsr(badValue, "m")).toThrow(/m\.values\[1\]/);
  });
});
