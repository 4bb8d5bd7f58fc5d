import { and, asc, between, eq, gt, ne, sql } from "drizzle-orm";
import { gpuOffers } from "@/drizzle/schema";
import { availabilityScore, UNKNOWN_RELIABILITY } from "@/lib/marketplace/criteria";
import { cosineAgainstMany } from "@/lib/math/cosine-similarity";
import { type OfferFeatureFacts, offerFeatureMatrix, offerFeatures } from "@/lib/math/offer-features";
import type { Executor } from "@/server/db";
import { type OfferDto, type OfferRow, toOfferDto } from "./dto";
import { getOffer, offersBase } from "./list";

/**
 * "Similar offers" for the offer page. An offer of a known canonical GPU is compared with the
 * other live offers of that GPU, nearest price per GPU-hour first. An offer of an unknown GPU
 * (or a known one with no peers) is compared by cosine similarity of offer feature vectors
 * (lib/math/offer-features.ts) over the facts every offer carries: affordability, VRAM per GPU,
 * reliability and availability. Bandwidth and compute are masked out because an unknown GPU has
 * no spec row; a masked component is 0 for every offer, so it cannot count for or against one.
 */
export type SimilarityBasis = "same_gpu" | "features" | "price";

export interface SimilarOffer extends OfferDto {
  /** cosine similarity in [−1, 1] for basis "features"; null otherwise */
  similarity: number | null;
}

export interface SimilarOffers {
  offer_id: string;
  basis: SimilarityBasis;
  items: SimilarOffer[];
}

/** Candidates for the feature comparison: within this factor of the target's $/GPU-h, at most this many. */
const PRICE_BAND = 4;
const MAX_CANDIDATES = 2000;
/** affordability, vram, (bandwidth), (compute), reliability, availability */
const statedFeatures = Uint8Array.from([1, 1, 0, 0, 1, 1]);
/** A neutral placeholder for the masked bandwidth component (the A100 reference: scales to 0). */
const PLACEHOLDER_BANDWIDTH_GBPS = 2039;

export async function similarOffers(
  db: Executor,
  id: string,
  limit = 6,
  now = new Date(),
): Promise<SimilarOffers> {
  const target = await getOffer(db, id, now);
  if (target.gpu_model !== null) {
    const peers = await sameGpu(db, target, limit, now);
    if (peers.length > 0) return { offer_id: id, basis: "same_gpu", items: peers };
  }
  return byFeatures(db, target, limit, now);
}

async function sameGpu(db: Executor, target: OfferDto, limit: number, now: Date): Promise<SimilarOffer[]> {
  if (target.gpu_model === null) return [];
  const rows = await offersBase(db)
    .where(
      and(eq(gpuOffers.gpuModel, target.gpu_model), ne(gpuOffers.id, target.id), eq(gpuOffers.stale, false)),
    )
    .orderBy(
      sql`abs(${gpuOffers.pricePerGpuHour} - ${String(target.price_per_gpu_hour)}::numeric)`,
      asc(gpuOffers.id),
    )
    .limit(limit);
  return rows.map((r) => ({ ...toOfferDto(r, now.getTime()), similarity: null }));
}

function facts(o: {
  price_per_gpu_hour: number;
  vram_per_gpu_gb: number | null;
  reliability: number | null;
  availability_status: string;
}): OfferFeatureFacts | null {
  if (!(o.price_per_gpu_hour > 0) || o.vram_per_gpu_gb === null || !(o.vram_per_gpu_gb > 0)) return null;
  const reliability = o.reliability ?? UNKNOWN_RELIABILITY;
  return {
    pricePerHourUsd: o.price_per_gpu_hour,
    vramGb: o.vram_per_gpu_gb,
    memoryBandwidthGbps: PLACEHOLDER_BANDWIDTH_GBPS,
    tflopsBf16: null,
    reliability: Math.min(1, Math.max(0, reliability)),
    availability: availabilityScore[o.availability_status] ?? availabilityScore.unknown ?? 0.4,
  };
}

async function byFeatures(db: Executor, target: OfferDto, limit: number, now: Date): Promise<SimilarOffers> {
  const price = target.price_per_gpu_hour;
  const rows: OfferRow[] = await offersBase(db)
    .where(
      and(
        ne(gpuOffers.id, target.id),
        eq(gpuOffers.stale, false),
        gt(gpuOffers.pricePerGpuHour, "0"),
        price > 0
          ? between(gpuOffers.pricePerGpuHour, String(price / PRICE_BAND), String(price * PRICE_BAND))
          : undefined,
      ),
    )
    .orderBy(asc(gpuOffers.id))
    .limit(MAX_CANDIDATES);
  const candidates = rows
    .map((r) => toOfferDto(r, now.getTime()))
    .flatMap((o) => {
      const f = facts(o);
      return f ? [{ offer: o, facts: f }] : [];
    });
  const targetFacts = facts(target);
  const profile = targetFacts ? maskedFeatures(targetFacts) : null;
  if (profile === null || profile.every((x) => x === 0)) {
    // No direction to compare against (no VRAM figure, or exactly the reference offer): nearest price.
    const items = candidates
      .map((c) => c.offer)
      .sort((a, b) => Math.abs(a.price_per_gpu_hour - price) - Math.abs(b.price_per_gpu_hour - price))
      .slice(0, limit)
      .map((o) => ({ ...o, similarity: null }));
    return { offer_id: target.id, basis: "price", items };
  }
  const scores = cosineAgainstMany(
    offerFeatureMatrix(
      candidates.map((c) => c.facts),
      statedFeatures,
    ),
    profile,
  );
  const ranked = candidates
    .map((c, i) => ({ ...c.offer, similarity: round4(scores[i] ?? 0) }))
    .sort(
      (a, b) =>
        b.similarity - a.similarity ||
        Math.abs(a.price_per_gpu_hour - price) - Math.abs(b.price_per_gpu_hour - price) ||
        a.id.localeCompare(b.id),
    );
  return { offer_id: target.id, basis: "features", items: ranked.slice(0, limit) };
}

function maskedFeatures(f: OfferFeatureFacts): number[] {
  return Array.from(offerFeatures(f), (x, k) => (statedFeatures[k] === 1 ? x : 0));
}

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
