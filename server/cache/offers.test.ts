import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFERS_LIST_GENERATION_KEY, offerKey } from "./keys";
import { cachedOffer, cachedOffersList, invalidateOffers, offersListGeneration } from "./offers";
import { cacheBackends } from "./testing";
import type { Cache } from "./types";

interface Offer {
  id: string;
  gpu: "H100" | "A100" | "L4";
  pricePerHourUsd: number;
}
interface ListFilters {
  gpu?: Offer["gpu"];
  maxPriceUsd?: number;
}
interface OfferList {
  total: number;
  items: Offer[];
}

/** The "database": the source of truth every cached read must agree with. */
function listFrom(db: Map<string, Offer>, filters: ListFilters): OfferList {
  const items = [...db.values()]
    .filter(
      (o) =>
        (filters.gpu === undefined || o.gpu === filters.gpu) &&
        o.pricePerHourUsd <= (filters.maxPriceUsd ?? 1e9),
    )
    .sort((a, b) => a.pricePerHourUsd - b.pricePerHourUsd || a.id.localeCompare(b.id));
  return { total: items.length, items };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

/** Wraps a cache to record writes and optionally hold one before it reaches the backend. */
function instrumented(inner: Cache) {
  const sets: string[] = [];
  let hold: { key: string; reached: () => void; resume: Promise<void> } | undefined;
  const cache: Cache = {
    get: (key) => inner.get(key),
    del: (...keys) => inner.del(...keys),
    delByPrefix: (prefix) => inner.delByPrefix(prefix),
    async set(key, value, ttlS) {
      sets.push(key);
      if (hold?.key === key) {
        const { reached, resume } = hold;
        hold = undefined;
        reached();
        await resume;
      }
      return inner.set(key, value, ttlS);
    },
  };
  return {
    cache,
    sets,
    /** the next set of `key` waits; resolves `reached` when it gets there */
    holdNextSet(key: string) {
      const reached = deferred<void>();
      const resume = deferred<void>();
      hold = { key, reached: () => reached.resolve(), resume: resume.promise };
      return { reached: reached.promise, resume: () => resume.resolve() };
    },
  };
}

const gpuArb = fc.constantFrom<Offer["gpu"]>("H100", "A100", "L4");
const priceArb = fc.integer({ min: 10, max: 900 }).map((cents) => cents / 100);
// Few distinct keys, so reads hit entries cached earlier and updates land on cached offers/pages.
const filtersArb = fc.constantFrom<ListFilters>(
  {},
  { gpu: "H100" },
  { maxPriceUsd: 4 },
  { gpu: "A100", maxPriceUsd: 6 },
);
const opArb = fc.oneof(
  // index 5 is past the largest catalogue: the "unknown offer" path
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("readOffer" as const), index: fc.nat({ max: 5 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("readList" as const), filters: filtersArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("update" as const),
      changes: fc.array(fc.record({ index: fc.nat({ max: 4 }), pricePerHourUsd: priceArb }), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
  },
);
const scenarioArb = fc.record({
  offers: fc.array(fc.record({ gpu: gpuArb, pricePerHourUsd: priceArb }), { minLength: 1, maxLength: 5 }),
  ops: fc.array(opArb, { minLength: 10, maxLength: 40 }),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

/** ~6 000 cache round trips on Redis: a few seconds alone, much longer on a loaded CI machine */
const PROPERTY_TIMEOUT_MS = 120_000;

interface Stats {
  reads: number;
  loads: number;
  updates: number;
  maxInvalidationMs: number;
}

/**
 * Property 22 as a check: run the scenario against a fresh cache; every read must equal the
 * database; every price update is a DB write followed by `invalidate`, which must finish within
 * 1000 ms of the write.
 */
async function runScenario(
  cache: Cache,
  scenario: Scenario,
  stats: Stats,
  invalidate: (cache: Cache, ids: string[]) => Promise<void> = invalidateOffers,
): Promise<void> {
  const db = new Map<string, Offer>(scenario.offers.map((o, i) => [`o${i}`, { id: `o${i}`, ...o }]));
  const idAt = (index: number) => `o${index}`;
  for (const op of scenario.ops) {
    if (op.kind === "readOffer") {
      const id = idAt(op.index);
      stats.reads++;
      const got = await cachedOffer(cache, id, async () => {
        stats.loads++;
        return db.get(id) ?? null;
      });
      expect(got).toEqual(db.get(id) ?? null);
    } else if (op.kind === "readList") {
      stats.reads++;
      const got = await cachedOffersList(cache, op.filters, async () => {
        stats.loads++;
        return listFrom(db, op.filters);
      });
      expect(got).toEqual(listFrom(db, op.filters));
    } else {
      const changed = op.changes.filter((c) => db.has(idAt(c.index)));
      if (changed.length === 0) continue;
      const writtenAt = performance.now();
      for (const c of changed) {
        const offer = db.get(idAt(c.index));
        if (offer) db.set(offer.id, { ...offer, pricePerHourUsd: c.pricePerHourUsd });
      }
      await invalidate(
        cache,
        changed.map((c) => idAt(c.index)),
      );
      const elapsedMs = performance.now() - writtenAt;
      stats.updates++;
      stats.maxInvalidationMs = Math.max(stats.maxInvalidationMs, elapsedMs);
      expect(elapsedMs).toBeLessThan(1000);
    }
  }
}

for (const backend of cacheBackends) {
  describe(`offer cache invalidation on ${backend.name}`, () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it(
      "Property 22: after invalidateOffers no read returns a pre-update price, within 1 s of the DB write",
      async () => {
        const stats: Stats = { reads: 0, loads: 0, updates: 0, maxInvalidationMs: 0 };
        await fc.assert(
          fc.asyncProperty(scenarioArb, (scenario) => runScenario(backend.fresh().cache, scenario, stats)),
          { numRuns: 120 },
        );
        // not vacuous: many reads were served from the cache, and prices changed under them
        expect(stats.reads - stats.loads).toBeGreaterThan(300);
        expect(stats.updates).toBeGreaterThan(100);
        expect(stats.maxInvalidationMs).toBeLessThan(1000);
      },
      PROPERTY_TIMEOUT_MS,
    );

    it(
      "the same check fails when invalidation does nothing (the property has teeth)",
      async () => {
        const stats: Stats = { reads: 0, loads: 0, updates: 0, maxInvalidationMs: 0 };
        await expect(
          fc.assert(
            fc.asyncProperty(scenarioArb, (scenario) =>
              runScenario(backend.fresh().cache, scenario, stats, async () => {}),
            ),
            { numRuns: 200, endOnFailure: true },
          ),
        ).rejects.toThrow();
      },
      PROPERTY_TIMEOUT_MS,
    );

    it("a load of the old row that finishes after the invalidation does not store it", async () => {
      const { cache, sets } = instrumented(backend.fresh().cache);
      const db = new Map<string, Offer>([["o1", { id: "o1", gpu: "H100", pricePerHourUsd: 2 }]]);
      const started = deferred<void>();
      const release = deferred<void>();
      const slowReader = cachedOffer(cache, "o1", async () => {
        const snapshot = db.get("o1") ?? null; // read before the write...
        started.resolve();
        await release.promise; // ...returned after the invalidation
        return snapshot;
      });
      await started.promise;
      db.set("o1", { id: "o1", gpu: "H100", pricePerHourUsd: 3 });
      await invalidateOffers(cache, ["o1"]);
      release.resolve();
      expect((await slowReader)?.pricePerHourUsd).toBe(2); // its caller asked before the write
      expect(sets).not.toContain(offerKey("o1"));
      expect(await cache.get(offerKey("o1"))).toBeNull();
      expect((await cachedOffer(cache, "o1", async () => db.get("o1") ?? null))?.pricePerHourUsd).toBe(3);
    });

    it("an invalidation between a loader's check and its store: the loader removes what it stored", async () => {
      const probe = instrumented(backend.fresh().cache);
      const { cache } = probe;
      const db = new Map<string, Offer>([["o1", { id: "o1", gpu: "H100", pricePerHourUsd: 2 }]]);
      const held = probe.holdNextSet(offerKey("o1"));
      const reader = cachedOffer(cache, "o1", async () => db.get("o1") ?? null);
      await held.reached; // checked the generation, about to store price 2
      db.set("o1", { id: "o1", gpu: "H100", pricePerHourUsd: 3 });
      await invalidateOffers(cache, ["o1"]);
      held.resume();
      expect((await reader)?.pricePerHourUsd).toBe(2);
      expect(await cache.get(offerKey("o1"))).toBeNull();
    });

    it("a reader arriving after the invalidation does not join a load that started before it", async () => {
      const { cache } = backend.fresh();
      const db = new Map<string, Offer>([["o1", { id: "o1", gpu: "L4", pricePerHourUsd: 0.5 }]]);
      const started = deferred<void>();
      const release = deferred<void>();
      const slowReader = cachedOffer(cache, "o1", async () => {
        const snapshot = db.get("o1") ?? null;
        started.resolve();
        await release.promise;
        return snapshot;
      });
      await started.promise;
      db.set("o1", { id: "o1", gpu: "L4", pricePerHourUsd: 0.7 });
      await invalidateOffers(cache, ["o1"]);
      const lateReader = cachedOffer(cache, "o1", async () => db.get("o1") ?? null);
      release.resolve();
      expect((await lateReader)?.pricePerHourUsd).toBe(0.7);
      expect((await slowReader)?.pricePerHourUsd).toBe(0.5);
    });

    it("a stale store landing between the invalidation's steps is still removed", async () => {
      // Hold invalidateOffers at its generation write and let an old load check, store and re-check
      // in that gap: bumping first and deleting second removes the entry; the reverse order would not.
      const probe = instrumented(backend.fresh().cache);
      const { cache } = probe;
      const db = new Map<string, Offer>([["o1", { id: "o1", gpu: "A100", pricePerHourUsd: 1.1 }]]);
      await offersListGeneration(cache);
      const started = deferred<void>();
      const release = deferred<void>();
      const slowReader = cachedOffer(cache, "o1", async () => {
        const snapshot = db.get("o1") ?? null;
        started.resolve();
        await release.promise;
        return snapshot;
      });
      await started.promise;
      db.set("o1", { id: "o1", gpu: "A100", pricePerHourUsd: 1.4 });
      const held = probe.holdNextSet(OFFERS_LIST_GENERATION_KEY);
      const invalidation = invalidateOffers(cache, ["o1"]);
      await held.reached;
      release.resolve();
      await slowReader;
      held.resume();
      await invalidation;
      const stored = await cache.get<Offer>(offerKey("o1"));
      expect(stored === null || stored.pricePerHourUsd === 1.4).toBe(true);
    });

    it("a list load that finishes after the invalidation is stored where nobody reads", async () => {
      const { cache } = backend.fresh();
      let price = 2;
      const started = deferred<void>();
      const release = deferred<void>();
      const slowReader = cachedOffersList(cache, { gpu: "H100" }, async () => {
        const snapshot = { total: 1, items: [{ id: "o1", pricePerHourUsd: price }] };
        started.resolve();
        await release.promise;
        return snapshot;
      });
      await started.promise;
      price = 3;
      await invalidateOffers(cache, ["o1"]);
      release.resolve();
      await slowReader;
      const list = await cachedOffersList(cache, { gpu: "H100" }, async () => ({
        total: 1,
        items: [{ id: "o1", pricePerHourUsd: price }],
      }));
      expect(list.items[0]?.pricePerHourUsd).toBe(3);
    });

    it("keeps one generation between invalidations and replaces it on each", async () => {
      const { cache } = backend.fresh();
      const first = await offersListGeneration(cache);
      expect(await offersListGeneration(cache)).toBe(first);
      await invalidateOffers(cache, []);
      const second = await offersListGeneration(cache);
      expect(second).not.toBe(first);
      // a lost generation (expired, evicted) is replaced by a new one, never by an old value
      await cache.del(OFFERS_LIST_GENERATION_KEY);
      const third = await offersListGeneration(cache);
      expect([first, second]).not.toContain(third);
    });

    it("deletes every listed offer, in batches, including duplicates", async () => {
      const { cache } = backend.fresh();
      const ids = Array.from({ length: 1_100 }, (_, i) => `bulk-${i}`);
      for (let i = 0; i < ids.length; i += 100) {
        await Promise.all(ids.slice(i, i + 100).map((id) => cache.set(offerKey(id), { id }, 300)));
      }
      await cache.set(offerKey("untouched"), { id: "untouched" }, 300);
      await invalidateOffers(cache, [...ids, "bulk-0", "bulk-0"]);
      expect(await cache.get(offerKey("bulk-0"))).toBeNull();
      expect(await cache.get(offerKey("bulk-1099"))).toBeNull();
      expect(await cache.delByPrefix("offer:bulk-")).toBe(0);
      expect(await cache.get(offerKey("untouched"))).toEqual({ id: "untouched" });
    });
  });
}

describe("offer reads when the cache is down", () => {
  const down = () => Promise.reject(new Error("redis down"));
  const broken: Cache = { get: down, set: down, del: down, delByPrefix: down };

  it("read from the source instead of failing", async () => {
    expect(await cachedOffer(broken, "o1", async () => ({ id: "o1" }))).toEqual({ id: "o1" });
    expect(await cachedOffersList(broken, {}, async () => ({ total: 0, items: [] }))).toEqual({
      total: 0,
      items: [],
    });
  });

  it("invalidation reports the failure to its caller", async () => {
    await expect(invalidateOffers(broken, ["o1"])).rejects.toThrow("redis down");
  });
});
