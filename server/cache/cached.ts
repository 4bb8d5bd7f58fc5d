import { logger } from "@/server/logger";
import type { Cache } from "./types";

/** Loads in progress, per cache instance and flight key: concurrent misses share one load. */
const inFlight = new WeakMap<Cache, Map<string, Promise<unknown>>>();

export interface ReadThroughOptions<T> {
  cache: Cache;
  key: string;
  ttlS: number;
  load: () => Promise<T>;
  /** de-duplication key (default `key`); invalidation-aware readers put a generation in it */
  flightKey?: string;
  /** checked before storing a loaded value; false skips the store (the value went stale meanwhile) */
  shouldStore?: () => Promise<boolean>;
  /** runs after the loaded value was stored, e.g. to drop it again if it went stale meanwhile */
  afterStore?: () => Promise<void>;
}

/**
 * Read-through: a hit returns the cached value; on a miss `load` runs once however many callers
 * miss the same key concurrently, and its result is stored for `ttlS` seconds. `null`/`undefined`
 * results are returned but not stored (a cached null would read as a miss anyway).
 *
 * The cache is an optimisation, never a dependency: when it fails (Redis down) the read falls back
 * to `load` and the failure is logged. A failing `load` rejects every waiting caller and stores
 * nothing; the next call tries again.
 */
export function cached<T>(cache: Cache, key: string, ttlS: number, load: () => Promise<T>): Promise<T> {
  return readThrough({ cache, key, ttlS, load });
}

export function readThrough<T>(options: ReadThroughOptions<T>): Promise<T> {
  const { cache, key } = options;
  const flightKey = options.flightKey ?? key;
  let flights = inFlight.get(cache);
  if (!flights) {
    flights = new Map();
    inFlight.set(cache, flights);
  }
  const pending = flights.get(flightKey);
  // Only this function stores into the map, always with the T of the same key.
  if (pending) return pending as Promise<T>;
  const flight = run(options).finally(() => {
    if (flights.get(flightKey) === flight) flights.delete(flightKey);
  });
  flights.set(flightKey, flight);
  return flight;
}

async function run<T>({
  cache,
  key,
  ttlS,
  load,
  shouldStore,
  afterStore,
}: ReadThroughOptions<T>): Promise<T> {
  try {
    const hit = await cache.get<T>(key);
    if (hit !== null) return hit;
  } catch (error) {
    logger().warn({ err: error, key }, "cache read failed; loading from source");
  }
  const value = await load();
  if (value === null || value === undefined) return value;
  try {
    if (shouldStore && !(await shouldStore())) return value;
    await cache.set(key, value, ttlS);
    if (afterStore) await afterStore();
  } catch (error) {
    logger().warn({ err: error, key }, "cache write failed");
  }
  return value;
}

/** Number of loads currently in flight for `cache` (tests). */
export function inFlightCount(cache: Cache): number {
  return inFlight.get(cache)?.size ?? 0;
}
