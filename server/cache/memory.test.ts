import { describe, expect, it } from "vitest";
import { createMemoryCache } from "./memory";

function clock(start = 0) {
  let nowMs = start;
  return {
    now: () => nowMs,
    advance(ms: number) {
      nowMs += ms;
    },
  };
}

describe("in-process cache", () => {
  it("evicts the least recently used entry past maxEntries", async () => {
    const cache = createMemoryCache({ maxEntries: 3 });
    await cache.set("a", 1, 60);
    await cache.set("b", 2, 60);
    await cache.set("c", 3, 60);
    expect(await cache.get("a")).toBe(1); // a is now the most recent
    await cache.set("d", 4, 60);
    expect(await cache.get("b")).toBeNull();
    expect([await cache.get("a"), await cache.get("c"), await cache.get("d")]).toEqual([1, 3, 4]);
  });

  it("drops expired entries before live ones when full", async () => {
    const c = clock();
    const cache = createMemoryCache({ maxEntries: 2, now: c.now });
    await cache.set("old-but-live", 1, 60);
    await cache.set("short", 2, 1);
    c.advance(1_500);
    await cache.set("new", 3, 60);
    expect(await cache.get("old-but-live")).toBe(1);
    expect(await cache.get("new")).toBe(3);
    expect(await cache.get("short")).toBeNull();
  });

  it("expires entries at their TTL, with millisecond precision", async () => {
    const c = clock();
    const cache = createMemoryCache({ now: c.now });
    await cache.set("k", "v", 0.25);
    c.advance(249);
    expect(await cache.get("k")).toBe("v");
    c.advance(1);
    expect(await cache.get("k")).toBeNull();
  });

  it("re-setting a key renews its TTL", async () => {
    const c = clock();
    const cache = createMemoryCache({ now: c.now });
    await cache.set("k", 1, 10);
    c.advance(9_000);
    await cache.set("k", 2, 10);
    c.advance(9_000);
    expect(await cache.get("k")).toBe(2);
  });

  it("does not count expired entries in delByPrefix", async () => {
    const c = clock();
    const cache = createMemoryCache({ now: c.now });
    await cache.set("p:1", 1, 1);
    await cache.set("p:2", 2, 60);
    c.advance(2_000);
    expect(await cache.delByPrefix("p:")).toBe(1);
    expect(await cache.get("p:2")).toBeNull();
  });

  it("returns copies: mutating a value read or written does not change the cache", async () => {
    const cache = createMemoryCache();
    const value = { items: [1, 2] };
    await cache.set("k", value, 60);
    value.items.push(3);
    const read = await cache.get<{ items: number[] }>("k");
    read?.items.push(4);
    expect(await cache.get("k")).toEqual({ items: [1, 2] });
  });

  it("rejects a non-positive size bound", () => {
    expect(() => createMemoryCache({ maxEntries: 0 })).toThrow(RangeError);
  });
});
