import { type DenseMatrix, findNonFinite, toDenseMatrix } from "./dense-matrix";
import { MathInputError } from "./errors";

/**
 * Cosine similarity (Salton & McGill, "Introduction to Modern Information Retrieval", 1983):
 *
 *   cos(a, b) = (a · b) / (‖a‖ ‖b‖) ∈ [−1, 1]
 *
 * Dimensionless. Rounding can push |a·b| / (‖a‖‖b‖) a few ulps past 1, so the result is clamped
 * to [−1, 1]; identical non-zero vectors give 1 within 1e-12 (design Property 10). Vectors whose
 * squares overflow (|x| ≳ 1e154) or underflow (|x| ≲ 1e-154) are rescaled by their largest |x|
 * first, so every finite input gets a finite answer.
 *
 * Degenerate input: a zero vector has no direction, so `cosine` throws `MathInputError`; so do
 * different lengths, empty vectors and NaN/±Infinity components. In the batch form a zero *row*
 * scores 0 (orthogonal: no evidence either way) instead of failing 100,000 rows for one, while a
 * zero *profile* still throws.
 */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) {
    throw new MathInputError("b", `must have the same non-zero length as a (${a.length}), got ${b.length}`);
  }
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] ?? Number.NaN;
    const y = b[k] ?? Number.NaN;
    if (!Number.isFinite(x)) throw new MathInputError(`a[${k}]`, `must be a finite number, got ${x}`);
    if (!Number.isFinite(y)) throw new MathInputError(`b[${k}]`, `must be a finite number, got ${y}`);
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  // One √ of the product (not √aa · √bb): a single rounding, and cos(a, a) = aa / √(aa²) is
  // exactly 1 whenever aa² is representable, which the safe range below guarantees.
  if (isSafeNormSquared(aa) && isSafeNormSquared(bb)) return clampUnit(dot / Math.sqrt(aa * bb));
  // Slow path: cosine is scale-invariant, so divide each vector by its largest |x| and retry.
  const sa = maxAbs(a);
  const sb = maxAbs(b);
  if (sa === 0) throw new MathInputError("a", "is the zero vector; cosine similarity is undefined");
  if (sb === 0) throw new MathInputError("b", "is the zero vector; cosine similarity is undefined");
  // After scaling the largest component is ±1, so Σx² ∈ [1, n]: no over- or underflow left.
  dot = 0;
  aa = 0;
  bb = 0;
  for (let k = 0; k < a.length; k++) {
    const x = (a[k] ?? 0) / sa;
    const y = (b[k] ?? 0) / sb;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  return clampUnit(dot / Math.sqrt(aa * bb));
}

/**
 * cos(row_i, profile) for every row of a rows × dims matrix. One pass over contiguous memory
 * computes each row's dot product and squared norm together; the profile's norm is computed
 * once. Rows whose squares over- or underflow fall back to the scaled `cosine` above.
 */
export function cosineAgainstMany(matrix: DenseMatrix, profile: ArrayLike<number>): Float64Array {
  const dense = toDenseMatrix(matrix, "matrix");
  const { data, rows, cols } = dense;
  if (profile.length !== cols)
    throw new MathInputError("profile", `has ${profile.length} dims, expected ${cols}`);
  const p = Float64Array.from(profile);
  let pp = 0;
  for (let j = 0; j < cols; j++) {
    const y = p[j] ?? Number.NaN;
    if (!Number.isFinite(y)) throw new MathInputError(`profile[${j}]`, `must be a finite number, got ${y}`);
    pp += y * y;
  }
  if (maxAbs(p) === 0)
    throw new MathInputError("profile", "is the zero vector; cosine similarity is undefined");
  const out = new Float64Array(rows);
  let guard = 0;
  for (let i = 0, k = 0; i < rows; i++) {
    let dot = 0;
    let rr = 0;
    // In bounds by construction; `as number` drops the noUncheckedIndexedAccess `undefined`.
    for (let j = 0; j < cols; j++, k++) {
      const x = data[k] as number;
      dot += x * (p[j] as number);
      rr += x * x;
      guard += x * 0; // becomes NaN iff some entry is NaN or ±Infinity
    }
    if (isSafeNormSquared(rr) && isSafeNormSquared(pp)) {
      out[i] = clampUnit(dot / Math.sqrt(rr * pp));
    } else if (guard === 0) {
      const row = data.subarray(k - cols, k);
      out[i] = maxAbs(row) === 0 ? 0 : cosine(row, p); // zero row: similarity 0 (see above)
    }
  }
  if (guard !== 0) findNonFinite(dense, "matrix");
  return out;
}

/**
 * Σx² far enough from 0 and ∞ that the product of two such sums (≤ 1e300, ≥ 1e-300) stays a
 * normal double, so the fast path loses no precision to overflow or gradual underflow.
 */
function isSafeNormSquared(s: number): boolean {
  return s > 1e-150 && s < 1e150;
}

function clampUnit(x: number): number {
  return Math.min(1, Math.max(-1, x));
}

function maxAbs(v: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < v.length; k++) m = Math.max(m, Math.abs(v[k] ?? 0));
  return m;
}
