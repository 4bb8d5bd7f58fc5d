import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeOffer } from "./normalize";
import { type ProviderRequest, rawOfferSchema } from "./types";
import { vastaiAdapter, vastaiSearchBody } from "./vastai";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

function searchRequest(): ProviderRequest {
  const [request] = vastaiAdapter.buildRequests({});
  if (!request) throw new Error("no request built");
  return request;
}

function parse(body: unknown) {
  return vastaiAdapter.parse([{ request: searchRequest(), body }]);
}

function offerById(offers: ReturnType<typeof parse>["offers"], id: string) {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("vastaiAdapter.buildRequests", () => {
  it("POSTs gpuhunt's search body to the public bundles endpoint without a key", () => {
    const request = searchRequest();
    expect(request.method).toBe("POST");
    expect(request.url).toBe("https://console.vast.ai/api/v0/bundles/");
    expect(request.headers.Authorization).toBeUndefined();
    expect(JSON.parse(request.body ?? "")).toEqual({
      num_gpus: { gte: 1 },
      rentable: { eq: true },
      rented: { eq: false },
      order: [["score", "desc"]],
      limit: 3000,
    });
    expect(vastaiSearchBody.limit).toBe(3000);
  });

  it("sends the API key as a Bearer token when one is configured", () => {
    const [request] = vastaiAdapter.buildRequests({ apiKey: "vast-key" });
    expect(request?.headers.Authorization).toBe("Bearer vast-key");
  });

  it("validates credentials against /users/current", () => {
    const request = vastaiAdapter.validateCredentials?.({ apiKey: "vast-key" });
    expect(request).toEqual({
      method: "GET",
      url: "https://console.vast.ai/api/v0/users/current/",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        Authorization: "Bearer vast-key",
      },
    });
    expect(() => vastaiAdapter.validateCredentials?.({})).toThrow(/vastai: credentials.apiKey/);
  });
});

