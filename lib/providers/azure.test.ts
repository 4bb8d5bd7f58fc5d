import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { azureAdapter } from "./azure";
import { normalizeOffer } from "./normalize";
import { type ProviderRequest, type ProviderResponse, type RawOffer, rawOfferSchema } from "./types";

/**
 * azure.json is the shared real-format page (providers.md §17). azure.edge-page2.json is our last
 * page (NextPageLink null) with the cases the Retail Prices API really returns: Spot and Low
 * Priority meters, a Reservation row (price = whole term), a DevTestConsumption row, fractional
 * NVads A10 v5 sizes, a non-GPU size, an N-series size outside our table, a meter with an empty
 * armSkuName and a repeat of a page-1 meter. The ND96amsr_A100_v4 eastus2 prices (32.77 / Spot
 * 14.4188 / Low Priority 6.554) are a recorded API answer found in the public code index; the other
 * variant prices are illustrative.
 */
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const [firstRequest] = azureAdapter.buildRequests({});
if (!firstRequest) throw new Error("no request built");
const request: ProviderRequest = firstRequest;

function pages(...names: string[]): ProviderResponse[] {
  return names.map((name) => ({ request, body: fixture(name) }));
}

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("azureAdapter requests", () => {
  it("GETs the public retail prices for VM consumption meters, optionally per region", () => {
    expect(request).toEqual({
      method: "GET",
      url: "https://prices.azure.com/api/retail/prices?api-version=2023-01-01-preview&$filter=serviceName%20eq%20'Virtual%20Machines'%20and%20priceType%20eq%20'Consumption'",
      headers: { Accept: "application/json" },
    });
    const perRegion = azureAdapter.buildRequests({ regions: "eastus, westus3, bad region" });
    expect(perRegion.map((r) => decodeURIComponent(r.url).split("$filter=")[1])).toEqual([
      "serviceName eq 'Virtual Machines' and priceType eq 'Consumption' and armRegionName eq 'eastus'",
      "serviceName eq 'Virtual Machines' and priceType eq 'Consumption' and armRegionName eq 'westus3'",
    ]);
    expect(azureAdapter.info.credentialKeys).toEqual([]);
    expect(azureAdapter.bookInstance).toBeUndefined();
  });

  it("follows NextPageLink verbatim and stops when it is null", () => {
    const [page1, page2] = pages("azure.json", "azure.edge-page2.json");
    if (!page1 || !page2) throw new Error("fixtures missing");
    expect(azureAdapter.nextPage?.(page1)).toEqual({
      method: "GET",
      url: "https://prices.azure.com:443/api/retail/prices?api-version=2023-01-01-preview&$filter=serviceName%20eq%20%27Virtual%20Machines%27%20and%20priceType%20eq%20%27Consumption%27&$skip=100",
      headers: { Accept: "application/json" },
    });
    expect(azureAdapter.nextPage?.(page2)).toBeNull();
  });
});

