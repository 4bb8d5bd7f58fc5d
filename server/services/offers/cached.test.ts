import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import { adapterFor } from "@/lib/providers/registry";
import { cacheBackends } from "@/server/cache/testing";
import { seedBenchmarks } from "@/server/db/seed";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { providerFixturesDir } from "@/server/testing/fixtures";
import { fixtureCredentials, fixtureFetch } from "@/server/workers/fixture-fetch";
import { runIngest } from "@/server/workers/ingest";
import { getOfferCached, listOffersCached, listOffersJsonCached } from "./cached";

/**
 * Property 22 end to end: a price written by ingestion is what the cached marketplace reads
 * return right after the run — on the in-process cache and on real Redis through the bridge.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedBenchmarks(t.db);
});
afterAll(async () => {
  await t.close();
});

const lambda = adapterFor("lambdalabs");
if (!lambda) throw new Error("no lambda adapter");

for (const backend of cacheBackends) {
  describe(`cached marketplace reads on ${backend.name}`, () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it("Property 22: after an ingest commits, cached lists and offers show the new price within 1 s", async () => {
      const { cache } = backend.fresh();
      const query = listOffersQuerySchema.parse({ provider: "lambdalabs", per_page: 100 });
      await runIngest({
        db: t.db,
        adapters: [lambda],
        credentials: fixtureCredentials,
        fetch: { fetch: fixtureFetch(providerFixturesDir) },
        cache,
      });
      const before = await listOffersCached(cache, t.db, query);
      const target = before.items[0];
      if (!target) throw new Error("no lambda offers");
      expect((await getOfferCached(cache, t.db, target.id)).price_per_hour).toBe(target.price_per_hour);
      // served from the cache now: a second read returns the identical snapshot
      expect((await listOffersCached(cache, t.db, query)).as_of).toBe(before.as_of);

      const body = JSON.parse(await readFile(path.join(providerFixturesDir, "lambdalabs.json"), "utf8")) as {
        data: Record<string, { instance_type: { price_cents_per_hour: number } }>;
      };
      for (const entry of Object.values(body.data)) entry.instance_type.price_cents_per_hour += 7;
      const written = performance.now();
      await runIngest({
        db: t.db,
        adapters: [lambda],
        credentials: fixtureCredentials,
        fetch: { fetch: () => Promise.resolve(Response.json(body)) },
        cache,
      });
      const after = await listOffersCached(cache, t.db, query);
      const offer = await getOfferCached(cache, t.db, target.id);
      const elapsed = performance.now() - written;
      expect(after.items.find((i) => i.id === target.id)?.price_per_hour).toBeCloseTo(
        target.price_per_hour + 0.07,
        4,
      );
      expect(offer.price_per_hour).toBeCloseTo(target.price_per_hour + 0.07, 4);
      expect(elapsed).toBeLessThan(1000);
    });

    it("serves the REST list as cached JSON text equal to the object list", async () => {
      const { cache } = backend.fresh();
      const query = listOffersQuerySchema.parse({ provider: "lambdalabs", per_page: 10 });
      const text = await listOffersJsonCached(cache, t.db, query);
      const parsed = JSON.parse(text) as { total: number; items: { id: string }[]; as_of: string };
      expect(parsed.total).toBeGreaterThan(0);
      expect(await listOffersJsonCached(cache, t.db, query)).toBe(text);
      expect(parsed.items.map((i) => i.id)).toEqual(
        (await listOffersCached(cache, t.db, { ...query, as_of: new Date(parsed.as_of) })).items.map(
          (i) => i.id,
        ),
      );
    });

    it("answers a missing offer with NOT_FOUND without caching it", async () => {
      const { cache } = backend.fresh();
      await expect(getOfferCached(cache, t.db, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject(
        {
          code: "NOT_FOUND",
        },
      );
    });
  });
}
