import { cosineAgainstMany } from "./cosine-similarity";
import { MathInputError, requirePositive } from "./errors";
import {
  type OfferFeature,
  type OfferFeatureFacts,
  offerFeatureDims,
  offerFeatureMatrix,
  offerFeatureNames,
  requireFraction,
  scaleFeature,
} from "./offer-features";

/**
 * Content-based similarity of offers to a workload profile (Pazzani & Billsus, "Content-Based
 * Recommendation Systems", The Adaptive Web, 2007): the profile is a hypothetical ideal offer,
 * mapped with the same scaling as offers (offer-features.ts), and
 *
 *   similarity_i = cos(mask ⊙ offerVec_i, profileVec),  profileVec_k = importance_k · scaled(target_k)
 *
 * where mask_k = 1 for the features the profile states (target given, importance > 0). Masking
 * matters: plain cosine over all six features lets an offer's *unrequested* strengths count
 * against it (an H100's extra compute for a profile that only asks for memory bandwidth).
 * `importance` (≥ 0, default 1) stretches a stated feature's axis, so it weighs more in the dot.
 *
 * Degenerate input: omitted targets carry no preference. A profile with no stated feature, or
 * whose stated targets all sit exactly at the reference (the zero vector), throws
 * `MathInputError` — its cosine with anything is undefined. An offer equal to the reference on
 * every stated feature is a zero row and scores 0 ("no evidence", see cosineAgainstMany). Bad
 * targets (≤ 0 specs or budget, fractions outside [0, 1], NaN) and negative importance throw.
 */
export interface WorkloadProfile {
  /** the price tier the workload is sized for (USD per GPU-hour) */
  budgetPerGpuHourUsd?: number;
  vramGb?: number;
  memoryBandwidthGbps?: number;
  tflopsBf16?: number;
  /** wanted uptime fraction in [0, 1] */
  reliability?: number;
  /** wanted availability fraction in [0, 1] */
  availability?: number;
  /** per-feature emphasis ≥ 0 (default 1); 0 un-states the feature */
  importance?: Partial<Record<OfferFeature, number>>;
}

const profileField: Readonly<Record<OfferFeature, keyof WorkloadProfile>> = {
  affordability: "budgetPerGpuHourUsd",
  vram: "vramGb",
  bandwidth: "memoryBandwidthGbps",
  compute: "tflopsBf16",
  reliability: "reliability",
  availability: "availability",
};

/** The profile vector, plus a mask of the features it states (1 = stated). */
export function workloadProfileFeatures(profile: WorkloadProfile): {
  vector: Float64Array;
  stated: Uint8Array;
} {
  const vector = new Float64Array(offerFeatureDims);
  const stated = new Uint8Array(offerFeatureDims);
  offerFeatureNames.forEach((feature, k) => {
    const field = profileField[feature];
    const target = profile[field];
    if (typeof target !== "number") return;
    const weight = profile.importance?.[feature] ?? 1;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new MathInputError(`importance.${feature}`, `must be a finite number ≥ 0, got ${weight}`);
    }
    const isFraction = feature === "reliability" || feature === "availability";
    const value = isFraction ? requireFraction(field, target) : requirePositive(field, target);
    vector[k] = weight * scaleFeature[feature](value);
    stated[k] = weight > 0 ? 1 : 0;
  });
  if (vector.every((x) => x === 0)) {
    throw new MathInputError(
      "profile",
      "states no preference (no targets, zero importance, or all at the reference)",
    );
  }
  return { vector, stated };
}

/** similarity_i ∈ [−1, 1] for every offer, in input order. */
export function contentSimilarity(
  offers: readonly OfferFeatureFacts[],
  profile: WorkloadProfile,
): Float64Array {
  const { vector, stated } = workloadProfileFeatures(profile);
  return cosineAgainstMany(offerFeatureMatrix(offers, stated), vector);
}
