/**
 * RawOffer → NormalizedOffer: GPU identity (lib/gpu resolveGpuDetailed), per-GPU memory snapped to
 * the canonical size, prices converted to USD (fx.ts) and per GPU, country/continent from the region
 * (regions.ts) unless the adapter already knew the country. The result is validated with
 * normalizedOfferSchema, so a bad adapter value fails here with the field named, not in the DB.
 *
 * Hot path of ingestion (≥ 100k offers/s, bench/normalize.ts): identity and region lookups are
 * memoized in their modules, so per offer this is a few map hits, arithmetic and the zod parse.
 */

import { findModel } from "../gpu/models";
import { resolveGpuDetailed } from "../gpu/resolve";
import type { FormFactor, GpuModelSpec, GpuResolution } from "../gpu/types";
import { type FxRates, referenceFxRates, toUsd } from "./fx";
import { continentOfCountry, regionInfo } from "./regions";
import { type NormalizedOffer, normalizedOfferSchema, type RawOffer } from "./types";

export interface NormalizeOptions {
  /** USD per EUR/GBP; defaults to the configured reference rates of fx.ts */
  fx?: FxRates;
}

const MICRO_USD = 1e6;

/** Form factor of the identity: the model's, or the one all ambiguous candidates share. */
function formFactorOf(resolution: GpuResolution): FormFactor | null {
  if (resolution.status === "known") return resolution.spec.formFactor;
  if (resolution.status === "unknown") return null;
  const specs = resolution.candidates.map(findModel).filter((s): s is GpuModelSpec => s !== null);
  const first = specs[0]?.formFactor;
  return first !== undefined && specs.every((s) => s.formFactor === first) ? first : null;
}

export function normalizeOffer(raw: RawOffer, options: NormalizeOptions = {}): NormalizedOffer {
  const fx = options.fx ?? referenceFxRates;
  const { resolution, vramGb } = resolveGpuDetailed(raw.gpuName, {
    vramGb: raw.vramPerGpuGb,
    instanceType: raw.instanceType,
    provider: raw.provider,
  });
  const pricePerHourUsd = toUsd(raw.pricePerHour, raw.currency, fx);
  const region = regionInfo(raw.region);
  const country = raw.country ?? region.country;
  const continent =
    raw.country === null ? region.continent : (continentOfCountry(raw.country) ?? region.continent);
  // Every field is listed (no `...raw`): a literal of fixed shape is ~10× faster in V8 than a spread
  // followed by new keys, which is the difference between ~60k and >100k offers/s.
  return normalizedOfferSchema.parse({
    provider: raw.provider,
    externalId: raw.externalId,
    instanceType: raw.instanceType,
    gpuName: raw.gpuName,
    gpuCount: raw.gpuCount,
    vramPerGpuGb: vramGb,
    cpuCores: raw.cpuCores,
    ramGb: raw.ramGb,
    storageGb: raw.storageGb,
    pricePerHour: raw.pricePerHour,
    spotPricePerHour: raw.spotPricePerHour,
    currency: raw.currency,
    region: raw.region,
    country,
    market: raw.market,
    availability: raw.availability,
    availableCount: raw.availableCount,
    interconnect: raw.interconnect,
    complianceTags: raw.complianceTags,
    reliability: raw.reliability,
    storagePriceGbMonth: raw.storagePriceGbMonth,
    egressPriceGb: raw.egressPriceGb,
    bootTimeS: raw.bootTimeS,
    source: raw.source,
    gpuModel: resolution.status === "known" ? resolution.model : null,
    gpuIdentity: resolution.status,
    gpuIdentityNote: resolution.status === "known" ? null : resolution.reason,
    formFactor: formFactorOf(resolution),
    pricePerHourUsd,
    pricePerGpuHourUsd: Math.round((pricePerHourUsd / raw.gpuCount) * MICRO_USD) / MICRO_USD,
    spotPricePerHourUsd: raw.spotPricePerHour === null ? null : toUsd(raw.spotPricePerHour, raw.currency, fx),
    continent,
  } satisfies Record<keyof NormalizedOffer, unknown>);
}

export interface GpuNameCount {
  raw: string;
  count: number;
}

export interface NormalizeReport {
  offers: NormalizedOffer[];
  /** GPU names outside the ontology, with how many offers carried them (most frequent first) */
  unknownGpus: GpuNameCount[];
  /** GPU names whose variant could not be decided (e.g. bare "H100 80GB"), most frequent first */
  ambiguousGpus: GpuNameCount[];
}

function sortedCounts(counts: Map<string, number>): GpuNameCount[] {
  return [...counts]
    .map(([raw, count]) => ({ raw, count }))
    .sort((a, b) => b.count - a.count || (a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0));
}

/** Normalizes a batch and reports the GPU names that did not resolve to a known model. */
export function normalizeOffers(raws: readonly RawOffer[], options: NormalizeOptions = {}): NormalizeReport {
  const unknown = new Map<string, number>();
  const ambiguous = new Map<string, number>();
  const offers = raws.map((raw) => {
    const offer = normalizeOffer(raw, options);
    const tally =
      offer.gpuIdentity === "unknown" ? unknown : offer.gpuIdentity === "ambiguous" ? ambiguous : null;
    tally?.set(raw.gpuName, (tally.get(raw.gpuName) ?? 0) + 1);
    return offer;
  });
  return { offers, unknownGpus: sortedCounts(unknown), ambiguousGpus: sortedCounts(ambiguous) };
}