describe("azureAdapter.parse (shared fixture)", () => {
  const { offers, skipped } = azureAdapter.parse(pages("azure.json"));

  it("keeps Linux consumption meters and splits the Spot meter into its own offer", () => {
    expect(offers.map((o) => o.externalId)).toEqual([
      "Standard_NC24ads_A100_v4:eastus",
      "Standard_NC24ads_A100_v4:eastus:spot",
      "Standard_NC40ads_H100_v5:eastus",
      "Standard_ND96isr_H100_v5:westus3",
      "Standard_NC4as_T4_v3:eastus",
    ]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
    expect(offerById(offers, "Standard_NC24ads_A100_v4:eastus")).toMatchObject({
      provider: "azure",
      instanceType: "Standard_NC24ads_A100_v4",
      gpuName: "NVIDIA A100 80GB PCIe",
      gpuCount: 1,
      vramPerGpuGb: 80,
      cpuCores: 24,
      ramGb: 220,
      pricePerHour: 3.673,
      spotPricePerHour: null,
      currency: "USD",
      region: "eastus",
      country: "US",
      market: "on_demand",
      availability: "unknown",
      source: "api",
    });
    expect(offerById(offers, "Standard_NC24ads_A100_v4:eastus:spot")).toMatchObject({
      market: "spot",
      pricePerHour: 0.7346,
      gpuName: "NVIDIA A100 80GB PCIe",
    });
  });

  it("maps the H100 sizes through §8: NC40ads = 1× H100 NVL 94 GB, ND96isr = 8× H100 SXM at $12.29/GPU-h", () => {
    expect(offerById(offers, "Standard_NC40ads_H100_v5:eastus")).toMatchObject({
      gpuName: "NVIDIA H100 NVL",
      gpuCount: 1,
      vramPerGpuGb: 94,
      pricePerHour: 6.98,
    });
    const nd = offerById(offers, "Standard_ND96isr_H100_v5:westus3");
    expect(nd).toMatchObject({
      gpuName: "NVIDIA H100 80GB HBM3",
      gpuCount: 8,
      vramPerGpuGb: 80,
      ramGb: 1900,
    });
    expect(nd.pricePerHour / nd.gpuCount).toBeCloseTo(12.29, 10);
    expect(offerById(offers, "Standard_NC4as_T4_v3:eastus")).toMatchObject({
      gpuName: "Tesla T4",
      pricePerHour: 0.526,
    });
  });

  it("skips the Windows meter", () => {
    expect(skipped).toEqual([
      {
        id: "Standard_NC4as_T4_v3:eastus:Consumption:Virtual Machines NCasT4 v3 Series Windows",
        reason: "Windows meter (licence included)",
      },
    ]);
  });
});

describe("azureAdapter.parse (second page edge cases)", () => {
  const { offers, skipped } = azureAdapter.parse(pages("azure.json", "azure.edge-page2.json"));
  const reasons = skipped.map((s) => s.reason);

  it("prices NDm A100 v4 on demand and Spot, skipping the Low Priority (Batch) meter", () => {
    expect(offerById(offers, "Standard_ND96amsr_A100_v4:eastus2")).toMatchObject({
      gpuName: "NVIDIA A100-SXM4-80GB",
      gpuCount: 8,
      vramPerGpuGb: 80,
      pricePerHour: 32.77,
      market: "on_demand",
    });
    expect(offerById(offers, "Standard_ND96amsr_A100_v4:eastus2:spot")).toMatchObject({
      market: "spot",
      pricePerHour: 14.4188,
    });
    expect(reasons).toContain("Low Priority meter (Azure Batch)");
  });

  it("scales NVads A10 v5 slices: NV6ads = 1/6 of a 24 GB A10, so $0.454/h is $2.724 per whole GPU", () => {
    const slice = offerById(offers, "Standard_NV6ads_A10_v5:eastus");
    expect(slice).toMatchObject({
      gpuName: "NVIDIA A10",
      vramPerGpuGb: 24,
      cpuCores: 6,
      ramGb: 55,
      pricePerHour: 0.454,
    });
    expect(slice.gpuCount).toBeCloseTo(1 / 6, 12);
    expect(slice.gpuCount * (slice.vramPerGpuGb ?? 0)).toBeCloseTo(4, 12);
    expect(slice.pricePerHour / slice.gpuCount).toBeCloseTo(2.724, 10);
    expect(rawOfferSchema.parse(slice)).toEqual(slice);
    expect(offerById(offers, "Standard_NV72ads_A10_v5:eastus")).toMatchObject({
      gpuCount: 2,
      pricePerHour: 6.52,
    });
  });

  it("skips Reservation totals, dev/test prices, non-GPU, unknown N-series, blank SKUs and repeats", () => {
    expect(Object.fromEntries(skipped.map((s) => [s.id, s.reason]))).toEqual({
      "Standard_NC4as_T4_v3:eastus:Consumption:Virtual Machines NCasT4 v3 Series Windows":
        "Windows meter (licence included)",
      "Standard_ND96amsr_A100_v4:eastus2:Consumption:Virtual Machines NDamsrA100v4 Series":
        "Low Priority meter (Azure Batch)",
      "Standard_NC24ads_A100_v4:eastus:Reservation:Virtual Machines NCadsA100v4 Series":
        "Reservation price is the total for 1 Year",
      "Standard_NC24ads_A100_v4:eastus:DevTestConsumption:Virtual Machines NCadsA100v4 Series":
        "DevTestConsumption (dev/test subscription pricing)",
      "Standard_NC24ads_A100_v4:eastus:Virtual Machines NCadsA100v4 Series":
        "duplicate meter for size and region",
      "Standard_D2s_v3:eastus:Consumption:Virtual Machines DSv3 Series": "not a GPU VM size",
      "Standard_NC8ads_A10_v4:eastus:Consumption:Virtual Machines NCadsA10v4 Series":
        "GPU VM size not in the size table (azure-vm-sizes.ts)",
      "NC6 Promo:eastus:Consumption:Virtual Machines NC Series Promo": "not a GPU VM size",
    });
    expect(offers).toHaveLength(9);
  });
});

describe("azureAdapter offers through normalizeOffer", () => {
  it("resolve the size table's accelerators, with fractional A10 slices priced per whole GPU", () => {
    const { offers } = azureAdapter.parse(pages("azure.json", "azure.edge-page2.json"));
    const summary = Object.fromEntries(
      offers.map((offer) => {
        const normalized = normalizeOffer(offer);
        return [
          offer.externalId,
          [normalized.gpuModel, normalized.vramPerGpuGb, normalized.pricePerGpuHourUsd],
        ];
      }),
    );
    expect(summary).toEqual({
      "Standard_NC24ads_A100_v4:eastus": ["A100 PCIe 80GB", 80, 3.673],
      "Standard_NC24ads_A100_v4:eastus:spot": ["A100 PCIe 80GB", 80, 0.7346],
      "Standard_NC40ads_H100_v5:eastus": ["H100 NVL", 94, 6.98],
      "Standard_ND96isr_H100_v5:westus3": ["H100 SXM", 80, 12.29],
      "Standard_NC4as_T4_v3:eastus": ["T4", 16, 0.526],
      "Standard_ND96amsr_A100_v4:eastus2": ["A100 SXM 80GB", 80, 4.09625],
      "Standard_ND96amsr_A100_v4:eastus2:spot": ["A100 SXM 80GB", 80, 1.80235],
      "Standard_NV6ads_A10_v5:eastus": ["A10", 24, 2.724],
      "Standard_NV72ads_A10_v5:eastus": ["A10", 24, 3.26],
    });
  });
});

describe("azureAdapter.parse (wrong shapes)", () => {
  it("throws naming the provider and the path", () => {
    expect(() => azureAdapter.parse([{ request, body: { Items: [{ retailPrice: "3.67" }] } }])).toThrow(
      /azure: unexpected retail prices payload: Items\.0\.currencyCode/,
    );
    expect(() => azureAdapter.parse([{ request, body: { items: [] } }])).toThrow(/azure: .*Items/);
  });
});