describe("vastaiAdapter.parse (recorded fixture)", () => {
  const { offers, skipped } = parse(fixture("vastai.json"));

  it("keeps every bundle as one offer", () => {
    expect(offers).toHaveLength(5);
    expect(skipped).toEqual([]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("prices the whole 8x H100 bundle with storage (dph_total) and min_bid + storage as spot", () => {
    const h100 = offerById(offers, "19430261");
    expect(h100).toMatchObject({
      provider: "vastai",
      instanceType: "8x H100 SXM",
      gpuName: "H100 SXM",
      gpuCount: 8,
      cpuCores: 240,
      storageGb: 6500,
      currency: "USD",
      region: "Oregon, US",
      country: "US",
      market: "on_demand",
      availability: "available",
      reliability: 0.9996,
      storagePriceGbMonth: 0.2,
      egressPriceGb: 0,
      source: "api",
    });
    expect(h100.pricePerHour).toBeCloseTo(15.201388888888888, 12);
    expect(h100.pricePerHour / h100.gpuCount).toBeCloseTo(1.9001736, 6);
    expect(h100.spotPricePerHour).toBeCloseTo(9.6 + 0.001388888888888889, 12);
    // gpu_ram is MiB per GPU: 81559 MiB = 79.65 GiB
    expect(h100.vramPerGpuGb).toBeCloseTo(79.647, 3);
    // cpu_ram 2063720 MB * 240/240 cores / 1000
    expect(h100.ramGb).toBeCloseTo(2063.72, 2);
  });

  it("divides nothing for a 2-GPU bundle: the price covers both GPUs", () => {
    const rtx3090 = offerById(offers, "20988110");
    expect(rtx3090.gpuCount).toBe(2);
    expect(rtx3090.vramPerGpuGb).toBe(24);
    expect(rtx3090.pricePerHour).toBeCloseTo(0.36069444444444443, 12);
    expect(rtx3090.pricePerHour / rtx3090.gpuCount).toBeCloseTo(0.18034722, 6);
    // 128722 MB * 16/32 cores / 1000
    expect(rtx3090.ramGb).toBeCloseTo(64.361, 3);
    expect(rtx3090).toMatchObject({ region: "Texas, US", country: "US", cpuCores: 16 });
  });

  it("reads single-GPU consumer and datacenter bundles", () => {
    const rtx4090 = offerById(offers, "21334527");
    expect(rtx4090).toMatchObject({ gpuName: "RTX 4090", gpuCount: 1, region: "Sweden, SE", country: "SE" });
    expect(rtx4090.vramPerGpuGb).toBeCloseTo(23.988, 3);
    expect(rtx4090.pricePerHour).toBeCloseTo(0.32304166666666667, 12);
    expect(rtx4090.spotPricePerHour).toBeCloseTo(0.18 + 0.0010416666666666667, 12);

    const a100 = offerById(offers, "22101957");
    expect(a100).toMatchObject({
      gpuName: "A100 SXM4",
      vramPerGpuGb: 80,
      country: "CA",
      region: "Quebec, CA",
    });
    expect(a100.pricePerHour).toBeCloseTo(0.6608333333333334, 12);

    const rtx5090 = offerById(offers, "22310846");
    expect(rtx5090).toMatchObject({ gpuName: "RTX 5090", country: "BG" });
    expect(rtx5090.vramPerGpuGb).toBeCloseTo(31.843, 3);
  });
});

describe("vastaiAdapter.parse (edge cases)", () => {
  const { offers, skipped } = parse(fixture("vastai.edge-quirks.json"));

  it("rebuilds the price from dph_base + storage when dph_total is absent, and keeps rented asks as sold out", () => {
    const rented = offerById(offers, "23001001");
    expect(rented.pricePerHour).toBeCloseTo(0.88 + 0.0010416666666666667, 12);
    expect(rented.availability).toBe("sold_out");
    expect(rented.spotPricePerHour).toBeNull();
    // cpu_cores null: bundle RAM cannot be derived, the offer is still kept
    expect(rented.ramGb).toBeNull();
    expect(rented.cpuCores).toBe(32);
    expect(rented).toMatchObject({ region: "unknown", country: null, egressPriceGb: 0.005, gpuCount: 4 });
  });

  it("reads a geolocation with an empty city as the bare country", () => {
    const nvl = offerById(offers, "23001002");
    expect(nvl).toMatchObject({ region: "US", country: "US", gpuName: "H100 NVL", gpuCount: 2 });
    expect(nvl.vramPerGpuGb).toBeCloseTo(93.584, 3);
    expect(nvl.spotPricePerHour).toBeCloseTo(2.901388888888889, 12);
  });

  it("skips bundles without a GPU", () => {
    expect(skipped).toEqual([{ id: "23001003", reason: "no GPU in bundle" }]);
    expect(offers).toHaveLength(2);
  });

  it("throws a descriptive error naming the provider and path on a wrong shape", () => {
    expect(() => parse(fixture("vastai.edge-bad-shape.json"))).toThrow(
      /vastai: unexpected bundles offers\.0 payload: dph_base/,
    );
    expect(() => parse({ bundles: [] })).toThrow(/vastai: unexpected bundles payload: offers/);
  });
});

describe("vastaiAdapter.parse properties", () => {
  // Design property 2: every parsed offer carries the required fields with valid types.
  it("Property 2: any well-formed bundle becomes a valid whole-bundle offer", () => {
    const bundle = fc.record({
      id: fc.integer({ min: 1, max: 1e9 }),
      gpu_name: fc.constantFrom("RTX 4090", "H100 SXM", "A100 PCIE", "Tesla V100"),
      num_gpus: fc.integer({ min: 1, max: 16 }),
      gpu_ram: fc.integer({ min: 1024, max: 200_000 }),
      dph_base: fc.double({ min: 0, max: 100, noNaN: true }),
      storage_total_cost: fc.double({ min: 0, max: 1, noNaN: true }),
      min_bid: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
      geolocation: fc.option(fc.constantFrom("Texas, US", ", US", "Sweden, SE", "")),
    });
    fc.assert(
      fc.property(fc.array(bundle, { maxLength: 20 }), (bundles) => {
        const { offers } = parse({ offers: bundles });
        expect(offers).toHaveLength(bundles.length);
        offers.forEach((offer, index) => {
          const input = bundles[index];
          if (!input) throw new Error("index out of range");
          expect(rawOfferSchema.safeParse(offer).success).toBe(true);
          expect(offer.pricePerHour).toBeCloseTo(input.dph_base + input.storage_total_cost, 9);
          expect(offer.vramPerGpuGb).toBeCloseTo(input.gpu_ram / 1024, 9);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("vastai offers through normalizeOffer", () => {
  const { offers } = parse(fixture("vastai.json"));

  it.each([
    ["19430261", "H100 SXM", 80, 1.900174, "north_america"],
    ["20988110", "RTX 3090", 24, 0.180347, "north_america"],
    ["21334527", "RTX 4090", 24, 0.323042, "europe"],
    ["22101957", "A100 SXM 80GB", 80, 0.660833, "north_america"],
    ["22310846", "RTX 5090", 32, 0.420694, "europe"],
  ])("resolves %s to %s", (id, gpuModel, vramPerGpuGb, pricePerGpuHourUsd, continent) => {
    const normalized = normalizeOffer(offerById(offers, id));
    expect(normalized).toMatchObject({
      gpuModel,
      gpuIdentity: "known",
      vramPerGpuGb,
      pricePerGpuHourUsd,
      continent,
    });
  });

  it("keeps H100 NVL apart from H100 SXM", () => {
    const nvl = offerById(parse(fixture("vastai.edge-quirks.json")).offers, "23001002");
    expect(normalizeOffer(nvl)).toMatchObject({ gpuModel: "H100 NVL", formFactor: "NVL", vramPerGpuGb: 94 });
  });
});
