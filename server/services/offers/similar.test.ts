import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOffersQuerySchema } from "@/lib/marketplace/filters";
import { normalizeOffer } from "@/lib/providers/normalize";
import { providerAdapters } from "@/lib/providers/registry";
import type { RawOffer } from "@/lib/providers/types";
import { seedBenchmarks } from "@/server/db/seed";
import { storeProviderOffers } from "@/server/services/ingest-store";
import { ensureProviders } from "@/server/services/providers-registry";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { providerFixturesDir } from "@/server/testing/fixtures";
import { fixtureCredentials, fixtureFetch } from "@/server/workers/fixture-fetch";
import { runIngest } from "@/server/workers/ingest";
import { listOffers } from "./list";
import { similarOffers } from "./similar";

let t: TestDatabase;
let providerId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedBenchmarks(t.db);
  await runIngest({
    db: t.db,
    adapters: providerAdapters,
    credentials: fixtureCredentials,
    fetch: { fetch: fixtureFetch(providerFixturesDir) },
  });
  const ids = await ensureProviders(t.db, [
    {
      slug: "vastai",
      displayName: "Vast.ai",
      apiBaseUrl: "https://console.vast.ai/api/v0",
      kind: "api",
      credentialKeys: [],
      docsUrl: "https://docs.vast.ai",
    },
  ]);
  const id = [...ids.values()][0];
  if (!id) throw new Error("no provider");
  providerId = id;
}, 120_000);
afterAll(async () => {
  await t.close();
});

function mysteryOffer(externalId: string, price: number, vramGb: number, reliability: number): RawOffer {
  return {
    provider: "vastai",
    externalId,
    instanceType: `1x Mystery ${externalId}`,
    gpuName: "Zephyr Quantum X9",
    gpuCount: 1,
    vramPerGpuGb: vramGb,
    cpuCores: 8,
    ramGb: 32,
    storageGb: 100,
    pricePerHour: price,
    spotPricePerHour: null,
    currency: "USD",
    region: "Texas, US",
    country: "US",
    market: "on_demand",
    availability: "available",
    availableCount: 1,
    interconnect: null,
    complianceTags: [],
    reliability,
    storagePriceGbMonth: null,
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
  };
}

describe("similarOffers", () => {
  it("lists other live offers of the same canonical GPU, nearest $/GPU-hour first", async () => {
    const all = await listOffers(t.db, listOffersQuerySchema.parse({ per_page: 100 }));
    const counts = new Map<string, number>();
    for (const o of all.items) if (o.gpu_model) counts.set(o.gpu_model, (counts.get(o.gpu_model) ?? 0) + 1);
    const target = all.items.find((o) => o.gpu_model !== null && (counts.get(o.gpu_model) ?? 0) >= 3);
    if (!target) throw new Error("fixtures have no GPU with three offers");

    const result = await similarOffers(t.db, target.id, 5);
    expect(result.basis).toBe("same_gpu");
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.length).toBeLessThanOrEqual(5);
    const gaps = result.items.map((o) => Math.abs(o.price_per_gpu_hour - target.price_per_gpu_hour));
    for (const o of result.items) {
      expect(o.id).not.toBe(target.id);
      expect(o.gpu_model).toBe(target.gpu_model);
      expect(o.provenance.stale).toBe(false);
      expect(o.similarity).toBeNull();
    }
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
  });

  it("ranks by cosine similarity of offer features when the GPU is unknown", async () => {
    const stored = await storeProviderOffers(
      t.db,
      providerId,
      [
        normalizeOffer(mysteryOffer("sim-target", 2.4, 48, 0.99)),
        normalizeOffer(mysteryOffer("sim-twin", 2.5, 48, 0.99)),
        normalizeOffer(mysteryOffer("sim-far", 0.7, 12, 0.9)),
      ],
      new Date(),
    );
    expect(stored.new).toBe(3);
    const page = await listOffers(t.db, listOffersQuerySchema.parse({ gpu_type: "Zephyr Quantum X9" }));
    const byType = new Map(page.items.map((o) => [o.instance_type, o]));
    const target = byType.get("1x Mystery sim-target");
    const twin = byType.get("1x Mystery sim-twin");
    if (!target || !twin) throw new Error("inserted offers not found");
    expect(target.gpu_model).toBeNull();

    const result = await similarOffers(t.db, target.id, 8);
    expect(result.basis).toBe("features");
    expect(result.items[0]?.id).toBe(twin.id);
    const scores = result.items.map((o) => o.similarity ?? Number.NaN);
    for (const s of scores) {
      expect(s).toBeGreaterThanOrEqual(-1);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.items.map((o) => o.id)).not.toContain(target.id);
    // the cheap 12 GB offer differs in price, VRAM and reliability: it ranks below the twin
    const far = byType.get("1x Mystery sim-far");
    const farIndex = result.items.findIndex((o) => o.id === far?.id);
    if (farIndex !== -1) expect(farIndex).toBeGreaterThan(0);
  });

  it("rejects an unknown offer id with NOT_FOUND", async () => {
    await expect(similarOffers(t.db, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
