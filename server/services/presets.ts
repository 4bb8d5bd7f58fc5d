import { and, eq, inArray, ne } from "drizzle-orm";
import { gpuOffers } from "@/drizzle/schema";
import { criteriaRow } from "@/lib/marketplace/criteria";
import { topsis } from "@/lib/math/topsis";
import { marketplaceCriteriaTypes, marketplaceWeights } from "@/lib/math/topsis-input";
import type { Executor } from "@/server/db";
import { type OfferDto, toOfferDto } from "./offers/dto";
import { offersBase } from "./offers/list";

/**
 * Marketplace presets (requirements: Best Value, Highest Performance, Most Reliable, Budget
 * Friendly, Enterprise Grade). Each names its top offer, the estimated saving against the median
 * price of the same GPU, a confidence and generated_at. Regenerated when an hour has passed or
 * when a shown offer's price moved by more than 10% (design property 23).
 */
export const presetNames = [
  "best_value",
  "highest_performance",
  "most_reliable",
  "budget_friendly",
  "enterprise_grade",
] as const;
export type PresetName = (typeof presetNames)[number];

export interface Preset {
  name: PresetName;
  label: string;
  description: string;
  top_offer: OfferDto | null;
  offers: OfferDto[];
  estimated_savings_pct: number | null;
  confidence: number;
  generated_at: string;
}

export const PRESET_MAX_AGE_MS = 60 * 60 * 1000;
export const PRICE_SHIFT_THRESHOLD = 0.1;
const ENTERPRISE_PROVIDERS = new Set([
  "aws",
  "gcp",
  "azure",
  "oci",
  "coreweave",
  "lambdalabs",
  "nebius",
  "crusoe",
]);
const TOP_N = 5;

type Candidate = OfferDto & { tflops: number | null };

async function loadCandidates(db: Executor, now: Date): Promise<Candidate[]> {
  const rows = await offersBase(db).where(
    and(eq(gpuOffers.stale, false), ne(gpuOffers.availabilityStatus, "sold_out")),
  );
  return rows.map((r) => ({
    ...toOfferDto(r, now.getTime()),
    tflops: r.tflopsFp16 === null ? null : Number(r.tflopsFp16),
  }));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))] ?? 0;
}

/** Share of the shown offers with live data and a known GPU: how much to trust the preset. */
function confidenceOf(offers: Candidate[]): number {
  if (offers.length === 0) return 0;
  const good = offers.filter((o) => o.provenance.source === "api" && o.gpu_model !== null).length;
  const partial = offers.filter((o) => o.provenance.source !== "api" && o.gpu_model !== null).length;
  return Math.round(((good + 0.6 * partial) / offers.length) * 100) / 100;
}

