import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listOffersQuerySchema,
  type OfferFilters,
  type SortField,
  sortFields,
} from "@/lib/marketplace/filters";
import { normalizeOffer } from "@/lib/providers/normalize";
import type { RawOffer } from "@/lib/providers/types";
import { storeProviderOffers } from "@/server/services/ingest-store";
import { ensureProviders } from "@/server/services/providers-registry";
import { createCatalogTestDatabase } from "@/server/testing/catalog";
import type { TestDatabase } from "@/server/testing/db";
import type { OfferDto } from "./dto";
import { matchGpuTypes } from "./gpu-match";
import { getOffer, listOffers } from "./list";

let t: TestDatabase;
beforeAll(async () => {
  t = await createCatalogTestDatabase();
}, 120_000);
afterAll(async () => {
  await t.close();
});

const query = (input: Record<string, unknown>) => listOffersQuerySchema.parse(input);

/** The filters' meaning, restated in plain TypeScript over the DTO (the oracle for property 4). */
function satisfies(o: OfferDto, f: OfferFilters): string | null {
  if (!f.include_stale && o.provenance.stale) return "stale";
  if (f.gpu_type?.length) {
    const { models, rawPatterns } = matchGpuTypes(f.gpu_type);
    const ok =
      (o.gpu_model !== null && models.includes(o.gpu_model)) ||
      rawPatterns.some((p) => o.gpu_type.toLowerCase().includes(p.toLowerCase()));
    if (!ok) return "gpu_type";
  }
  if (f.max_price !== undefined && o.price_per_hour > f.max_price) return "max_price";
  if (f.min_price !== undefined && o.price_per_hour < f.min_price) return "min_price";
  if (f.max_gpu_price !== undefined && o.price_per_gpu_hour > f.max_gpu_price) return "max_gpu_price";
  if (f.vram_min !== undefined && !(o.vram_per_gpu_gb !== null && o.vram_per_gpu_gb >= f.vram_min))
    return "vram_min";
  if (f.gpu_count_min !== undefined && o.gpu_count < f.gpu_count_min) return "gpu_count_min";
  if (f.provider?.length && !f.provider.includes(o.provider)) return "provider";
  if (f.market?.length && !f.market.includes(o.market as never)) return "market";
  if (f.availability?.length && !f.availability.includes(o.availability_status as never))
    return "availability";
  if (f.region?.length) {
    const ok = f.region.some((r) =>
      r === "eu"
        ? o.continent === "europe"
        : r === "us"
          ? o.country === "US"
          : r === "asia"
            ? o.continent === "asia"
            : o.region.toLowerCase() === r,
    );
    if (!ok) return "region";
  }
  return null;
}

