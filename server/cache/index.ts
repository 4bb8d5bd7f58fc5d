import { createMemoryCache } from "./memory";
import type { Cache } from "./types";
import { createUpstashCache } from "./upstash";

export { cached, type ReadThroughOptions } from "./cached";
export { canonicalJson, fnv1a64, hashFilters } from "./hash";
export {
  aiContextKey,
  OFFERS_LIST_GENERATION_KEY,
  OFFERS_LIST_PREFIX,
  offerKey,
  offersListKey,
  presetKey,
  sessionKey,
} from "./keys";
export { createMemoryCache, type MemoryCacheOptions } from "./memory";
export {
  cachedOffer,
  cachedOffersList,
  invalidateOffers,
  OFFERS_LIST_GENERATION_TTL_S,
  offersListGeneration,
} from "./offers";
export { AI_CONTEXT_TTL_S, OFFER_TTL_S, PRESETS_TTL_S, PROVIDERS_LIST_TTL_S, SESSION_TTL_S } from "./ttl";
export type { Cache } from "./types";
export { createUpstashCache, type UpstashCacheOptions } from "./upstash";

export interface CreateCacheOptions {
  /** UPSTASH_REDIS_REST_URL */
  url?: string;
  /** UPSTASH_REDIS_REST_TOKEN */
  token?: string;
  /** namespace prepended to every key (Upstash only; the in-process cache is private anyway) */
  keyPrefix?: string;
  /** in-process size bound */
  maxEntries?: number;
}

/**
 * Upstash (or the local bridge) when both URL and token are given, else the in-process cache
 * (DESIGN.md §2). server/env.ts already refuses one without the other and production without
 * Upstash unless GPUBROKER_ALLOW_EMBEDDED is set; callers pass `env()`'s values.
 */
export function createCache(options: CreateCacheOptions = {}): Cache {
  if (options.url && options.token) {
    return createUpstashCache({ url: options.url, token: options.token, keyPrefix: options.keyPrefix });
  }
  return createMemoryCache({ maxEntries: options.maxEntries });
}
