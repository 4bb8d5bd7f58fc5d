import { readFile } from "node:fs/promises";
import path from "node:path";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { events, gpuOffers, priceHistory, providers } from "@/drizzle/schema";
import { lambdalabsAdapter } from "@/lib/providers/lambdalabs";
import { normalizeOffers } from "@/lib/providers/normalize";
import { providerAdapters } from "@/lib/providers/registry";
import { seedBenchmarks } from "@/server/db/seed";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { providerFixturesDir } from "@/server/testing/fixtures";
import { fixtureCredentials, fixtureFetch } from "./fixture-fetch";
import { runIngest } from "./ingest";
import { resetBreakers } from "./provider-fetch";

let t: TestDatabase;
const t0 = new Date("2026-11-29T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

beforeAll(async () => {
  t = await createTestDatabase();
  await seedBenchmarks(t.db);
  resetBreakers();
});
afterAll(async () => {
  await t.close();
});

const offerCount = async (slug?: string) => {
  const [row] = await t.db
    .select({ n: count() })
    .from(gpuOffers)
    .innerJoin(providers, eq(providers.id, gpuOffers.providerId))
    .where(slug ? eq(providers.name, slug) : undefined);
  return row?.n ?? 0;
};

describe("ingest from fixtures", () => {
  it("ingests every provider's recorded payload into the catalog", async () => {
    const results = await runIngest({
      db: t.db,
      adapters: providerAdapters,
      credentials: fixtureCredentials,
      fetch: { fetch: fixtureFetch(providerFixturesDir) },
      now: () => t0,
    });
    const failed = results.filter((r) => r.status !== "ok");
    expect(failed).toEqual([]);
    expect(results).toHaveLength(providerAdapters.length);
    const total = results.reduce((n, r) => n + r.offers, 0);
    expect(await offerCount()).toBe(total);
    expect(total).toBeGreaterThan(500);
    // every new offer got its first history point; no events for first sightings
    const [history] = await t.db.select({ n: count() }).from(priceHistory);
    expect(history?.n).toBe(total);
    const [outbox] = await t.db.select({ n: count() }).from(events);
    expect(outbox?.n).toBe(0);
    const [lambda] = await t.db
      .select({
        lastSyncAt: providers.lastSyncAt,
        errorCount: providers.errorCount,
        status: providers.status,
      })
      .from(providers)
      .where(eq(providers.name, "lambdalabs"));
    expect(lambda).toEqual({ lastSyncAt: t0, errorCount: 0, status: "active" });
  });

  it("keeps variants apart: no H100 NVL folded into H100, no 40 GB A100 priced as 80 GB", async () => {
    const rows = await t.db
      .select({ model: gpuOffers.gpuModel, vram: gpuOffers.vramPerGpuGb, raw: gpuOffers.gpuType })
      .from(gpuOffers)
      .where(sql`${gpuOffers.gpuModel} like 'A100%' or ${gpuOffers.gpuModel} like 'H100%'`);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      if (r.model?.includes("40GB")) expect(r.vram).toBe(40);
      if (r.model?.includes("80GB")) expect(r.vram).toBe(80);
      if (r.model === "H100 NVL") expect(r.vram).toBe(94);
    }
  });

  it("second run with changed prices appends history and emits exactly one event per changed offer", async () => {
    const original = JSON.parse(
      await readFile(path.join(providerFixturesDir, "lambdalabs.json"), "utf8"),
    ) as {
      data: Record<string, { instance_type: { price_cents_per_hour: number } }>;
    };
    const changedBody = structuredClone(original);
    const names = Object.keys(changedBody.data).slice(0, 2);
    for (const name of names) {
      const entry = changedBody.data[name];
      if (entry) entry.instance_type.price_cents_per_hour += 11;
    }
    // expected: offers whose normalized price differs between the two bodies
    const priceMap = (body: unknown) => {
      const request = lambdalabsAdapter.buildRequests({ apiKey: "k" })[0];
      if (!request) throw new Error("no request");
      const { offers } = normalizeOffers(lambdalabsAdapter.parse([{ request, body }]).offers);
      return new Map(offers.map((o) => [o.externalId, o.pricePerHourUsd]));
    };
    const before = priceMap(original);
    const after = priceMap(changedBody);
    const expectedChanged = [...after].filter(([id, price]) => before.get(id) !== price).length;
    expect(expectedChanged).toBeGreaterThan(0);

    const [historyBefore] = await t.db.select({ n: count() }).from(priceHistory);
    const base = fixtureFetch(providerFixturesDir);
    const results = await runIngest({
      db: t.db,
      adapters: providerAdapters,
      credentials: fixtureCredentials,
      fetch: {
        fetch: (url, init) =>
          url.includes("lambdalabs.com") || url.includes("lambda.ai")
            ? Promise.resolve(Response.json(changedBody))
            : base(url, init),
      },
      now: () => minutes(5),
    });
    expect(results.filter((r) => r.status !== "ok")).toEqual([]);
    expect(results.find((r) => r.provider === "lambdalabs")?.changed).toBe(expectedChanged);
    expect(
      results.filter((r) => r.provider !== "lambdalabs").every((r) => r.changed === 0 && r.new === 0),
    ).toBe(true);

    const outbox = await t.db
      .select({ key: events.key, payload: events.payload, topic: events.topic })
      .from(events);
    expect(outbox).toHaveLength(expectedChanged);
    expect(new Set(outbox.map((e) => e.topic))).toEqual(new Set(["price_updates"]));
    for (const e of outbox) {
      const p = e.payload as { old_price: number; new_price: number; provider: string };
      expect(p.provider).toBe("lambdalabs");
      expect(p.new_price - p.old_price).toBeCloseTo(0.11, 4);
    }
    const [historyAfter] = await t.db.select({ n: count() }).from(priceHistory);
    expect((historyAfter?.n ?? 0) - (historyBefore?.n ?? 0)).toBe(expectedChanged);
  });

  it("marks offers unseen for 15 minutes stale, never deleting them", async () => {
    const total = await offerCount();
    const lambdaOffers = await offerCount("lambdalabs");
    const base = fixtureFetch(providerFixturesDir);
    const emptyButOneBody = { data: {} };
    // lambda answers with nothing → treated as a failure (stored offers kept, not staled)
    await runIngest({
      db: t.db,
      adapters: providerAdapters.filter((a) => a.info.slug === "lambdalabs"),
      credentials: fixtureCredentials,
      fetch: {
        fetch: (url, init) =>
          url.includes("lambda") ? Promise.resolve(Response.json(emptyButOneBody)) : base(url, init),
      },
      now: () => minutes(30),
    });
    const [lambdaRow] = await t.db
      .select({ errorCount: providers.errorCount, lastError: providers.lastError })
      .from(providers)
      .where(eq(providers.name, "lambdalabs"));
    expect(lambdaRow?.errorCount).toBe(1);
    expect(lambdaRow?.lastError).toContain("empty offer list");
    const [staleLambda] = await t.db
      .select({ n: count() })
      .from(gpuOffers)
      .innerJoin(providers, eq(providers.id, gpuOffers.providerId))
      .where(and(eq(providers.name, "lambdalabs"), eq(gpuOffers.stale, true)));
    expect(staleLambda?.n).toBe(0);

    // vast answers 20 minutes later without one of its offers → that one becomes stale
    const vast = JSON.parse(await readFile(path.join(providerFixturesDir, "vastai.json"), "utf8")) as {
      offers: unknown[];
    };
    const fewer = { ...vast, offers: vast.offers.slice(1) };
    const results = await runIngest({
      db: t.db,
      adapters: providerAdapters.filter((a) => a.info.slug === "vastai"),
      credentials: fixtureCredentials,
      fetch: { fetch: () => Promise.resolve(Response.json(fewer)) },
      now: () => minutes(30),
    });
    expect(results[0]?.status).toBe("ok");
    expect(results[0]?.stale).toBe(1);
    expect(await offerCount()).toBe(total);
    expect(await offerCount("lambdalabs")).toBe(lambdaOffers);
  });
});
