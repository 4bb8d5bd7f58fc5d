import type { AlsModel } from "./als";
import { dotProduct } from "./als-kernels";
import type { CsrMatrix } from "./als-sparse";
import { MathInputError } from "./errors";

/**
 * Ranking with a trained implicit-ALS model (als.ts).
 *
 * recommendAls: score(u, i) = xᵤᵀyᵢ, the predicted preference (Hu, Koren & Volinsky 2008, §5),
 * top-n excluding the items u already interacted with in `seen` (the training matrix, or a newer
 * one with the same item columns). A cold-start user — an index past the trained users, a user
 * with no row entries in `seen`, or one whose factor vector is all zero (no training
 * interactions) — gets the popularity ranking instead: items by total interaction weight
 * Σᵤ rᵤᵢ. The result says which strategy was used so the UI can label it.
 *
 * similarItems: cosine(yᵢ, yⱼ) = yᵢᵀyⱼ / (‖yᵢ‖‖yⱼ‖) ∈ [−1, 1] on item factors ("users who booked
 * this offer also booked"). Items with an all-zero factor vector (never interacted with) carry no
 * signal: as the query they give an empty list, as candidates they are skipped.
 *
 * Ties rank the lower item index first, so results are deterministic. Scores are unit-free.
 * n = 0 gives an empty list; n past the number of candidates gives them all.
 */
export interface ScoredItem {
  readonly item: number;
  readonly score: number;
}

export interface AlsRecommendation {
  readonly strategy: "factors" | "popularity";
  readonly items: readonly ScoredItem[];
}

function requireCount(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new MathInputError(field, `must be an integer ≥ 0, got ${value}`);
}

/** The n best of `scores` over the candidate items (`skip[i] = 1` excludes i). */
function topN(scores: Float64Array, skip: Uint8Array, n: number): ScoredItem[] {
  const candidates: number[] = [];
  for (let i = 0; i < scores.length; i++) if (skip[i] !== 1) candidates.push(i);
  candidates.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  return candidates.slice(0, n).map((item) => ({ item, score: scores[item] ?? 0 }));
}

export function recommendAls(
  model: AlsModel,
  user: number,
  n: number,
  seen: CsrMatrix | null = null,
): AlsRecommendation {
  requireCount("user", user);
  requireCount("n", n);
  const k = model.factors;
  const skip = new Uint8Array(model.itemCount);
  let interactions = 0;
  if (seen !== null) {
    if (seen.cols !== model.itemCount) {
      throw new MathInputError("seen", `must have ${model.itemCount} item columns, got ${seen.cols}`);
    }
    if (user < seen.rows) {
      const end = seen.indptr[user + 1] ?? 0;
      for (let t = seen.indptr[user] ?? 0; t < end; t++) {
        skip[seen.indices[t] ?? 0] = 1;
        interactions++;
      }
    }
  }
  let hasFactors = false;
  if (user < model.userCount) {
    for (let a = 0; a < k && !hasFactors; a++) hasFactors = (model.userFactors[user * k + a] ?? 0) !== 0;
  }
  const coldStart = !hasFactors || (seen !== null && interactions === 0);
  if (coldStart) return { strategy: "popularity", items: topN(model.itemPopularity, skip, n) };
  const scores = new Float64Array(model.itemCount);
  for (let i = 0; i < model.itemCount; i++) {
    scores[i] = dotProduct(model.itemFactors, i * k, model.userFactors, user * k, k);
  }
  return { strategy: "factors", items: topN(scores, skip, n) };
}

export function similarItems(model: AlsModel, item: number, n: number): ScoredItem[] {
  requireCount("n", n);
  if (!Number.isInteger(item) || item < 0 || item >= model.itemCount) {
    throw new MathInputError("item", `must be an integer in [0, ${model.itemCount}), got ${item}`);
  }
  const k = model.factors;
  const y = model.itemFactors;
  const queryNorm = Math.sqrt(dotProduct(y, item * k, y, item * k, k));
  if (queryNorm === 0) return [];
  const scores = new Float64Array(model.itemCount);
  const skip = new Uint8Array(model.itemCount);
  skip[item] = 1;
  for (let j = 0; j < model.itemCount; j++) {
    const norm = Math.sqrt(dotProduct(y, j * k, y, j * k, k));
    if (norm === 0) {
      skip[j] = 1;
      continue;
    }
    // Clamp: rounding can push |cos| a hair past 1.
    const cosine = dotProduct(y, item * k, y, j * k, k) / (queryNorm * norm);
    scores[j] = Math.min(1, Math.max(-1, cosine));
  }
  return topN(scores, skip, n);
}
