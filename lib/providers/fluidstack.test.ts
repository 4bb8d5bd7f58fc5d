import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fluidstackAdapter, fluidstackSoldOutRegion } from "./fluidstack";
import { normalizeOffer } from "./normalize";
import { type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

function parse(name: string) {
  const [request] = fluidstackAdapter.buildRequests({ apiKey: "fs-key" });
  if (!request) throw new Error("no request built");
  return fluidstackAdapter.parse([{ request, body: fixture(name) }]);
}

function byId(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("fluidstackAdapter requests", () => {
  it("lists configurations with the api-key header", () => {
    expect(fluidstackAdapter.buildRequests({ apiKey: "fs-key" })).toEqual([
      {
        method: "GET",
        url: "https://platform.fluidstack.io/list_available_configurations",
        headers: { "api-key": "fs-key", Accept: "application/json" },
      },
    ]);
    expect(fluidstackAdapter.validateCredentials?.({ apiKey: "fs-key" }).headers["api-key"]).toBe("fs-key");
    expect(() => fluidstackAdapter.buildRequests({})).toThrow(/fluidstack: credentials.apiKey/);
  });

  it("books with a registered key name and never offers terminate (DELETE)", () => {
    const offer = byId(parse("fluidstack.json").offers, "H100_SXM5_80GB::8@FINLAND");
    const request = fluidstackAdapter.bookInstance?.({ apiKey: "fs-key", sshKeyName: "ops" }, offer, {
      name: "job-1",
    });
    expect(request?.url).toBe("https://platform.fluidstack.io/instances");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      gpu_type: "H100_SXM5_80GB",
      gpu_count: 8,
      region: "FINLAND",
      operating_system_label: "ubuntu_22_04_lts_nvidia",
      name: "job-1",
      ssh_key: "ops",
    });
    expect(() => fluidstackAdapter.bookInstance?.({ apiKey: "fs-key" }, offer, { name: "x" })).toThrow(
      /sshKeyName/,
    );
    expect(fluidstackAdapter.terminate).toBeUndefined();
  });
});