const filtersArb = fc.record(
  {
    gpu_type: fc.subarray(["H100", "A100 80GB", "4090", "L40S", "RTX A6000", "V100", "mystery-gpu"], {
      minLength: 1,
      maxLength: 3,
    }),
    max_price: fc.double({ min: 0.1, max: 60, noNaN: true }),
    min_price: fc.double({ min: 0, max: 5, noNaN: true }),
    max_gpu_price: fc.double({ min: 0.1, max: 10, noNaN: true }),
    vram_min: fc.constantFrom(16, 24, 40, 48, 80),
    gpu_count_min: fc.constantFrom(1, 2, 4, 8),
    provider: fc.subarray(["vastai", "runpod", "lambdalabs", "oci", "aws", "coreweave", "akash"], {
      minLength: 1,
      maxLength: 3,
    }),
    market: fc.subarray(["on_demand", "spot", "community"] as const, { minLength: 1 }),
    availability: fc.subarray(["available", "limited", "sold_out", "unknown"] as const, { minLength: 1 }),
    region: fc.subarray(["eu", "us", "asia", "us-east-1"], { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe(`offers list on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("pages through the catalog cheapest first with KPIs and provenance", async () => {
    const page = await listOffers(t.db, query({ gpu_type: "H100", per_page: 10 }));
    expect(page.total).toBeGreaterThan(10);
    expect(page.items).toHaveLength(10);
    const prices = page.items.map((i) => i.price_per_hour);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    for (const item of page.items) {
      expect(item.gpu_model?.startsWith("H100")).toBe(true);
      expect(item.provenance.source).toMatch(/api|catalog/);
      expect(item.kpis.cost_per_gflop).toBeGreaterThan(0);
    }
    const pcie = await listOffers(t.db, query({ gpu_type: "H100 PCIe", per_page: 100 }));
    expect(pcie.items.every((i) => i.gpu_model === "H100 PCIe")).toBe(true);
    expect(pcie.items[0]?.kpis.cost_per_1m_tokens_7b).toBeCloseTo(
      ((pcie.items[0]?.price_per_gpu_hour ?? 0) / (133.77 * 3600)) * 1e6,
      10,
    );
  });

  it("finds offers by free text over GPU, provider and region", async () => {
    const page = await listOffers(t.db, query({ q: "lambda h100", per_page: 100 }));
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((i) => i.provider === "lambdalabs" && i.gpu_model?.startsWith("H100"))).toBe(
      true,
    );
  });

  it("warns about GPU names it does not know instead of dropping them", async () => {
    const page = await listOffers(t.db, query({ gpu_type: "mystery-gpu" }));
    expect(page.total).toBe(0);
    expect(page.warnings[0]).toMatch(/'mystery-gpu' is not a GPU model we know/);
  });

  it("answers a missing offer with NOT_FOUND and a malformed id with VALIDATION_ERROR", async () => {
    await expect(getOffer(t.db, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getOffer(t.db, "nope")).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
  });

  it("Property 4: every returned offer satisfies every filter", async () => {
    await fc.assert(
      fc.asyncProperty(filtersArb, fc.constantFrom(...sortFields), async (filters, sort) => {
        const page = await listOffers(t.db, query({ ...filters, sort, per_page: 100 }));
        expect(page.items.length).toBeLessThanOrEqual(100);
        for (const item of page.items) expect(satisfies(item, filters), item.id).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it("Property 5: pages partition the result set, with no duplicates, under concurrent inserts", async () => {
    const [providerId] = [
      ...(
        await ensureProviders(t.db, [
          {
            slug: "vastai",
            displayName: "Vast.ai",
            apiBaseUrl: "https://console.vast.ai/api/v0",
            kind: "api",
            credentialKeys: [],
            docsUrl: "https://docs.vast.ai",
          },
        ])
      ).values(),
    ];
    if (!providerId) throw new Error("no provider");
    let serial = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          gpu_type: fc.constantFrom(undefined, ["H100"], ["4090", "A100 80GB"]),
          max_price: fc.constantFrom(undefined, 5, 40),
        }),
        fc.constantFrom<SortField>("price_per_hour", "price_per_gpu_hour", "gpu_model", "provider"),
        fc.constantFrom<"asc" | "desc">("asc", "desc"),
        fc.constantFrom(10, 20, 50),
        fc.array(fc.double({ min: 0.05, max: 30, noNaN: true }), { minLength: 1, maxLength: 3 }),
        async (filters, sort, order, perPage, insertPrices) => {
          const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
          const first = await listOffers(t.db, query({ ...clean, sort, order, per_page: perPage }));
          const asOf = first.as_of;
          // a concurrent ingest inserts offers that sort anywhere, while the client pages
          const inserting = storeProviderOffers(
            t.db,
            providerId,
            insertPrices.map((p) => newOffer(`p5-${serial++}`, p)),
            new Date(),
          );
          const rest = [];
          for (let page = 2; page <= first.pages; page++) {
            rest.push(
              await listOffers(t.db, query({ ...clean, sort, order, per_page: perPage, page, as_of: asOf })),
            );
          }
          await inserting;
          const ids = [first, ...rest].flatMap((p) => p.items.map((i) => i.id));
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.length).toBe(first.total);
          const whole = await listOffers(t.db, query({ ...clean, sort, order, per_page: 100, as_of: asOf }));
          if (whole.total <= 100) expect(new Set(ids)).toEqual(new Set(whole.items.map((i) => i.id)));
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});

function newOffer(id: string, price: number) {
  const raw: RawOffer = {
    provider: "vastai",
    externalId: id,
    instanceType: "1x RTX 4090",
    gpuName: "RTX 4090",
    gpuCount: 1,
    vramPerGpuGb: 24,
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
    reliability: 0.98,
    storagePriceGbMonth: null,
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
  };
  return normalizeOffer(raw);
}
