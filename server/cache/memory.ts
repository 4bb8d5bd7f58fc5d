import { assertTtl, type Cache, serialize } from "./types";

export interface MemoryCacheOptions {
  /** size bound; the least recently used entries go first when it is exceeded (default 10 000) */
  maxEntries?: number;
  /** clock in ms, injectable for tests */
  now?: () => number;
}

interface Entry {
  json: string;
  expiresAtMs: number;
}

/**
 * The embedded-mode cache (DESIGN.md §2): one Map per process. A Map iterates in insertion order,
 * so re-inserting an entry on every hit keeps the least recently used first — eviction takes from
 * the front after dropping whatever has already expired. Values are stored as JSON text so callers
 * can neither mutate a cached value nor observe anything Redis would not return.
 *
 * Per process only: in a deployment with several instances an invalidation in one does not reach
 * the others — that is what the Upstash cache is for.
 */
export function createMemoryCache(options: MemoryCacheOptions = {}): Cache {
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1)
    throw new RangeError("maxEntries must be a positive integer");
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAtMs <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const evict = () => {
    if (entries.size <= maxEntries) return;
    const t = now();
    for (const [key, entry] of entries) if (entry.expiresAtMs <= t) entries.delete(key);
    for (const key of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(key);
    }
  };

  return {
    async get<T>(key: string): Promise<T | null> {
      const entry = live(key);
      if (!entry) return null;
      entries.delete(key);
      entries.set(key, entry);
      return JSON.parse(entry.json) as T;
    },
    async set(key, value, ttlS) {
      const ttlMs = assertTtl(ttlS);
      const json = serialize(key, value);
      entries.delete(key);
      entries.set(key, { json, expiresAtMs: now() + ttlMs });
      evict();
    },
    async del(...keys) {
      for (const key of keys) entries.delete(key);
    },
    async delByPrefix(prefix) {
      let deleted = 0;
      for (const key of [...entries.keys()]) {
        if (!key.startsWith(prefix)) continue;
        // expired entries are already gone as far as callers can tell
        if (live(key)) deleted++;
        entries.delete(key);
      }
      return deleted;
    },
  };
}
