import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeOffer } from "./normalize";
import { ociAdapter, ociPriceListUrl, ociShapesUrl } from "./oci";
import { ociRegionCountries } from "./oci-regions";
import { type ProviderRequest, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const [shapesRequest, pricesRequest] = ociAdapter.buildRequests({});

function requestOf(request: ProviderRequest | undefined): ProviderRequest {
  if (!request) throw new Error("request missing");
  return request;
}

function parse(shapes: string, prices: string) {
  return ociAdapter.parse([
    { request: requestOf(shapesRequest), body: fixture(shapes) },
    { request: requestOf(pricesRequest), body: fixture(prices) },
  ]);
}

function byId(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

const regionCount = Object.keys(ociRegionCountries).length;

describe("ociAdapter requests", () => {
  it("fetches the two public documents without credentials", () => {
    expect(ociAdapter.buildRequests({})).toEqual([
      {
        method: "GET",
        url: "https://www.oracle.com/a/ocom/docs/cloudestimator2/data/shapes.json",
        headers: { Accept: "application/json" },
      },
      {
        method: "GET",
        url: "https://apexapps.oracle.com/pls/apex/cetools/api/v1/products/?currencyCode=USD",
        headers: { Accept: "application/json" },
      },
    ]);
    expect([ociShapesUrl, ociPriceListUrl]).toHaveLength(2);
    expect(ociAdapter.info.credentialKeys).toEqual([]);
    expect(ociAdapter.bookInstance).toBeUndefined();
  });
});

describe("ociAdapter.parse (fixtures)", () => {
  const { offers, skipped } = parse("oci.json", "oci.prices.json");

  it("lists every priced GPU shape in every commercial region and skips CPU shapes", () => {
    expect(regionCount).toBe(44);
    expect(offers).toHaveLength(6 * regionCount);
    expect(skipped).toEqual([{ id: "BM.Standard.E4.128", reason: "not a GPU shape" }]);
    for (const offer of offers.slice(0, 12)) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("prices GPU shapes per GPU-hour × gpuQty with preemptible at half price", () => {
    const a10 = byId(offers, "VM.GPU.A10.1@us-ashburn-1");
    expect(a10).toMatchObject({
      provider: "oci",
      instanceType: "VM.GPU.A10.1",
      gpuName: "A10",
      gpuCount: 1,
      vramPerGpuGb: 24,
      cpuCores: 30,
      ramGb: 240,
      pricePerHour: 2,
      spotPricePerHour: 1,
      currency: "USD",
      region: "us-ashburn-1",
      country: "US",
      market: "on_demand",
      availability: "unknown",
    });
    expect(normalizeOffer(a10)).toMatchObject({
      gpuModel: "A10",
      pricePerGpuHourUsd: 2,
      continent: "north_america",
    });
    const v100 = byId(offers, "VM.GPU3.1@eu-frankfurt-1");
    expect(v100).toMatchObject({
      gpuName: "V100",
      pricePerHour: 2.95,
      spotPricePerHour: 1.475,
      cpuCores: 12,
      country: "DE",
    });
    expect(normalizeOffer(v100).gpuModel).toBe("V100 SXM2 16GB");
  });

  it("divides the shape-total gpuMemoryQty by gpuQty", () => {
    const a10x4 = byId(offers, "BM.GPU.A10.4@ap-tokyo-1");
    expect(a10x4).toMatchObject({
      gpuCount: 4,
      vramPerGpuGb: 24,
      pricePerHour: 8,
      spotPricePerHour: null,
      cpuCores: 128,
      country: "JP",
    });
    const h100 = byId(offers, "BM.GPU.H100.8@uk-london-1");
    expect(h100).toMatchObject({
      gpuName: "H100",
      gpuCount: 8,
      vramPerGpuGb: 80,
      pricePerHour: 80,
      cpuCores: 224,
      ramGb: 2048,
    });
    expect(normalizeOffer(h100).pricePerGpuHourUsd).toBe(10);
    const l40s = byId(offers, "BM.GPU.L40S.4@us-chicago-1");
    expect(l40s).toMatchObject({ vramPerGpuGb: 48, pricePerHour: 14 });
    expect(normalizeOffer(l40s).gpuModel).toBe("L40S");
    expect(byId(offers, "BM.GPU.A100-v2.8@sa-saopaulo-1")).toMatchObject({
      gpuName: "A100-80GB",
      vramPerGpuGb: 80,
      pricePerHour: 32,
      country: "BR",
    });
  });
});

describe("ociAdapter.parse (edge variants)", () => {
  const { offers, skipped } = parse("oci.edge-shapes.json", "oci.edge-prices.json");

  it("skips hidden, inactive, non-GPU-hour and unpriced shapes", () => {
    expect(offers).toHaveLength(4 * regionCount);
    expect(skipped).toEqual([
      { id: "BM.GPU.B200.8", reason: "hidden shape" },
      { id: "VM.GPU2.1", reason: "status DEPRECATED" },
      {
        id: "VM.GPU.A10.2",
        reason: 'part B93113 is "OCPU Per Hour" in "Compute - Virtual Machine", not a GPU-hour SKU',
      },
      { id: "BM.GPU.L40S-NC.4", reason: "part B999003 has no USD PAY_AS_YOU_GO price" },
    ]);
  });

  it("reads GPU4 as 40 GB A100s on an x86 host despite the arm label, from the USD localization", () => {
    const gpu4 = byId(offers, "BM.GPU4.8@us-phoenix-1");
    expect(gpu4).toMatchObject({ gpuName: "A100", gpuCount: 8, vramPerGpuGb: 40, cpuCores: 128 });
    expect(gpu4.pricePerHour).toBeCloseTo(24.4, 10);
    expect(gpu4.spotPricePerHour).toBeCloseTo(12.2, 10);
  });

  it("recognises per-GPU gpuMemoryQty (MI355X.8) and fractional OCPU quantities", () => {
    const mi355x = byId(offers, "BM.GPU.MI355X.8@us-ashburn-1");
    expect(mi355x).toMatchObject({ gpuName: "MI355X", vramPerGpuGb: 288, ramGb: 3072 });
    expect(mi355x.cpuCores).toBeCloseTo(163.2, 10);
    expect(mi355x.pricePerHour).toBeCloseTo(68.8, 10);
  });

  it("strips the display suffix and leaves unknown OCPU/memory null (GB200 NVL72)", () => {
    const gb200 = byId(offers, "BM.GPU.GB200.4@us-chicago-1");
    expect(gb200).toMatchObject({
      instanceType: "BM.GPU.GB200.4",
      gpuName: "GB200",
      vramPerGpuGb: 192,
      cpuCores: null,
      ramGb: null,
    });
    expect(gb200.pricePerHour).toBe(64);
    expect(normalizeOffer(gb200)).toMatchObject({ gpuModel: null, gpuIdentity: "unknown" });
  });

  it("uses the first price tier when a part has several", () => {
    const h200 = byId(offers, "BM.GPU.H200.8@eu-madrid-1");
    expect(h200).toMatchObject({ vramPerGpuGb: 141, pricePerHour: 80, country: "ES" });
    expect(normalizeOffer(h200)).toMatchObject({ gpuModel: "H200 SXM", pricePerGpuHourUsd: 10 });
  });

  it("refuses shapes without a price list, unknown URLs and wrong shapes", () => {
    expect(() =>
      ociAdapter.parse([{ request: requestOf(shapesRequest), body: fixture("oci.json") }]),
    ).toThrow(/without the price list/);
    expect(() =>
      ociAdapter.parse([{ request: { method: "GET", url: "https://example.com/x", headers: {} }, body: {} }]),
    ).toThrow(/unexpected URL/);
    const prices = { request: requestOf(pricesRequest), body: fixture("oci.prices.json") };
    expect(() =>
      ociAdapter.parse([{ request: requestOf(shapesRequest), body: { items: [{ name: 7 }] } }, prices]),
    ).toThrow(/oci: unexpected shapes.json payload: items\.0\.name/);
  });
});