export function buildPresets(candidates: Candidate[], now: Date): Preset[] {
  const medianByGpu = new Map<string, number>();
  const byGpu = new Map<string, number[]>();
  for (const c of candidates) {
    if (!c.gpu_model) continue;
    const list = byGpu.get(c.gpu_model) ?? [];
    list.push(c.price_per_gpu_hour);
    byGpu.set(c.gpu_model, list);
  }
  for (const [gpu, prices] of byGpu) medianByGpu.set(gpu, median(prices) ?? 0);

  const savings = (o: Candidate | undefined): number | null => {
    const m = o?.gpu_model ? medianByGpu.get(o.gpu_model) : undefined;
    if (!o || !m || m <= 0) return null;
    return Math.round(((m - o.price_per_gpu_hour) / m) * 1000) / 10;
  };
  const known = candidates.filter((c) => c.gpu_model !== null && c.tflops !== null);
  const perf = (c: Candidate) => (c.tflops ?? 0) * c.gpu_count;
  const cheaper = (a: Candidate, b: Candidate) => a.price_per_gpu_hour - b.price_per_gpu_hour;
  const stockRank = (c: Candidate) => (c.availability_status === "available" ? 0 : 1);

  const bestValue = (() => {
    if (known.length === 0) return [];
    const matrix = known.map((c) =>
      criteriaRow({ ...c, tflops_per_gpu: c.tflops, compliance_tags: c.compliance_tags }),
    );
    const result = topsis(matrix, marketplaceWeights, marketplaceCriteriaTypes);
    return Array.from(result.rankings.slice(0, TOP_N), (i) => known[i]).filter((c): c is Candidate => !!c);
  })();
  const highest = [...known].sort((a, b) => perf(b) - perf(a) || cheaper(a, b)).slice(0, TOP_N);
  const reliable = [...candidates]
    .filter((c) => c.reliability !== null)
    .sort((a, b) => (b.reliability ?? 0) - (a.reliability ?? 0) || cheaper(a, b))
    .slice(0, TOP_N);
  const p25 = percentile(
    candidates.map((c) => c.price_per_gpu_hour),
    0.25,
  );
  const budget = candidates
    // "available" when the provider reports stock; "unknown" when it publishes none (snapshot,
    // price tables): still rentable, ranked after in-stock offers of the same price
    .filter(
      (c) =>
        (c.availability_status === "available" || c.availability_status === "unknown") &&
        c.price_per_gpu_hour <= p25 &&
        c.gpu_model !== null,
    )
    .sort((a, b) => cheaper(a, b) || stockRank(a) - stockRank(b) || perf(b) - perf(a))
    .slice(0, TOP_N);
  const enterprise = candidates
    .filter(
      (c) =>
        c.form_factor === "SXM" &&
        (c.compliance_tags.length > 0 || ENTERPRISE_PROVIDERS.has(c.provider)) &&
        (c.reliability === null || c.reliability >= 0.95),
    )
    .sort((a, b) => b.compliance_tags.length - a.compliance_tags.length || cheaper(a, b))
    .slice(0, TOP_N);

  const make = (name: PresetName, label: string, description: string, offers: Candidate[]): Preset => ({
    name,
    label,
    description,
    top_offer: offers[0] ? strip(offers[0]) : null,
    offers: offers.map(strip),
    estimated_savings_pct: savings(offers[0]),
    confidence: confidenceOf(offers),
    generated_at: now.toISOString(),
  });
  return [
    make(
      "best_value",
      "Best Value",
      "Top TOPSIS score: price, performance, availability, reliability, compliance",
      bestValue,
    ),
    make("highest_performance", "Highest Performance", "Most dense FP16 TFLOPS per instance", highest),
    make("most_reliable", "Most Reliable", "Highest published host reliability", reliable),
    make(
      "budget_friendly",
      "Budget Friendly",
      "Under the 25th percentile of $/GPU-hour, in stock or stock not reported",
      budget,
    ),
    make(
      "enterprise_grade",
      "Enterprise Grade",
      "SXM GPUs from enterprise clouds or with compliance tags",
      enterprise,
    ),
  ];
}

function strip({ tflops: _tflops, ...offer }: Candidate): OfferDto {
  return offer;
}

/** Generated presets kept per process; the cache layer may mirror them across instances. */
let current: Preset[] | null = null;

export async function getPresets(db: Executor, now = new Date()): Promise<Preset[]> {
  if (current && !(await needsRegeneration(db, current, now))) return current;
  current = buildPresets(await loadCandidates(db, now), now);
  return current;
}

export function resetPresets(): void {
  current = null;
}

async function needsRegeneration(db: Executor, presets: Preset[], now: Date): Promise<boolean> {
  const generated = Date.parse(presets[0]?.generated_at ?? "");
  if (!(now.getTime() - generated < PRESET_MAX_AGE_MS)) return true;
  const shown = presets.flatMap((p) => (p.top_offer ? [p.top_offer] : []));
  if (shown.length === 0) return false;
  const rows = await db
    .select({ id: gpuOffers.id, price: gpuOffers.pricePerGpuHour, stale: gpuOffers.stale })
    .from(gpuOffers)
    .where(
      inArray(
        gpuOffers.id,
        shown.map((o) => o.id),
      ),
    );
  const nowPrice = new Map(rows.map((r) => [r.id, r.stale ? Number.NaN : Number(r.price)]));
  return shown.some((o) => {
    const p = nowPrice.get(o.id);
    if (p === undefined || Number.isNaN(p)) return true;
    return Math.abs(p - o.price_per_gpu_hour) / Math.max(o.price_per_gpu_hour, 1e-9) > PRICE_SHIFT_THRESHOLD;
  });
}
