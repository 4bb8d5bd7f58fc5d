import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hyperstackAdapter } from "./hyperstack";
import { normalizeOffer } from "./normalize";
import { type ProviderResponse, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const requests = hyperstackAdapter.buildRequests({ apiKey: "hs-key" });

/** Pairs the flavors, pricebook and stocks requests with the given bodies (null = not fetched). */
function responses(flavors: string, pricebook: string | null, stocks: string | null): ProviderResponse[] {
  const [flavorsRequest, pricebookRequest, stocksRequest] = requests;
  if (!flavorsRequest || !pricebookRequest || !stocksRequest) throw new Error("requests missing");
  const list: ProviderResponse[] = [{ request: flavorsRequest, body: fixture(flavors) }];
  if (pricebook) list.push({ request: pricebookRequest, body: fixture(pricebook) });
  if (stocks) list.push({ request: stocksRequest, body: fixture(stocks) });
  return list;
}

function byId(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("hyperstackAdapter requests", () => {
  it("fetches flavors, pricebook and stocks with the api_key header", () => {
    expect(requests.map((request) => request.url)).toEqual([
      "https://infrahub-api.nexgencloud.com/v1/core/flavors",
      "https://infrahub-api.nexgencloud.com/v1/pricebook",
      "https://infrahub-api.nexgencloud.com/v1/core/stocks",
    ]);
    for (const request of requests)
      expect(request).toMatchObject({ method: "GET", headers: { api_key: "hs-key" } });
    expect(hyperstackAdapter.validateCredentials?.({ apiKey: "hs-key" }).url).toBe(
      "https://infrahub-api.nexgencloud.com/v1/pricebook",
    );
    expect(() => hyperstackAdapter.buildRequests({})).toThrow(/hyperstack: credentials.apiKey/);
  });

  it("creates a VM from the flavor name in a named environment with a named key pair", () => {
    const offer = byId(
      hyperstackAdapter.parse(responses("hyperstack.json", "hyperstack.pricebook.json", null)).offers,
      "n3-H100x1@CANADA-1",
    );
    const credentials = { apiKey: "hs-key", environmentName: "default-CANADA-1", keyName: "ops" };
    const request = hyperstackAdapter.bookInstance?.(credentials, offer, {
      name: "job-2",
      image: "Ubuntu Server 22.04 LTS",
    });
    expect(request?.url).toBe("https://infrahub-api.nexgencloud.com/v1/core/virtual-machines");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      name: "job-2",
      environment_name: "default-CANADA-1",
      image_name: "Ubuntu Server 22.04 LTS",
      flavor_name: "n3-H100x1",
      key_name: "ops",
      count: 1,
      assign_floating_ip: true,
    });
    expect(() => hyperstackAdapter.bookInstance?.({ apiKey: "k" }, offer, { name: "x", image: "i" })).toThrow(
      /environmentName/,
    );
    expect(() => hyperstackAdapter.bookInstance?.(credentials, offer, { name: "x" })).toThrow(
      /options.image/,
    );
    expect(hyperstackAdapter.terminate).toBeUndefined();
  });
});

