import { Redis } from "@upstash/redis";
import { expect } from "vitest";
import { startUpstashBridge, type UpstashBridge } from "@/server/dev/upstash-bridge/server";
import { createMemoryCache } from "./memory";
import type { Cache } from "./types";
import { createUpstashCache } from "./upstash";

/**
 * Test support: the backends every cache test runs on (DESIGN.md §8). The in-process cache always;
 * real Redis through the Upstash bridge when TEST_REDIS_URL is set (CI). The list is fixed when
 * the module loads, so a file's suites are declared per backend rather than skipped.
 */

export interface CacheHandle {
  cache: Cache;
  /** asserts `key` was stored with a lifetime of `ttlS` seconds */
  checkExpiry(key: string, ttlS: number): Promise<void>;
}

export interface CacheBackend {
  name: string;
  /** beforeAll: starts what the backend needs */
  setup(): Promise<void>;
  /** afterAll: deletes everything the file stored and stops the bridge */
  teardown(): Promise<void>;
  /** a new, empty cache (its own namespace on Redis) */
  fresh(): CacheHandle;
}

function memoryBackend(): CacheBackend {
  return {
    name: "in-process",
    async setup() {},
    async teardown() {},
    fresh() {
      let nowMs = 1_000_000;
      const cache = createMemoryCache({ now: () => nowMs });
      return {
        cache,
        async checkExpiry(key, ttlS) {
          const start = nowMs;
          nowMs = start + ttlS * 1000 - 1;
          expect(await cache.get(key)).not.toBeNull();
          nowMs = start + ttlS * 1000;
          expect(await cache.get(key)).toBeNull();
          nowMs = start;
        },
      };
    },
  };
}

function bridgeBackend(redisUrl: string): CacheBackend {
  const token = `test-${Math.random().toString(36).slice(2)}`;
  const namespace = `test:gpubroker-cache:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
  let bridge: UpstashBridge | undefined;
  let caches = 0;
  const started = (): UpstashBridge => {
    if (!bridge) throw new Error("bridge backend used before setup()");
    return bridge;
  };
  return {
    name: "Redis via upstash bridge",
    async setup() {
      bridge = await startUpstashBridge({ redisUrl, token });
    },
    async teardown() {
      const b = started();
      await createUpstashCache({ url: b.url, token, keyPrefix: namespace }).delByPrefix("");
      await b.close();
    },
    fresh() {
      const { url } = started();
      const keyPrefix = `${namespace}${caches++}:`;
      const raw = new Redis({ url, token, enableTelemetry: false });
      return {
        cache: createUpstashCache({ url, token, keyPrefix }),
        async checkExpiry(key, ttlS) {
          const pttl = await raw.pttl(`${keyPrefix}${key}`);
          expect(pttl).toBeGreaterThan(0);
          expect(pttl).toBeLessThanOrEqual(ttlS * 1000);
        },
      };
    },
  };
}

const redisUrl = process.env.TEST_REDIS_URL;

export const cacheBackends: readonly CacheBackend[] = [
  memoryBackend(),
  ...(redisUrl ? [bridgeBackend(redisUrl)] : []),
];
