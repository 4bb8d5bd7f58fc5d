import { MathInputError } from "./errors";

/**
 * A row-major matrix over one contiguous Float64Array: element (i, j) lives at
 * `data[i * cols + j]`. The hot loops of TOPSIS and batch cosine walk this memory once per stage
 * with no per-row arrays, which is what keeps 100,000 × 8 inside a few milliseconds.
 */
export interface DenseMatrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/** Either a dense matrix or nested rows, as the REST layer receives them (`decision_matrix`). */
export type MatrixInput = DenseMatrix | readonly (readonly number[])[];

// Nested rows arrive as JS arrays; a dense matrix is a plain object, so Array.isArray decides.
function isDense(input: MatrixInput): input is DenseMatrix {
  return !Array.isArray(input);
}

/**
 * Validates the shape of `input` and returns it as a DenseMatrix, copying nested rows once.
 * Empty (0 rows or 0 columns), ragged rows and a `data` length that is not rows × cols throw
 * `MathInputError`. Nested rows are also checked for finiteness here, while they are copied; a
 * dense input is not (its consumer folds that check into its own first pass, see `findNonFinite`).
 */
export function toDenseMatrix(input: MatrixInput, field: string): DenseMatrix {
  if (isDense(input)) {
    const { data, rows, cols } = input;
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
      throw new MathInputError(field, `needs at least one row and one column, got ${rows} × ${cols}`);
    }
    if (data.length !== rows * cols) {
      throw new MathInputError(field, `data has ${data.length} values, expected ${rows} × ${cols}`);
    }
    return input;
  }
  // The first row fixes the width; every other row must match it (ragged input is an error,
  // never padded, since a missing criterion value has no neutral default).
  const rows = input.length;
  const cols = input[0]?.length ?? 0;
  if (rows < 1 || cols < 1) throw new MathInputError(field, "needs at least one row and one column");
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = input[i] ?? [];
    if (row.length !== cols) {
      throw new MathInputError(`${field}[${i}]`, `has ${row.length} values, expected ${cols}`);
    }
    for (let j = 0; j < cols; j++) {
      const x = row[j];
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw new MathInputError(`${field}[${i}][${j}]`, `must be a finite number, got ${String(x)}`);
      }
      data[i * cols + j] = x;
    }
  }
  return { data, rows, cols };
}

/**
 * Throws `MathInputError` naming the first NaN/±Infinity element. Only called on the slow path,
 * after a hot loop's cheap guard (`guard += x * 0`, which turns NaN for any non-finite x) fired.
 */
export function findNonFinite(matrix: DenseMatrix, field: string): void {
  const { data, cols } = matrix;
  for (let k = 0; k < data.length; k++) {
    const x = data[k] ?? Number.NaN;
    if (!Number.isFinite(x)) {
      const i = Math.floor(k / cols);
      throw new MathInputError(`${field}[${i}][${k - i * cols}]`, `must be a finite number, got ${x}`);
    }
  }
}
