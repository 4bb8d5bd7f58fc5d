import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpuOffers, providers } from "@/drizzle/schema";
import { adapterFor } from "@/lib/providers/registry";
import { SNAPSHOT_DATE, snapshotOffers } from "@/lib/providers/snapshot/snapshot";
import { seedBenchmarks } from "@/server/db/seed";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { providerFixturesDir } from "@/server/testing/fixtures";
import { fixtureCredentials, fixtureFetch } from "@/server/workers/fixture-fetch";
import { runIngest } from "@/server/workers/ingest";
import { seedCatalogIfEmpty } from "./catalog-seed";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedBenchmarks(t.db);
});
afterAll(async () => {
  await t.close();
});

const countWhere = async (slug: string, source: string, stale: boolean) => {
  const [row] = await t.db
    .select({ n: count() })
    .from(gpuOffers)
    .innerJoin(providers, eq(providers.id, gpuOffers.providerId))
    .where(and(eq(providers.name, slug), eq(gpuOffers.source, source), eq(gpuOffers.stale, stale)));
  return row?.n ?? 0;
};

describe("bundled snapshot catalog", () => {
  it("fills an empty marketplace, dated and marked as snapshot", async () => {
    const result = await seedCatalogIfEmpty(t.db);
    expect(result.loaded).toBe(true);
    expect(result.offers).toBe(new Set(snapshotOffers().map((o) => `${o.provider}/${o.externalId}`)).size);
    const [oldest] = await t.db
      .select({ observedAt: gpuOffers.observedAt, source: gpuOffers.source })
      .from(gpuOffers)
      .limit(1);
    expect(oldest?.source).toBe("snapshot");
    expect(oldest?.observedAt.toISOString().slice(0, 10)).toBe(SNAPSHOT_DATE);
    const [providerRows] = await t.db.select({ n: count() }).from(providers);
    expect(providerRows?.n).toBeGreaterThanOrEqual(23);
  });

  it("is loaded once: a second start keeps what is there", async () => {
    const again = await seedCatalogIfEmpty(t.db);
    expect(again.loaded).toBe(false);
  });

  it("live data for a provider retires that provider's snapshot rows", async () => {
    const before = await countWhere("lambdalabs", "snapshot", false);
    expect(before).toBeGreaterThan(0);
    const lambda = adapterFor("lambdalabs");
    if (!lambda) throw new Error("no lambda adapter");
    const [result] = await runIngest({
      db: t.db,
      adapters: [lambda],
      credentials: fixtureCredentials,
      fetch: { fetch: fixtureFetch(providerFixturesDir) },
    });
    expect(result?.status).toBe("ok");
    expect(await countWhere("lambdalabs", "snapshot", false)).toBe(0);
    expect(await countWhere("lambdalabs", "snapshot", true)).toBe(before);
    expect(await countWhere("lambdalabs", "api", false)).toBe(result?.offers);
    // other providers' snapshot rows are untouched
    expect(await countWhere("runpod", "snapshot", false)).toBeGreaterThan(0);
  });
});
