import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCache } from "./index";
import { cacheBackends } from "./testing";
import { escapeGlob } from "./upstash";

for (const backend of cacheBackends) {
  describe(`Cache contract on ${backend.name}`, () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it("round-trips JSON values and keeps their types", async () => {
      const { cache } = backend.fresh();
      const offer = { id: "o1", pricePerHourUsd: 2.49, tags: ["sxm", "h100"], region: null, ok: true, n: 0 };
      await cache.set("obj", offer, 60);
      await cache.set("numeric-string", "123", 60);
      await cache.set("json-looking-string", '{"a":1}', 60);
      await cache.set("unicode", "Grüße 🚀", 60);
      await cache.set("zero", 0, 60);
      await cache.set("false", false, 60);
      await cache.set("list", [1, "two", { three: 3 }], 60);
      expect(await cache.get("obj")).toEqual(offer);
      expect(await cache.get("numeric-string")).toBe("123");
      expect(await cache.get("json-looking-string")).toBe('{"a":1}');
      expect(await cache.get("unicode")).toBe("Grüße 🚀");
      expect(await cache.get("zero")).toBe(0);
      expect(await cache.get("false")).toBe(false);
      expect(await cache.get("list")).toEqual([1, "two", { three: 3 }]);
    });

    it("serializes like JSON: Dates become strings, undefined members vanish", async () => {
      const { cache } = backend.fresh();
      await cache.set("k", { at: new Date("2026-11-29T10:00:00Z"), gone: undefined }, 60);
      expect(await cache.get("k")).toEqual({ at: "2026-11-29T10:00:00.000Z" });
    });

    it("returns null for a missing key and overwrites on set", async () => {
      const { cache } = backend.fresh();
      expect(await cache.get("missing")).toBeNull();
      await cache.set("k", "first", 60);
      await cache.set("k", "second", 60);
      expect(await cache.get("k")).toBe("second");
    });

    it("deletes several keys, ignoring missing ones and empty calls", async () => {
      const { cache } = backend.fresh();
      await cache.set("a", 1, 60);
      await cache.set("b", 2, 60);
      await cache.set("c", 3, 60);
      await cache.del("a", "b", "never-set");
      await cache.del();
      expect([await cache.get("a"), await cache.get("b"), await cache.get("c")]).toEqual([null, null, 3]);
    });

    it("deletes by prefix, literally (glob characters are not wildcards), and counts", async () => {
      const { cache } = backend.fresh();
      await cache.set("offer:1", 1, 60);
      await cache.set("offer:2", 2, 60);
      await cache.set("offers-other", 3, 60);
      await cache.set("a*b:1", 4, 60);
      await cache.set("axb:1", 5, 60);
      expect(await cache.delByPrefix("offer:")).toBe(2);
      expect(await cache.get("offer:1")).toBeNull();
      expect(await cache.get("offers-other")).toBe(3);
      expect(await cache.delByPrefix("a*b")).toBe(1);
      expect(await cache.get("axb:1")).toBe(5);
      expect(await cache.delByPrefix("nothing-here:")).toBe(0);
    });

    it("deletes by prefix across many keys", async () => {
      const { cache } = backend.fresh();
      for (let i = 0; i < 1_200; i += 100) {
        await Promise.all(Array.from({ length: 100 }, (_, j) => cache.set(`bulk:${i + j}`, i + j, 60)));
      }
      expect(await cache.delByPrefix("bulk:")).toBe(1_200);
      expect(await cache.get("bulk:0")).toBeNull();
      expect(await cache.get("bulk:1199")).toBeNull();
    });

    it("stores entries with the requested TTL", async () => {
      const handle = backend.fresh();
      await handle.cache.set("short", "x", 5);
      await handle.checkExpiry("short", 5);
      await handle.cache.set("fractional", "y", 1.5);
      await handle.checkExpiry("fractional", 1.5);
    });

    it("rejects non-positive or non-finite TTLs and unserializable values", async () => {
      const { cache } = backend.fresh();
      await expect(cache.set("k", 1, 0)).rejects.toThrow(RangeError);
      await expect(cache.set("k", 1, -5)).rejects.toThrow(RangeError);
      await expect(cache.set("k", 1, Number.POSITIVE_INFINITY)).rejects.toThrow(RangeError);
      await expect(cache.set("k", undefined, 60)).rejects.toThrow(TypeError);
      expect(await cache.get("k")).toBeNull();
    });
  });
}

describe("createCache", () => {
  it("uses the in-process cache unless both URL and token are given", async () => {
    for (const options of [{}, { url: "http://127.0.0.1:1" }, { token: "t" }]) {
      const cache = createCache(options);
      await cache.set("k", 1, 60);
      expect(await cache.get("k")).toBe(1);
    }
  });

  it("uses Upstash when both are given (a dead URL fails instead of caching locally)", async () => {
    const cache = createCache({ url: "http://127.0.0.1:1", token: "t" });
    await expect(cache.set("k", 1, 60)).rejects.toThrow();
  });
});

describe("escapeGlob", () => {
  it("escapes every Redis glob metacharacter", () => {
    expect(escapeGlob("a*b?c[d]e\\f")).toBe("a\\*b\\?c\\[d\\]e\\\\f");
    expect(escapeGlob("offer:")).toBe("offer:");
  });
});
