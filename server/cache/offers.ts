import { logger } from "@/server/logger";
import { readThrough } from "./cached";
import { hashFilters } from "./hash";
import { OFFERS_LIST_GENERATION_KEY, offerKey, offersListKey } from "./keys";
import { OFFER_TTL_S, PROVIDERS_LIST_TTL_S } from "./ttl";
import type { Cache } from "./types";

/**
 * Offer caching and its invalidation — design property 22: "for any offer price update, the
 * cached entry SHALL be invalidated or updated within 1 second of database write".
 *
 * A price change alters the offer's own entry and potentially EVERY cached list page (its price
 * decides which `max_price` filters it passes and where it sorts), and list keys are hashes of
 * filters, so there is no way to tell which pages hold the offer. Two ways to drop them all:
 *
 * - SCAN `providers:list:*` + DEL: cost grows with the keyspace (one round trip per SCAN step), and
 *   it is not atomic — a reader that loaded the old list before the write and stores it after SCAN
 *   passed its slot leaves a stale page for up to a full TTL.
 * - a generation (what we do): list keys embed the current generation token; `invalidateOffers`
 *   writes a new token. One SET, whatever the number of cached pages, and from the moment it
 *   lands every reader looks in a fresh namespace. A load that started before the write stores
 *   under the old token, which nobody reads any more; old entries simply expire (60 s).
 *
 * Tokens are random (never a counter incremented with GET+SET, which two concurrent invalidations
 * could both set to the same value, the later write then invalidating nothing). A missing token
 * (expired, evicted, first use) is replaced by a new one, never by a default that could revive
 * entries cached under it earlier.
 *
 * Offer entries keep the design's plain `offer:{id}` key and are deleted. That alone has the
 * cache-aside race: a load of the old row that started before the write and stores after the
 * delete would serve the old price for the full 300 s. `cachedOffer` therefore compares the
 * generation it started with (every invalidation replaces it) before storing — and skips the store
 * if it changed — and again after storing — and deletes its entry if it changed. `invalidateOffers`
 * bumps the generation BEFORE deleting, so a store that slips between the two checks is removed by
 * one side or the other. What remains is a window of one cache round trip: an invalidation that
 * runs entirely between a loader's pre-check and its store, and a reader in the round trip between
 * that store and the loader's own delete. Callers arriving after an invalidation also never join a
 * load that began before it (the generation is part of the de-duplication key).
 *
 * Call `invalidateOffers` after the transaction that changed prices COMMITS: invalidating earlier
 * lets a reader re-cache the row the transaction is about to replace.
 */

/** far beyond the list TTL: losing the token only costs one round of list misses */
export const OFFERS_LIST_GENERATION_TTL_S = 24 * 60 * 60;

/** DEL arguments per command, to keep request bodies small on large ingest batches */
const DEL_BATCH = 500;

function newGeneration(): string {
  return globalThis.crypto.randomUUID();
}

async function bumpOffersListGeneration(cache: Cache): Promise<string> {
  const generation = newGeneration();
  await cache.set(OFFERS_LIST_GENERATION_KEY, generation, OFFERS_LIST_GENERATION_TTL_S);
  return generation;
}

/** The current offer-list generation token, creating one when there is none. */
export async function offersListGeneration(cache: Cache): Promise<string> {
  const current = await cache.get<unknown>(OFFERS_LIST_GENERATION_KEY);
  if (typeof current === "string" && current.length > 0) return current;
  return bumpOffersListGeneration(cache);
}

/** Read-through for one offer-list page (`providers:list:…`, 60 s), keyed by a hash of `filters`. */
export async function cachedOffersList<T>(
  cache: Cache,
  filters: unknown,
  load: () => Promise<T>,
): Promise<T> {
  let generation: string;
  try {
    generation = await offersListGeneration(cache);
  } catch (error) {
    logger().warn({ err: error }, "cache unavailable; offer list read from source");
    return load();
  }
  return readThrough({
    cache,
    key: offersListKey(hashFilters(filters), generation),
    ttlS: PROVIDERS_LIST_TTL_S,
    load,
  });
}

/** Read-through for one offer (`offer:{id}`, 300 s); `null` (unknown offer) is not cached. */
export async function cachedOffer<T>(
  cache: Cache,
  offerId: string,
  load: () => Promise<T | null>,
): Promise<T | null> {
  let generation: string;
  try {
    generation = await offersListGeneration(cache);
  } catch (error) {
    logger().warn({ err: error }, "cache unavailable; offer read from source");
    return load();
  }
  const key = offerKey(offerId);
  return readThrough({
    cache,
    key,
    ttlS: OFFER_TTL_S,
    load,
    // A caller arriving after an invalidation sees a new generation, so it never joins a load
    // that started before the price changed.
    flightKey: `${key}@${generation}`,
    shouldStore: async () => (await cache.get<unknown>(OFFERS_LIST_GENERATION_KEY)) === generation,
    afterStore: async () => {
      const now = await cache.get<unknown>(OFFERS_LIST_GENERATION_KEY).catch(() => null);
      if (now !== generation) await cache.del(key);
    },
  });
}

/**
 * Property 22: after this resolves, no read through `cachedOffer` / `cachedOffersList` returns a
 * value cached before the call. Bumps the list generation first, then deletes the offers' keys
 * (order explained above). Rejects when the cache does — callers retry or alert; a swallowed
 * failure here would serve old prices for up to 5 minutes.
 */
export async function invalidateOffers(cache: Cache, offerIds: readonly string[]): Promise<void> {
  await bumpOffersListGeneration(cache);
  const keys = [...new Set(offerIds)].map(offerKey);
  for (let i = 0; i < keys.length; i += DEL_BATCH) await cache.del(...keys.slice(i, i + DEL_BATCH));
}