describe("hyperstackAdapter.parse (fixtures)", () => {
  const { offers, skipped } = hyperstackAdapter.parse(
    responses("hyperstack.json", "hyperstack.pricebook.json", "hyperstack.stocks.json"),
  );

  it("prices every GPU flavor from the pricebook and skips the CPU flavor", () => {
    expect(offers).toHaveLength(7);
    expect(skipped).toEqual([{ id: "n1-cpu-small@NORWAY-1", reason: "CPU-only flavor" }]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("multiplies the per-GPU pricebook value by gpu_count", () => {
    const sxm = byId(offers, "n3-H100-SXM5x8@US-1");
    expect(sxm).toMatchObject({
      provider: "hyperstack",
      instanceType: "n3-H100-SXM5x8",
      gpuName: "H100-80G-SXM5",
      gpuCount: 8,
      vramPerGpuGb: 80,
      cpuCores: 192,
      ramGb: 960,
      storageGb: 32100,
      currency: "USD",
      region: "US-1",
      country: "US",
      market: "on_demand",
      availability: "available",
      availableCount: 8,
      spotPricePerHour: null,
    });
    expect(sxm.pricePerHour).toBeCloseTo(19.2, 10);
    const normalized = normalizeOffer(sxm);
    expect(normalized.gpuModel).toBe("H100 SXM");
    expect(normalized.pricePerGpuHourUsd).toBeCloseTo(2.4, 10);
  });

  it("takes stock per GPU configuration from /core/stocks", () => {
    expect(byId(offers, "n3-A100x1@CANADA-1")).toMatchObject({
      pricePerHour: 1.35,
      availableCount: 37,
      storageGb: 850,
    });
    expect(byId(offers, "n3-A100x2@CANADA-1")).toMatchObject({ pricePerHour: 2.7, availableCount: 18 });
    const h100x4 = byId(offers, "n3-H100x4@CANADA-1");
    expect(h100x4).toMatchObject({ availableCount: 3, availability: "available" });
    expect(h100x4.pricePerHour).toBeCloseTo(7.6, 10);
    expect(normalizeOffer(h100x4).gpuModel).toBe("H100 PCIe");
    expect(normalizeOffer(byId(offers, "n3-A100x1@CANADA-1")).gpuModel).toBe("A100 PCIe 80GB");
  });

  it("keeps a flavor with stock_available false as sold out", () => {
    const a100x8 = byId(offers, "n3-A100x8@CANADA-1");
    expect(a100x8).toMatchObject({ availability: "sold_out", availableCount: 0 });
    expect(a100x8.pricePerHour).toBeCloseTo(10.8, 10);
  });

  it("leaves memory to the canonical size when the GPU string has none (RTX-A6000)", () => {
    const a6000 = byId(offers, "n3-RTX-A6000x1@NORWAY-1");
    expect(a6000).toMatchObject({
      vramPerGpuGb: null,
      availableCount: null,
      country: "NO",
      pricePerHour: 0.5,
    });
    expect(normalizeOffer(a6000)).toMatchObject({ gpuModel: "RTX A6000", vramPerGpuGb: 48 });
  });

  it("works without the stocks response (availability from stock_available only)", () => {
    const parsed = hyperstackAdapter.parse(responses("hyperstack.json", "hyperstack.pricebook.json", null));
    expect(byId(parsed.offers, "n3-A100x1@CANADA-1")).toMatchObject({
      availability: "available",
      availableCount: null,
    });
  });
});

describe("hyperstackAdapter.parse (edge variants)", () => {
  const { offers, skipped } = hyperstackAdapter.parse(
    responses(
      "hyperstack.edge-flavors.json",
      "hyperstack.edge-pricebook.json",
      "hyperstack.edge-stocks.json",
    ),
  );

  it("skips a GPU missing from the pricebook and spot flavors", () => {
    expect(skipped).toEqual([
      { id: "n3-H200x8@CANADA-1", reason: "no standing pricebook entry for H200-141G-SXM5" },
      { id: "n3-A100x1-spot@CANADA-1", reason: "spot flavor: no spot price in the pricebook" },
    ]);
    expect(offers.map((offer) => offer.externalId)).toEqual([
      "n3-A100x4@CANADA-1",
      "n3-H100-NVLinkx8@CANADA-1",
      "n3-L40x1@NORWAY-1",
    ]);
  });

  it("prefers the standing price over a time-boxed one and reads 0 in stock as sold out", () => {
    const a100x4 = byId(offers, "n3-A100x4@CANADA-1");
    expect(a100x4).toMatchObject({ availability: "sold_out", availableCount: 0, storageGb: 100 });
    expect(a100x4.pricePerHour).toBeCloseTo(5.4, 10);
  });

  it("marks NVLink-bridged PCIe flavors", () => {
    const nvlink = byId(offers, "n3-H100-NVLinkx8@CANADA-1");
    expect(nvlink).toMatchObject({ interconnect: "NVLink", availableCount: 2, vramPerGpuGb: 80 });
    expect(nvlink.pricePerHour).toBeCloseTo(15.6, 10);
    expect(normalizeOffer(byId(offers, "n3-L40x1@NORWAY-1"))).toMatchObject({
      gpuModel: "L40",
      pricePerHourUsd: 1,
    });
  });

  it("refuses flavors without the pricebook, a failed status, and a wrong shape", () => {
    expect(() => hyperstackAdapter.parse(responses("hyperstack.json", null, null))).toThrow(
      /without the pricebook/,
    );
    const [flavorsRequest, pricebookRequest] = requests;
    if (!flavorsRequest || !pricebookRequest) throw new Error("requests missing");
    const pricebook = { request: pricebookRequest, body: fixture("hyperstack.pricebook.json") };
    expect(() =>
      hyperstackAdapter.parse([
        { request: flavorsRequest, body: { status: false, message: "Unauthorized", data: [] } },
        pricebook,
      ]),
    ).toThrow(/status false: Unauthorized/);
    expect(() =>
      hyperstackAdapter.parse([{ request: pricebookRequest, body: [{ name: "L40", value: "1.0" }] }]),
    ).toThrow(/hyperstack: unexpected pricebook payload: 0\.value/);
  });
});
