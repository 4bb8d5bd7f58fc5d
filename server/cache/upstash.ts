import { Redis } from "@upstash/redis";
import { assertTtl, type Cache, serialize } from "./types";

export interface UpstashCacheOptions {
  url: string;
  token: string;
  /** namespace prepended to every key (tests use one per file) */
  keyPrefix?: string;
}

/** keys per SCAN step in delByPrefix */
const SCAN_COUNT = 500;

/**
 * The scaled-deployment cache (DESIGN.md §2): Upstash Redis over REST, or the local bridge
 * (server/dev/upstash-bridge) in self-hosted mode and CI.
 *
 * We serialize ourselves and turn the client's automatic deserialization off: with it on, a cached
 * string "123" would come back as the number 123.
 */
export function createUpstashCache(options: UpstashCacheOptions): Cache {
  const redis = new Redis({
    url: options.url,
    token: options.token,
    automaticDeserialization: false,
    enableTelemetry: false,
    // A cache sits on the request path: give up after ~150 ms of retries rather than the
    // client's default ~4 s, and let callers fall back to the database.
    retry: { retries: 2, backoff: (retryCount) => 50 * 2 ** retryCount },
  });
  const prefix = options.keyPrefix ?? "";
  const full = (key: string) => `${prefix}${key}`;

  return {
    async get<T>(key: string): Promise<T | null> {
      const raw = await redis.get<string>(full(key));
      if (raw === null || raw === undefined) return null;
      try {
        return JSON.parse(raw) as T;
      } catch {
        // written by something else: treat as a miss rather than fail the read
        return null;
      }
    },
    async set(key, value, ttlS) {
      await redis.set(full(key), serialize(key, value), { px: assertTtl(ttlS) });
    },
    async del(...keys) {
      if (keys.length > 0) await redis.del(...keys.map(full));
    },
    async delByPrefix(keyPrefix) {
      const match = `${escapeGlob(full(keyPrefix))}*`;
      let cursor = "0";
      let deleted = 0;
      do {
        const [next, keys] = await redis.scan(cursor, { match, count: SCAN_COUNT });
        cursor = String(next);
        if (keys.length > 0) deleted += await redis.del(...keys);
      } while (cursor !== "0");
      return deleted;
    },
  };
}

/** Escapes Redis glob metacharacters so a prefix matches literally. */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, "\\$&");
}
