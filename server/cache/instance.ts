import { env } from "@/server/env";
import { type Cache, createCache } from "./index";

/**
 * The process-wide cache: Upstash/Redis when configured, else in-process. Kept on globalThis so
 * route handlers and the in-process ingest scheduler share one instance (invalidation must reach
 * the entries the handlers read).
 */
const key = Symbol.for("gpubroker.cache");
type GlobalWithCache = typeof globalThis & { [key]?: Cache };

export function appCache(): Cache {
  const g = globalThis as GlobalWithCache;
  if (!g[key]) {
    const e = env();
    g[key] = createCache({ url: e.UPSTASH_REDIS_REST_URL, token: e.UPSTASH_REDIS_REST_TOKEN });
  }
  return g[key];
}
