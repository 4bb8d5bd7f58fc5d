import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cached, inFlightCount } from "./cached";
import { cacheBackends } from "./testing";
import type { Cache } from "./types";

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

for (const backend of cacheBackends) {
  describe(`cached() on ${backend.name}`, () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it("loads on a miss, stores with the TTL, and serves hits without loading", async () => {
      const handle = backend.fresh();
      let loads = 0;
      const load = async () => {
        loads++;
        return { total: 1, items: ["o1"] };
      };
      expect(await cached(handle.cache, "k", 60, load)).toEqual({ total: 1, items: ["o1"] });
      expect(await cached(handle.cache, "k", 60, load)).toEqual({ total: 1, items: ["o1"] });
      expect(loads).toBe(1);
      await handle.checkExpiry("k", 60);
    });

    it("calls load once for concurrent misses of one key", async () => {
      const { cache } = backend.fresh();
      const started = deferred<void>();
      const gate = deferred<string>();
      let loads = 0;
      const load = () => {
        loads++;
        started.resolve();
        return gate.promise;
      };
      const readers = Array.from({ length: 25 }, () => cached(cache, "hot", 60, load));
      await started.promise;
      gate.resolve("value");
      expect(await Promise.all(readers)).toEqual(Array(25).fill("value"));
      expect(loads).toBe(1);
      expect(inFlightCount(cache)).toBe(0);
    });

    it("loads different keys independently", async () => {
      const { cache } = backend.fresh();
      const loaded: string[] = [];
      const load = (key: string) => async () => {
        loaded.push(key);
        return key.toUpperCase();
      };
      expect(
        await Promise.all([cached(cache, "a", 60, load("a")), cached(cache, "b", 60, load("b"))]),
      ).toEqual(["A", "B"]);
      expect(loaded.sort()).toEqual(["a", "b"]);
    });

    it("rejects every waiter when load fails, stores nothing, and retries next time", async () => {
      const { cache } = backend.fresh();
      const started = deferred<void>();
      const gate = deferred<number>();
      const first = cached(cache, "k", 60, () => {
        started.resolve();
        return gate.promise;
      });
      const second = cached(cache, "k", 60, () => Promise.resolve(99));
      await started.promise;
      gate.reject(new Error("db down"));
      const [a, b] = await Promise.allSettled([first, second]);
      expect(a).toMatchObject({ status: "rejected", reason: { message: "db down" } });
      expect(b).toMatchObject({ status: "rejected", reason: { message: "db down" } });
      expect(await cache.get("k")).toBeNull();
      expect(await cached(cache, "k", 60, async () => 7)).toBe(7);
      expect(await cache.get("k")).toBe(7);
    });

    it("returns but does not store null", async () => {
      const { cache } = backend.fresh();
      let loads = 0;
      const load = async () => {
        loads++;
        return null;
      };
      expect(await cached(cache, "none", 60, load)).toBeNull();
      expect(await cached(cache, "none", 60, load)).toBeNull();
      expect(loads).toBe(2);
    });
  });
}

describe("cached() when the cache fails", () => {
  const broken: Cache = {
    get: () => Promise.reject(new Error("redis down")),
    set: () => Promise.reject(new Error("redis down")),
    del: () => Promise.reject(new Error("redis down")),
    delByPrefix: () => Promise.reject(new Error("redis down")),
  };

  it("falls back to load", async () => {
    expect(await cached(broken, "k", 60, async () => ({ ok: true }))).toEqual({ ok: true });
    expect(inFlightCount(broken)).toBe(0);
  });
});
