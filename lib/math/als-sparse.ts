import { MathInputError } from "./errors";

/**
 * Compressed sparse row (CSR) storage for the ALS interaction matrix (Saad, "Iterative Methods
 * for Sparse Linear Systems", 2nd ed. 2003, §3.4): row r's entries are
 * `indices[indptr[r] .. indptr[r+1])` with weights in `values` at the same positions. ALS reads
 * the user × item matrix row-wise for the user half-step and its transpose (item × user, i.e. the
 * CSC form) for the item half-step, so both are built once before training.
 *
 * Values are interaction weights r ≥ 0 (e.g. views 1, bookings 5); units are the caller's.
 * Degenerate input: an empty triple list gives an all-empty matrix (every user is cold start);
 * duplicate (row, col) pairs are summed, as repeated interactions add confidence; column indices
 * within a row come out sorted ascending, so results never depend on input order.
 */
export interface CsrMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

function requireCount(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) {
    throw new MathInputError(field, `must be an integer in [0, 2³¹), got ${String(value)}`);
  }
}

/** Builds a CSR matrix from (rowIndex, colIndex, value) triples, summing duplicates. */
export function buildCsr(
  rows: number,
  cols: number,
  rowIndex: ArrayLike<number>,
  colIndex: ArrayLike<number>,
  values: ArrayLike<number>,
): CsrMatrix {
  requireCount("rows", rows);
  requireCount("cols", cols);
  const count = rowIndex.length;
  if (colIndex.length !== count || values.length !== count) {
    throw new MathInputError("values", "rowIndex, colIndex and values must have the same length");
  }
  const rowCounts = new Int32Array(rows + 1);
  for (let t = 0; t < count; t++) {
    const r = rowIndex[t] ?? -1;
    const c = colIndex[t] ?? -1;
    const v = values[t] ?? Number.NaN;
    if (!Number.isInteger(r) || r < 0 || r >= rows)
      throw new MathInputError(`rowIndex[${t}]`, "out of range");
    if (!Number.isInteger(c) || c < 0 || c >= cols)
      throw new MathInputError(`colIndex[${t}]`, "out of range");
    if (!Number.isFinite(v) || v < 0) throw new MathInputError(`values[${t}]`, "must be finite and ≥ 0");
    rowCounts[r + 1] = (rowCounts[r + 1] ?? 0) + 1;
  }
  for (let r = 0; r < rows; r++) rowCounts[r + 1] = (rowCounts[r + 1] ?? 0) + (rowCounts[r] ?? 0);
  // Counting sort into row buckets, then sort each row by column and merge duplicates.
  const cursor = rowCounts.slice(0, rows);
  const rawCols = new Int32Array(count);
  const rawValues = new Float64Array(count);
  for (let t = 0; t < count; t++) {
    const r = rowIndex[t] ?? 0;
    const at = cursor[r] ?? 0;
    cursor[r] = at + 1;
    rawCols[at] = colIndex[t] ?? 0;
    rawValues[at] = values[t] ?? 0;
  }
  const indptr = new Int32Array(rows + 1);
  const indices = new Int32Array(count);
  const merged = new Float64Array(count);
  const order: number[] = [];
  let written = 0;
  for (let r = 0; r < rows; r++) {
    const start = rowCounts[r] ?? 0;
    const end = rowCounts[r + 1] ?? 0;
    order.length = 0;
    for (let t = start; t < end; t++) order.push(t);
    order.sort((a, b) => (rawCols[a] ?? 0) - (rawCols[b] ?? 0) || a - b);
    for (const t of order) {
      const c = rawCols[t] ?? 0;
      if (written > (indptr[r] ?? 0) && indices[written - 1] === c) {
        merged[written - 1] = (merged[written - 1] ?? 0) + (rawValues[t] ?? 0);
      } else {
        indices[written] = c;
        merged[written] = rawValues[t] ?? 0;
        written++;
      }
    }
    indptr[r + 1] = written;
  }
  return { rows, cols, indptr, indices: indices.slice(0, written), values: merged.slice(0, written) };
}

/** The transpose (equivalently, the CSC form of `m` read as CSR); rows stay column-sorted. */
export function transposeCsr(m: CsrMatrix): CsrMatrix {
  const nnz = m.indices.length;
  const indptr = new Int32Array(m.cols + 1);
  for (let t = 0; t < nnz; t++) {
    const c = m.indices[t] ?? 0;
    indptr[c + 1] = (indptr[c + 1] ?? 0) + 1;
  }
  for (let c = 0; c < m.cols; c++) indptr[c + 1] = (indptr[c + 1] ?? 0) + (indptr[c] ?? 0);
  const cursor = indptr.slice(0, m.cols);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  // Walking rows in ascending order writes each output row's entries already sorted.
  for (let r = 0; r < m.rows; r++) {
    const end = m.indptr[r + 1] ?? 0;
    for (let t = m.indptr[r] ?? 0; t < end; t++) {
      const c = m.indices[t] ?? 0;
      const at = cursor[c] ?? 0;
      cursor[c] = at + 1;
      indices[at] = r;
      values[at] = m.values[t] ?? 0;
    }
  }
  return { rows: m.cols, cols: m.rows, indptr, indices, values };
}

/** Throws `MathInputError` unless `m` is a structurally valid CSR matrix with values ≥ 0. */
export function validateCsr(m: CsrMatrix, field: string): void {
  requireCount(`${field}.rows`, m.rows);
  requireCount(`${field}.cols`, m.cols);
  const nnz = m.indices.length;
  if (m.indptr.length !== m.rows + 1 || m.indptr[0] !== 0 || m.indptr[m.rows] !== nnz) {
    throw new MathInputError(`${field}.indptr`, "must have rows + 1 entries from 0 to nnz");
  }
  if (m.values.length !== nnz) throw new MathInputError(`${field}.values`, "must have nnz entries");
  for (let r = 0; r < m.rows; r++) {
    if ((m.indptr[r + 1] ?? 0) < (m.indptr[r] ?? 0)) {
      throw new MathInputError(`${field}.indptr[${r + 1}]`, "must be non-decreasing");
    }
  }
  for (let t = 0; t < nnz; t++) {
    const c = m.indices[t] ?? -1;
    if (c < 0 || c >= m.cols) throw new MathInputError(`${field}.indices[${t}]`, "out of range");
    const v = m.values[t] ?? Number.NaN;
    if (!Number.isFinite(v) || v < 0)
      throw new MathInputError(`${field}.values[${t}]`, "must be finite and ≥ 0");
  }
}
