import { describe, expect, it } from "vitest";
import { akashAdapter } from "../akash";
import { coreweaveAdapter } from "../coreweave";
import { crusoeAdapter } from "../crusoe";
import { genesiscloudAdapter } from "../genesiscloud";
import { normalizeOffer } from "../normalize";
import { type ProviderAdapter, type RawOffer, rawOfferSchema } from "../types";
import { akashPrices } from "./akash-prices";
import { catalogAdapter, catalogOffers, type PriceTable } from "./catalog-adapter";
import { coreweavePrices } from "./coreweave-prices";
import { crusoePrices } from "./crusoe-prices";
import { genesiscloudPrices } from "./genesiscloud-prices";

const catalogs: [ProviderAdapter, PriceTable][] = [
  [coreweaveAdapter, coreweavePrices],
  [crusoeAdapter, crusoePrices],
  [genesiscloudAdapter, genesiscloudPrices],
  [akashAdapter, akashPrices],
];

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("catalog adapters", () => {
  it.each(catalogs)("%#: are dated, cited catalogs that fetch nothing", (adapter, table) => {
    expect(adapter.info.kind).toBe("catalog");
    expect(adapter.info.slug).toBe(table.provider);
    expect(adapter.info.credentialKeys).toEqual([]);
    expect(adapter.buildRequests({})).toEqual([]);
    expect(table.observedOn).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(table.sourceUrl).toMatch(/^https:\/\//);
    expect(table.citation).toMatch(/@[0-9a-f]{40}$/);
  });

  it.each(catalogs)("%#: return valid, unique catalog offers whatever the responses", (adapter, table) => {
    const { offers, skipped } = adapter.parse([
      { request: { method: "GET", url: "x", headers: {} }, body: null },
    ]);
    expect(skipped).toEqual([]);
    expect(offers).toHaveLength(table.rows.length);
    for (const offer of offers) {
      expect(rawOfferSchema.parse(offer)).toEqual(offer);
      expect(offer).toMatchObject({ provider: table.provider, source: "catalog", availability: "unknown" });
    }
    const ids = offers.map((offer) => offer.externalId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("CoreWeave catalog (coreweave.com/pricing, 2026-10-10)", () => {
  const { offers } = coreweaveAdapter.parse([]);

  it("prices HGX H100 at $49.24/h for 8 GPUs ($6.155/GPU-h) with the spot price on the same row", () => {
    const h100 = offerById(offers, "NVIDIA HGX H100:north-america");
    expect(h100).toMatchObject({
      gpuName: "NVIDIA HGX H100",
      gpuCount: 8,
      vramPerGpuGb: 80,
      cpuCores: 128,
      ramGb: 2048,
      storageGb: 61440,
      pricePerHour: 49.24,
      spotPricePerHour: 19.71,
      currency: "USD",
      market: "on_demand",
      region: "north-america",
    });
    const normalized = normalizeOffer(h100);
    expect(normalized).toMatchObject({
      gpuModel: "H100 SXM",
      pricePerGpuHourUsd: 6.155,
      continent: "north_america",
    });
    expect(offerById(offers, "NVIDIA HGX H100:europe").spotPricePerHour).toBe(19.51);
  });

  it("turns spot-only rows (HGX B300, RTX PRO 6000 standard memory) into spot offers", () => {
    expect(offerById(offers, "NVIDIA HGX B300:north-america:spot")).toMatchObject({
      market: "spot",
      pricePerHour: 35.84,
      spotPricePerHour: null,
      gpuCount: 8,
      vramPerGpuGb: 270,
    });
    expect(offerById(offers, "NVIDIA HGX B300:europe:spot").pricePerHour).toBe(36.7);
  });

  it("counts GB200 NVL72 as 4 GPUs ($42/h = the page's $10.50 single-GPU price)", () => {
    const gb200 = offerById(offers, "NVIDIA GB200 NVL72:north-america");
    expect(gb200.gpuCount).toBe(4);
    expect(gb200.pricePerHour / gb200.gpuCount).toBe(10.5);
  });

  it("resolves the page's GPU names: HGX H200, HGX B200, GH200, L40S; bare A100 stays ambiguous", () => {
    const model = (id: string) => normalizeOffer(offerById(offers, id)).gpuModel;
    expect(model("NVIDIA HGX H200:europe")).toBe("H200 SXM");
    expect(model("NVIDIA HGX B200:europe")).toBe("B200");
    expect(model("NVIDIA GH200:north-america")).toBe("GH200");
    expect(model("NVIDIA L40S:north-america")).toBe("L40S");
    expect(normalizeOffer(offerById(offers, "NVIDIA A100:north-america")).gpuIdentity).toBe("ambiguous");
  });
});

describe("Crusoe catalog (crusoe.ai/cloud/pricing, 2026-09-20)", () => {
  const { offers } = crusoeAdapter.parse([]);

  it("lists the published $/GPU-hour rates as one-GPU offers", () => {
    expect(offers.map((o) => [o.gpuName, o.pricePerHour])).toEqual([
      ["NVIDIA H200 141GB HGX", 4.29],
      ["NVIDIA H100 80GB HGX", 3.9],
      ["NVIDIA A100 80GB SXM", 2.3],
      ["NVIDIA A100 80GB PCIe", 2.0],
      ["NVIDIA L40S 48GB", 1.5],
      ["AMD MI300X 192GB", 3.45],
    ]);
    expect(offerById(offers, "NVIDIA H100 80GB HGX:global")).toMatchObject({
      gpuCount: 1,
      vramPerGpuGb: 80,
      region: "global",
    });
    expect(offers.map((o) => normalizeOffer(o).gpuModel)).toEqual([
      "H200 SXM",
      "H100 SXM",
      "A100 SXM 80GB",
      "A100 PCIe 80GB",
      "L40S",
      "MI300X",
    ]);
  });
});

describe("Genesis Cloud catalog (genesiscloud.com/pricing, 2026-05-24)", () => {
  it("lists the single-GPU consumer instances", () => {
    const { offers } = genesiscloudAdapter.parse([]);
    expect(offerById(offers, "1x RTX 4090:global")).toMatchObject({
      gpuName: "RTX 4090",
      gpuCount: 1,
      vramPerGpuGb: 24,
      cpuCores: 8,
      ramGb: 48,
      pricePerHour: 0.55,
      market: "on_demand",
    });
    expect(offers.map((o) => normalizeOffer(o).gpuModel)).toEqual(["RTX 3080", "RTX 3090", "RTX 4090"]);
  });
});

describe("Akash catalog (akash.network/pricing/gpus, 2026-09-20)", () => {
  it("lists marketplace floor prices as community offers", () => {
    const { offers } = akashAdapter.parse([]);
    expect(offers).toHaveLength(26);
    const h100 = offerById(offers, "H100 80GB SXM5:global");
    expect(h100).toMatchObject({ market: "community", gpuCount: 1, vramPerGpuGb: 80, pricePerHour: 2.71 });
    expect(normalizeOffer(h100).gpuModel).toBe("H100 SXM");
    expect(normalizeOffer(offerById(offers, "A100 80GB SXM4:global")).gpuModel).toBe("A100 SXM 80GB");
  });
});

describe("catalogOffers", () => {
  it("throws when a row has neither an on-demand nor a spot price", () => {
    const [first] = crusoePrices.rows;
    if (!first) throw new Error("crusoe table is empty");
    const table: PriceTable = {
      ...crusoePrices,
      rows: [{ ...first, pricePerHour: null, spotPricePerHour: null }],
    };
    expect(() => catalogOffers(table)).toThrow(
      /crusoe: catalog row NVIDIA H200 141GB HGX \(global\) has no price/,
    );
    expect(() =>
      catalogAdapter({ displayName: "x", apiBaseUrl: "x", docsUrl: "x" }, table).parse([]),
    ).toThrow();
  });
});
