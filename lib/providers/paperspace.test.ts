import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeOffer } from "./normalize";
import { paperspaceAdapter, paperspacePriceTable } from "./paperspace";
import { type ProviderRequest, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const credentials = { apiKey: "ps-key" };
const requests = paperspaceAdapter.buildRequests(credentials);

function requestFor(machineType: string): ProviderRequest {
  const found = requests.find(
    (request) => new URL(request.url).searchParams.get("machineType") === machineType,
  );
  if (!found) throw new Error(`no request for ${machineType}`);
  return found;
}

function offerFor(machineType: string, body: unknown): RawOffer {
  const { offers } = paperspaceAdapter.parse([{ request: requestFor(machineType), body }]);
  const [offer] = offers;
  if (!offer) throw new Error(`no offer for ${machineType}`);
  return offer;
}

describe("paperspaceAdapter requests", () => {
  it("checks availability of every priced machine type in NY2 with the key as Bearer", () => {
    expect(requests).toHaveLength(14);
    expect(requestFor("H100x8")).toEqual({
      method: "GET",
      url: "https://api.paperspace.com/v1/machine-availability?machineType=H100x8&region=East%20Coast%20(NY2)",
      headers: { Authorization: "Bearer ps-key", Accept: "application/json" },
    });
    expect(requestFor("GPU+").url).toContain("machineType=GPU%2B");
    expect(() => paperspaceAdapter.buildRequests({})).toThrow(/paperspace: credentials.apiKey/);
    expect(paperspaceAdapter.validateCredentials?.(credentials).url).toBe(
      "https://api.paperspace.com/v1/machines",
    );
  });

  it("creates a machine of the offer's type from a template", () => {
    const offer = offerFor("A100-80G", fixture("paperspace.json"));
    const request = paperspaceAdapter.bookInstance?.(credentials, offer, { name: "nb", image: "tvimtol9" });
    expect(request).toMatchObject({ method: "POST", url: "https://api.paperspace.com/v1/machines" });
    expect(JSON.parse(request?.body ?? "")).toEqual({
      name: "nb",
      machineType: "A100-80G",
      templateId: "tvimtol9",
      region: "East Coast (NY2)",
      diskSize: 100,
      publicIpType: "dynamic",
      startOnCreate: true,
    });
    expect(() => paperspaceAdapter.bookInstance?.(credentials, offer, { name: "nb" })).toThrow(/template id/);
  });
});

describe("paperspaceAdapter.parse", () => {
  it("combines live availability with the catalog price, marked as catalog-sourced", () => {
    const h100x8 = offerFor("H100x8", fixture("paperspace.json"));
    expect(h100x8).toEqual({
      provider: "paperspace",
      externalId: "H100x8:East Coast (NY2)",
      instanceType: "H100x8",
      gpuName: "H100",
      gpuCount: 8,
      vramPerGpuGb: null,
      cpuCores: 128,
      ramGb: 640,
      storageGb: null,
      pricePerHour: 47.6,
      spotPricePerHour: null,
      currency: "USD",
      region: "East Coast (NY2)",
      country: "US",
      market: "on_demand",
      availability: "available",
      availableCount: null,
      interconnect: null,
      complianceTags: [],
      reliability: null,
      storagePriceGbMonth: null,
      egressPriceGb: null,
      bootTimeS: null,
      source: "catalog",
    });
    expect(rawOfferSchema.parse(h100x8)).toEqual(h100x8);
    expect(h100x8.pricePerHour / h100x8.gpuCount).toBeCloseTo(5.95, 10);
  });

  it("keeps a machine type reported unavailable as a sold-out offer", () => {
    expect(offerFor("A100-80Gx8", fixture("paperspace.edge-unavailable.json"))).toMatchObject({
      availability: "sold_out",
      gpuName: "A100-80GB",
      gpuCount: 8,
      vramPerGpuGb: 80,
      pricePerHour: 25.44,
      source: "catalog",
    });
    expect(offerFor("V100-32Gx4", fixture("paperspace.json"))).toMatchObject({
      vramPerGpuGb: 32,
      pricePerHour: 9.2,
    });
    expect(offerFor("GPU+", fixture("paperspace.json"))).toMatchObject({
      gpuName: "M4000",
      pricePerHour: 0.45,
    });
  });

  it("skips machine types or regions the catalog does not price", () => {
    const request = {
      ...requestFor("H100"),
      url: "https://api.paperspace.com/v1/machine-availability?machineType=H100&region=Europe%20(AMS1)",
    };
    expect(paperspaceAdapter.parse([{ request, body: { available: true } }])).toEqual({
      offers: [],
      skipped: [{ id: "H100:Europe (AMS1)", reason: "no catalog price for this machine type and region" }],
    });
  });

  it("throws naming the provider and the path on a wrong shape", () => {
    expect(() => offerFor("H100", { available: "yes" })).toThrow(
      /paperspace: unexpected machine-availability H100 payload: available/,
    );
  });
});

describe("paperspaceAdapter.parse properties", () => {
  it("Property 2: every priced machine type yields one valid offer whatever the availability", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (flags) => {
        const responses = requests.map((request, index) => ({
          request,
          body: { available: flags[index] ?? false },
        }));
        const { offers, skipped } = paperspaceAdapter.parse(responses);
        expect(skipped).toEqual([]);
        expect(offers).toHaveLength(paperspacePriceTable.rows.length);
        offers.forEach((offer, index) => {
          expect(rawOfferSchema.safeParse(offer).success).toBe(true);
          expect(offer.availability).toBe(flags[index] ? "available" : "sold_out");
          expect(offer.pricePerHour).toBe(paperspacePriceTable.rows[index]?.pricePerHour);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe("paperspace offers through normalizeOffer", () => {
  it.each([
    ["V100-32Gx4", "V100 SXM2 32GB", "known", 2.3],
    ["A4000x2", "RTX A4000", "known", 0.76],
    ["A100-80G", null, "ambiguous", 3.18],
    ["H100x8", null, "ambiguous", 5.95],
    ["GPU+", null, "unknown", 0.45],
  ])("resolves %s to %s (%s)", (machineType, gpuModel, gpuIdentity, pricePerGpuHourUsd) => {
    expect(normalizeOffer(offerFor(machineType, fixture("paperspace.json")))).toMatchObject({
      gpuModel,
      gpuIdentity,
      pricePerGpuHourUsd,
      continent: "north_america",
      source: "catalog",
    });
  });
});
