import { dotProduct } from "./als-kernels";
import type { CsrMatrix } from "./als-sparse";

/**
 * The implicit-feedback ALS objective (Hu, Koren & Volinsky 2008, eq. 3), summed over ALL
 * user-item pairs, observed or not:
 *
 *   L = Σᵤ,ᵢ cᵤᵢ (pᵤᵢ − xᵤᵀyᵢ)² + λ (Σᵤ‖xᵤ‖² + Σᵢ‖yᵢ‖²)
 *
 * An unobserved pair has c = 1, p = 0, so it contributes (xᵤᵀyᵢ)². Hence
 *
 *   L = Σᵤ,ᵢ (xᵤᵀyᵢ)² + Σ_observed [c(p − s)² − s²] + λ (tr XᵀX + tr YᵀY),  s = xᵤᵀyᵢ
 *
 * and Σᵤ,ᵢ (xᵤᵀyᵢ)² = ‖XYᵀ‖²_F = tr(XᵀX·YᵀY) = ⟨XᵀX, YᵀY⟩ (element-wise sum of the product of
 * the two symmetric Gram matrices). Given both k×k Gram matrices the loss costs O(k² + nnz·k)
 * instead of O(users·items·k). Dimensionless (squared preference error); the same value whatever
 * the CSR orientation, since the formula is symmetric in X and Y.
 *
 * Degenerate input: an empty matrix gives the regularisation term plus Σ(xᵤᵀyᵢ)² alone; all-zero
 * factors give L = Σ_observed c·p² (every positive interaction is fully mispredicted).
 */
export function implicitAlsLoss(
  userItems: CsrMatrix,
  userFactors: Float64Array,
  itemFactors: Float64Array,
  userGram: Float64Array,
  itemGram: Float64Array,
  factors: number,
  regularization: number,
  alpha: number,
): number {
  const k = factors;
  let allPairs = 0;
  let traces = 0;
  for (let a = 0; a < k; a++) {
    traces += (userGram[a * k + a] ?? 0) + (itemGram[a * k + a] ?? 0);
    for (let b = 0; b < k; b++) allPairs += (userGram[a * k + b] ?? 0) * (itemGram[a * k + b] ?? 0);
  }
  let observed = 0;
  for (let u = 0; u < userItems.rows; u++) {
    const end = userItems.indptr[u + 1] ?? 0;
    const userOffset = u * k;
    for (let t = userItems.indptr[u] ?? 0; t < end; t++) {
      const r = userItems.values[t] ?? 0;
      const itemOffset = (userItems.indices[t] ?? 0) * k;
      const s = dotProduct(itemFactors, itemOffset, userFactors, userOffset, k);
      const p = r > 0 ? 1 : 0;
      const error = p - s;
      observed += (1 + alpha * r) * error * error - s * s;
    }
  }
  return allPairs + observed + regularization * traces;
}
