/**
 * Dense kernels shared by the ALS half-steps and loss: a dot product and a Gram matrix over
 * row-major factor matrices stored in one Float64Array (row r at offset r·k). No allocation.
 */

/**
 * Σⱼ a[aOffset + j]·b[bOffset + j] over j < length. Four independent accumulators break the add-latency
 * chain of a single running sum (the engine may not reassociate floating-point adds); this is
 * where ALS spends most of its time.
 */
export function dotProduct(
  a: Float64Array,
  aOffset: number,
  b: Float64Array,
  bOffset: number,
  length: number,
): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < length; j += 4) {
    s0 += (a[aOffset + j] ?? 0) * (b[bOffset + j] ?? 0);
    s1 += (a[aOffset + j + 1] ?? 0) * (b[bOffset + j + 1] ?? 0);
    s2 += (a[aOffset + j + 2] ?? 0) * (b[bOffset + j + 2] ?? 0);
    s3 += (a[aOffset + j + 3] ?? 0) * (b[bOffset + j + 3] ?? 0);
  }
  for (; j < length; j++) s0 += (a[aOffset + j] ?? 0) * (b[bOffset + j] ?? 0);
  return s0 + s1 + (s2 + s3);
}

/** out ← FᵀF for a row-major (rows × k) factor matrix F; symmetric, so half is computed. */
export function gramMatrix(factorsMatrix: Float64Array, rows: number, k: number, out: Float64Array): void {
  out.fill(0);
  for (let r = 0; r < rows; r++) {
    const offset = r * k;
    for (let a = 0; a < k; a++) {
      const fa = factorsMatrix[offset + a] ?? 0;
      if (fa === 0) continue;
      const rowOut = a * k;
      for (let b = a; b < k; b++)
        out[rowOut + b] = (out[rowOut + b] ?? 0) + fa * (factorsMatrix[offset + b] ?? 0);
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) out[a * k + b] = out[b * k + a] ?? 0;
}
