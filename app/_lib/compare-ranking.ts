import { criteriaRow, criterionColumns, type RankableOffer } from "@/lib/marketplace/criteria";
import { topsis } from "@/lib/math/topsis";
import { explainPair, type PairFactor, topsisContributions } from "@/lib/math/topsis-explain";
import { marketplaceCriteriaTypes } from "@/lib/math/topsis-input";

/**
 * The compare view's TOPSIS run, in the browser: the same criteria rows (lib/marketplace/criteria)
 * and criteria types as the presets, with the user's weights.
 */
export type Criterion = (typeof criterionColumns)[number];

export interface RankedOffer {
  /** index into the offers passed in */
  index: number;
  rank: number;
  /** closeness C ∈ [0, 1] */
  score: number;
  /** each criterion's share of the distance from the anti-ideal (what lifts this offer) */
  strengths: { criterion: Criterion; share: number }[];
  /** each criterion's share of the distance to the ideal (what holds it back) */
  gaps: { criterion: Criterion; share: number }[];
}

export type CompareRanking =
  | { ok: true; ranked: RankedOffer[]; weights: number[]; topVsSecond: PairFactor[] | null }
  | { ok: false; message: string };

export function normalizedWeights(weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  return weights.map((w) => (sum > 0 ? Math.max(0, w) / sum : 0));
}

export function rankOffers(offers: readonly RankableOffer[], weights: readonly number[]): CompareRanking {
  if (offers.length === 0) return { ok: false, message: "No offers to compare." };
  if (!weights.some((w) => w > 0))
    return { ok: false, message: "Give at least one criterion a weight above 0." };
  const result = topsis(
    offers.map((o) => criteriaRow(o)),
    weights,
    marketplaceCriteriaTypes,
  );
  const ranked = Array.from(result.rankings, (index, position) => {
    const parts = topsisContributions(result, index);
    return {
      index,
      rank: position + 1,
      score: result.scores[index] ?? 0,
      strengths: parts.map((p) => ({ criterion: criterionAt(p.criterion), share: p.shareOfAntiIdealGap })),
      gaps: parts.map((p) => ({ criterion: criterionAt(p.criterion), share: p.shareOfIdealGap })),
    };
  });
  const [first, second] = ranked;
  const topVsSecond =
    first && second ? explainPair(result, first.index, second.index, criterionColumns) : null;
  return { ok: true, ranked, weights: Array.from(result.weights), topVsSecond };
}

function criterionAt(j: number): Criterion {
  return criterionColumns[j] ?? "price";
}

const EPSILON = 1e-12;

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** "A ranks above B mainly on price and availability, although B is stronger on performance." */
export function whySentence(factors: readonly PairFactor[], a: string, b: string): string {
  const pros = factors.filter((f) => f.advantage > EPSILON).map((f) => f.criterion);
  const cons = factors
    .filter((f) => f.advantage < -EPSILON)
    .reverse()
    .map((f) => f.criterion);
  if (pros.length === 0) return `${a} and ${b} are level on every criterion that carries weight.`;
  const because = `${a} ranks above ${b} mainly on ${joinWords(pros.slice(0, 2))}`;
  return cons.length > 0
    ? `${because}, although ${b} is stronger on ${joinWords(cons.slice(0, 2))}.`
    : `${because}.`;
}
