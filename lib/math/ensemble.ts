import { MathInputError } from "./errors";
import { rankDescending } from "./rank";

/**
 * Weighted ensemble of recommendation scores (design: TOPSIS 0.4 + collaborative 0.3 + content
 * 0.3; Property 11: the weights used sum to 1). For item i and available components c:
 *
 *   n_ic  = (x_ic − min_c) / (max_c − min_c)        min-max over the items the component scores
 *   score = Σ_c w_c · n_ic / Σ_c w_c                 ∈ [0, 1]
 *
 * Min-max first because the components live on different scales (TOPSIS closeness in [0, 1],
 * ALS predictions unbounded, cosine in [−1, 1]); mixing raw values would let one dominate.
 * Reference: weighted hybrid recommenders, Burke, "Hybrid Recommender Systems: Survey and
 * Experiments", UMUAI 12(4), 2002.
 *
 * Degenerate input:
 * - an unavailable component (omitted, or all null — e.g. cold start: no collaborative scores)
 *   is dropped and the others renormalised; `algorithmWeights` reports the weights actually used
 *   (0 for dropped components) and sums to 1 within rounding;
 * - an item missing from an available component (null) is scored over the components it has,
 *   with the weights renormalised for that item (reported in its `weights`);
 * - a constant component (max = min, including a single item) gives every item 0.5: it carries
 *   no ranking information, and the neutral midpoint neither rewards nor punishes anyone;
 * - ties in the final score rank by input order;
 * - empty or duplicate item ids, mismatched lengths, NaN/±Infinity scores, negative or non-finite
 *   weights, no available component with positive weight, or an item with no score at all
 *   throw `MathInputError`.
 */
export const ensembleComponents = ["topsis", "collaborative", "content"] as const;
export type EnsembleComponent = (typeof ensembleComponents)[number];
export type ComponentWeights = Record<EnsembleComponent, number>;

export const defaultEnsembleWeights: Readonly<ComponentWeights> = {
  topsis: 0.4,
  collaborative: 0.3,
  content: 0.3,
};

export interface EnsembleInput {
  itemIds: readonly string[];
  /** per component, scores aligned with itemIds; null = this item has no score there */
  scores: Partial<Record<EnsembleComponent, ArrayLike<number | null>>>;
  weights?: Partial<ComponentWeights>;
}

export interface EnsembleItem {
  itemId: string;
  score: number;
  /** min-max normalised component scores; null where unavailable */
  components: Record<EnsembleComponent, number | null>;
  /** weights used for this item (differ from algorithmWeights only if it lacks a component) */
  weights: ComponentWeights;
}

export interface EnsembleResult {
  finalRankings: EnsembleItem[];
  algorithmWeights: ComponentWeights;
}

export function ensembleRecommend(input: EnsembleInput): EnsembleResult {
  const { itemIds } = input;
  if (itemIds.length === 0) throw new MathInputError("itemIds", "must not be empty");
  if (new Set(itemIds).size !== itemIds.length) throw new MathInputError("itemIds", "must be unique");

  const weights = { ...defaultEnsembleWeights, ...input.weights };
  for (const c of ensembleComponents) {
    const w = weights[c];
    if (!Number.isFinite(w) || w < 0)
      throw new MathInputError(`weights.${c}`, `must be a finite number ≥ 0, got ${w}`);
  }
  // Scale by the largest weight so that their sum cannot overflow (ratios are unchanged).
  const largest = Math.max(...ensembleComponents.map((c) => weights[c]));
  if (largest > 0) for (const c of ensembleComponents) weights[c] /= largest;

  const normalized: Partial<Record<EnsembleComponent, (number | null)[]>> = {};
  for (const c of ensembleComponents) {
    const raw = input.scores[c];
    if (raw === undefined) continue;
    if (raw.length !== itemIds.length) {
      throw new MathInputError(`scores.${c}`, `has ${raw.length} values, expected ${itemIds.length}`);
    }
    const values = minMax(raw, `scores.${c}`);
    if (values.some((v) => v !== null)) normalized[c] = values;
  }

  const available = ensembleComponents.filter((c) => normalized[c] !== undefined);
  const algorithmWeights = renormalize(weights, available);
  if (algorithmWeights === null) {
    throw new MathInputError("scores", "no available component has a positive weight");
  }

  const items = itemIds.map((itemId, i): EnsembleItem => {
    const components: EnsembleItem["components"] = { topsis: null, collaborative: null, content: null };
    for (const c of available) components[c] = normalized[c]?.[i] ?? null;
    const present = available.filter((c) => components[c] !== null);
    const itemWeights = renormalize(weights, present);
    if (itemWeights === null)
      throw new MathInputError(`scores[${i}]`, `item "${itemId}" has no usable score`);
    const sum = present.reduce((acc, c) => acc + itemWeights[c] * (components[c] ?? 0), 0);
    // Weights sum to 1 only within an ulp or two, so keep the documented [0, 1] range exact.
    return { itemId, score: Math.min(1, sum), components, weights: itemWeights };
  });
  const finalRankings: EnsembleItem[] = [];
  for (const i of rankDescending(items.map((item) => item.score))) {
    const item = items[i];
    if (item) finalRankings.push(item);
  }
  return { finalRankings, algorithmWeights };
}

/** (x − min)/(max − min) over the non-null values; 0.5 for all when max = min. */
function minMax(raw: ArrayLike<number | null>, field: string): (number | null)[] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < raw.length; i++) {
    const x = raw[i];
    if (x === null || x === undefined) continue;
    if (!Number.isFinite(x))
      throw new MathInputError(`${field}[${i}]`, `must be a finite number or null, got ${x}`);
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const range = max - min;
  return Array.from(raw, (x) => {
    if (x === null || x === undefined) return null;
    // range can overflow to Infinity for scores near ±1.8e308; divide both by 2 in that case.
    return range === 0
      ? 0.5
      : Number.isFinite(range)
        ? (x - min) / range
        : (x / 2 - min / 2) / (max / 2 - min / 2);
  });
}

/** w_c / Σ_{c ∈ used} w_c for the used components, 0 elsewhere; null if that sum is 0. */
function renormalize(weights: ComponentWeights, used: readonly EnsembleComponent[]): ComponentWeights | null {
  const total = used.reduce((sum, c) => sum + weights[c], 0);
  if (!(total > 0)) return null;
  const out: ComponentWeights = { topsis: 0, collaborative: 0, content: 0 };
  for (const c of used) out[c] = weights[c] / total;
  return out;
}