describe("fluidstackAdapter.parse (fixture)", () => {
  const { offers, skipped } = parse("fluidstack.json");

  it("expands every GPU count in every region", () => {
    // H100 SXM 4 counts × 2 regions, H100 PCIe 3 × 2, A100 4 × 3, L40 4 × 1, A6000 4 × 1
    expect(offers).toHaveLength(8 + 6 + 12 + 4 + 4);
    expect(skipped).toEqual([]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("multiplies the per-GPU price by the count", () => {
    const h100 = byId(offers, "H100_SXM5_80GB::8@ICELAND");
    expect(h100).toMatchObject({
      provider: "fluidstack",
      instanceType: "H100_SXM5_80GB::8",
      gpuName: "H100_SXM5_80GB",
      gpuCount: 8,
      vramPerGpuGb: 80,
      currency: "USD",
      region: "ICELAND",
      country: "IS",
      market: "on_demand",
      availability: "available",
      spotPricePerHour: null,
      source: "api",
    });
    expect(h100.pricePerHour).toBeCloseTo(23.12, 10);
    const normalized = normalizeOffer(h100);
    expect(normalized.gpuModel).toBe("H100 SXM");
    expect(normalized.pricePerGpuHourUsd).toBeCloseTo(2.89, 10);
  });

  it("resolves the other GPU types and countries", () => {
    const pcie = byId(offers, "H100_PCIE_80GB::2@UTAH_USA");
    expect(pcie).toMatchObject({ gpuCount: 2, country: "US", vramPerGpuGb: 80 });
    expect(pcie.pricePerHour).toBeCloseTo(5.78, 10);
    expect(normalizeOffer(pcie).gpuModel).toBe("H100 PCIe");
    const a100 = byId(offers, "A100_PCIE_80GB::4@ARIZONA_USA");
    expect(a100.pricePerHour).toBeCloseTo(7.2, 10);
    expect(normalizeOffer(a100).gpuModel).toBe("A100 PCIe 80GB");
    expect(normalizeOffer(byId(offers, "L40_48GB::1@CANADA"))).toMatchObject({
      gpuModel: "L40",
      country: "CA",
    });
    const a6000 = normalizeOffer(byId(offers, "RTX_A6000_48GB::1@NORWAY"));
    expect(a6000).toMatchObject({
      gpuModel: "RTX A6000",
      vramPerGpuGb: 48,
      pricePerHourUsd: 0.8,
      country: "NO",
    });
  });
});

describe("fluidstackAdapter.parse (edge variants)", () => {
  const { offers, skipped } = parse("fluidstack.edge-quirks.json");

  it("accepts a string price and keeps unknown region names without a country", () => {
    expect(byId(offers, "H100_SXM5_80GB::8@TEXAS_USA")).toMatchObject({ pricePerHour: 23.12, country: "US" });
    expect(byId(offers, "H100_SXM5_80GB::8@MOON")).toMatchObject({
      country: null,
      availability: "available",
    });
  });

  it("keeps a type with no regions as sold out in the global pseudo-region", () => {
    const soldOut = offers.filter((offer) => offer.gpuName === "A100_SXM4_80GB");
    expect(soldOut.map((offer) => offer.externalId)).toEqual([
      `A100_SXM4_80GB::1@${fluidstackSoldOutRegion}`,
      `A100_SXM4_80GB::8@${fluidstackSoldOutRegion}`,
    ]);
    for (const offer of soldOut) expect(offer).toMatchObject({ availability: "sold_out", country: null });
    expect(byId(offers, "A100_SXM4_80GB::8@global").pricePerHour).toBeCloseTo(13.2, 10);
    expect(normalizeOffer(byId(offers, "A100_SXM4_80GB::1@global")).gpuModel).toBe("A100 SXM 80GB");
    expect(() =>
      fluidstackAdapter.bookInstance?.(
        { apiKey: "k", sshKeyName: "ops" },
        byId(offers, "A100_SXM4_80GB::1@global"),
        {
          name: "x",
        },
      ),
    ).toThrow(/sold out/);
  });

  it("skips a type offered in no GPU count", () => {
    expect(skipped).toEqual([{ id: "RTX_A4000_16GB", reason: "no GPU counts offered" }]);
  });

  it("rejects a price that is not a number with the provider and path named", () => {
    expect(() => parse("fluidstack.edge-bad-shape.json")).toThrow(
      /fluidstack: unexpected list_available_configurations payload: 0\.price_per_gpu_hr/,
    );
  });
});

describe("fluidstackAdapter.parse (property)", () => {
  it("design property 2: every configuration yields valid offers priced per GPU × count", () => {
    const configuration = fc.record({
      gpu_type: fc.constantFrom("H100_SXM5_80GB", "A100_PCIE_40GB", "L40_48GB", "RTX_A6000_48GB"),
      gpu_counts: fc.uniqueArray(fc.integer({ min: 1, max: 16 }), { minLength: 1, maxLength: 4 }),
      price_per_gpu_hr: fc.double({ min: 0, max: 50, noNaN: true }),
      regions: fc.uniqueArray(fc.constantFrom("ICELAND", "CANADA", "UTAH_USA", "NORWAY"), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(configuration, (entry) => {
        const [request] = fluidstackAdapter.buildRequests({ apiKey: "k" });
        if (!request) return false;
        const { offers } = fluidstackAdapter.parse([{ request, body: [entry] }]);
        expect(offers).toHaveLength(entry.gpu_counts.length * Math.max(entry.regions.length, 1));
        for (const offer of offers) {
          rawOfferSchema.parse(offer);
          expect(offer.pricePerHour).toBeCloseTo(entry.price_per_gpu_hr * offer.gpuCount, 9);
          expect(offer.availability).toBe(entry.regions.length > 0 ? "available" : "sold_out");
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });
});
