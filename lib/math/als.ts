import { gramMatrix } from "./als-kernels";
import { implicitAlsLoss } from "./als-loss";
import { type AlsOptions, resolveAlsOptions } from "./als-options";
import { createAlsWorkspace, solveHalfStep } from "./als-solve";
import { type CsrMatrix, transposeCsr, validateCsr } from "./als-sparse";
import { MathInputError } from "./errors";
import { mulberry32 } from "./prng";

// One entry point for callers: the sparse input, the options and the ranking functions.
export { type AlsOptions, defaultAlsOptions } from "./als-options";
export { type AlsRecommendation, recommendAls, type ScoredItem, similarItems } from "./als-recommend";
export { buildCsr, type CsrMatrix, transposeCsr } from "./als-sparse";

/**
 * Implicit-feedback alternating least squares (Hu, Koren & Volinsky, "Collaborative Filtering
 * for Implicit Feedback Datasets", ICDM 2008) for the "users who booked this also booked" signal:
 *
 *   min L(X, Y) = Σᵤ,ᵢ cᵤᵢ (pᵤᵢ − xᵤᵀyᵢ)² + λ (Σ‖xᵤ‖² + Σ‖yᵢ‖²),  cᵤᵢ = 1 + α·rᵤᵢ,  pᵤᵢ = [rᵤᵢ > 0]
 *
 * alternating a user half-step (Y fixed) and an item half-step (X fixed). als-solve.ts holds the
 * YᵀY trick and the warm-started conjugate-gradient solves, als-loss.ts the O(k² + nnz·k) loss,
 * als-options.ts the defaults (k 50, λ 0.1, α 40, 15 iterations, 3 CG steps, tolerance 1e-6).
 * Each half-step minimises L over its block (enough CG steps) or decreases it (truncated CG,
 * which never increases a block's quadratic), so the loss history is non-increasing up to
 * rounding — design property 9. Interaction weights r are unit-free counts; the loss is a
 * squared preference error.
 *
 * Initial factors are uniform in [0, 0.01) from mulberry32(seed), as in the `implicit` library:
 * small, so the first half-step is driven by the data; same seed and input ⇒ bit-identical output.
 *
 * Stops when the relative loss decrease falls below `tolerance` or after `iterations` sweeps.
 * Degenerate input: an empty matrix reaches all-zero factors (loss 0) and stops after two
 * sweeps; users or items without interactions get zero factors (recommendAls then falls back to
 * popularity). A malformed CSR or a bad option throws `MathInputError`.
 */
export interface AlsModel {
  readonly factors: number;
  readonly userCount: number;
  readonly itemCount: number;
  /** row-major userCount × factors */
  readonly userFactors: Float64Array;
  /** row-major itemCount × factors */
  readonly itemFactors: Float64Array;
  /** Σᵤ rᵤᵢ per item: the cold-start ranking */
  readonly itemPopularity: Float64Array;
}

export interface AlsFitResult {
  readonly model: AlsModel;
  /** loss of the random initialisation */
  readonly initialLoss: number;
  /** lossHistory[t] = loss after sweep t + 1 */
  readonly lossHistory: readonly number[];
  readonly iterations: number;
  /** true when stopped by the tolerance rule rather than the iteration cap */
  readonly converged: boolean;
}

/**
 * Trains on a user × item CSR matrix. `itemUsers` (its transpose, i.e. the CSC form) is built
 * here when omitted; pass it when it already exists to skip the O(nnz) copy.
 */
export function fitAls(
  userItems: CsrMatrix,
  options: Partial<AlsOptions> = {},
  itemUsers: CsrMatrix = transposeCsr(userItems),
): AlsFitResult {
  const settings = resolveAlsOptions(options);
  validateCsr(userItems, "userItems");
  validateCsr(itemUsers, "itemUsers");
  const sameShape = itemUsers.rows === userItems.cols && itemUsers.cols === userItems.rows;
  if (!sameShape || itemUsers.indices.length !== userItems.indices.length) {
    throw new MathInputError("itemUsers", "must be the transpose of userItems");
  }
  const k = settings.factors;
  const { rows: userCount, cols: itemCount } = userItems;
  const random = mulberry32(settings.seed);
  const userFactors = new Float64Array(userCount * k);
  const itemFactors = new Float64Array(itemCount * k);
  for (let i = 0; i < userFactors.length; i++) userFactors[i] = random() * 0.01;
  for (let i = 0; i < itemFactors.length; i++) itemFactors[i] = random() * 0.01;

  const workspace = createAlsWorkspace(k);
  const userGram = new Float64Array(k * k);
  const itemGram = new Float64Array(k * k);
  const { regularization, alpha } = settings;
  const loss = () =>
    implicitAlsLoss(userItems, userFactors, itemFactors, userGram, itemGram, k, regularization, alpha);
  gramMatrix(userFactors, userCount, k, userGram);
  gramMatrix(itemFactors, itemCount, k, itemGram);
  const initialLoss = loss();
  const lossHistory: number[] = [];
  let previous = initialLoss;
  let converged = false;
  while (lossHistory.length < settings.iterations) {
    workspace.operator.gram.set(itemGram);
    solveHalfStep(userItems, userFactors, itemFactors, settings, workspace);
    gramMatrix(userFactors, userCount, k, userGram);
    workspace.operator.gram.set(userGram);
    solveHalfStep(itemUsers, itemFactors, userFactors, settings, workspace);
    // Both Grams now match the current factors: the loss needs both, the next user step reuses itemGram.
    gramMatrix(itemFactors, itemCount, k, itemGram);
    const current = loss();
    lossHistory.push(current);
    const relativeDecrease = previous > 0 ? (previous - current) / previous : 0;
    previous = current;
    if (relativeDecrease < settings.tolerance) {
      converged = true;
      break;
    }
  }
  return {
    model: { factors: k, userCount, itemCount, userFactors, itemFactors, itemPopularity: rowSums(itemUsers) },
    initialLoss,
    lossHistory,
    iterations: lossHistory.length,
    converged,
  };
}

function rowSums(m: CsrMatrix): Float64Array {
  const sums = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    let total = 0;
    const end = m.indptr[r + 1] ?? 0;
    for (let t = m.indptr[r] ?? 0; t < end; t++) total += m.values[t] ?? 0;
    sums[r] = total;
  }
  return sums;
}
