import { mulberry32 } from "@/lib/math/prng";
import { normalizeOffers } from "@/lib/providers/normalize";
import { providerAdapters } from "@/lib/providers/registry";
import type { NormalizedOffer, RawOffer } from "@/lib/providers/types";
import { providerFixturesDir } from "@/server/testing/fixtures";
import { fixtureResponses } from "@/server/workers/fixture-fetch";

/** Every adapter's fixture offers (the real formats), parsed once. */
export async function fixtureRawOffers(): Promise<RawOffer[]> {
  const all: RawOffer[] = [];
  for (const adapter of providerAdapters) {
    all.push(...adapter.parse(await fixtureResponses(adapter, providerFixturesDir)).offers);
  }
  return all;
}

/**
 * `count` offers made by repeating the fixture offers with fresh external ids and a ±20% price
 * jitter (seeded), so volume tests use real shapes, names and unit quirks.
 */
export function scaleOffers(base: readonly RawOffer[], count: number, seed = 7): RawOffer[] {
  const rand = mulberry32(seed);
  const out: RawOffer[] = [];
  for (let i = 0; i < count; i++) {
    const b = base[i % base.length];
    if (!b) break;
    const jitter = 0.8 + rand() * 0.4;
    out.push({
      ...b,
      externalId: `${b.externalId}#${Math.floor(i / base.length)}`,
      pricePerHour: Math.round(b.pricePerHour * jitter * 10_000) / 10_000,
    });
  }
  return out;
}

export function normalizeAll(raws: readonly RawOffer[]): NormalizedOffer[] {
  return normalizeOffers(raws).offers;
}
