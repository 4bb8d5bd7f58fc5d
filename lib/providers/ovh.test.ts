import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeOffer } from "./normalize";
import { ovhAdapter, ovhUnknownRegion } from "./ovh";
import { type Credentials, type ProviderResponse, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const fx = { EUR: 1.1, GBP: 1.25 };

/** Builds the requests for `credentials` and answers them with the catalog (and flavor) fixtures. */
function parse(credentials: Credentials, catalog: string, flavors?: string) {
  const responses: ProviderResponse[] = ovhAdapter.buildRequests(credentials).map((request) => ({
    request,
    body: fixture(request.url.endsWith("/flavor") ? (flavors ?? "missing") : catalog),
  }));
  return ovhAdapter.parse(responses);
}

function byId(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("ovhAdapter requests", () => {
  it("reads the public catalog of the subsidiary on its API host", () => {
    expect(ovhAdapter.buildRequests({})).toEqual([
      {
        method: "GET",
        url: "https://api.us.ovhcloud.com/1.0/order/catalog/public/cloud?ovhSubsidiary=US",
        headers: { Accept: "application/json" },
      },
    ]);
    expect(ovhAdapter.buildRequests({ subsidiary: "ie" })[0]?.url).toBe(
      "https://eu.api.ovh.com/1.0/order/catalog/public/cloud?ovhSubsidiary=IE",
    );
    expect(ovhAdapter.info.credentialKeys).toEqual([]);
  });

  it("adds the project's flavor list when a service-account token is configured", () => {
    const requests = ovhAdapter.buildRequests({ accessToken: "oauth-token", projectId: "a1b2c3" });
    expect(requests[1]).toEqual({
      method: "GET",
      url: "https://api.us.ovhcloud.com/1.0/cloud/project/a1b2c3/flavor",
      headers: { Authorization: "Bearer oauth-token", Accept: "application/json" },
    });
    expect(ovhAdapter.validateCredentials?.({ accessToken: "oauth-token", projectId: "a1b2c3" }).url).toBe(
      "https://api.us.ovhcloud.com/1.0/cloud/project/a1b2c3/region",
    );
    expect(() => ovhAdapter.validateCredentials?.({ projectId: "a1b2c3" })).toThrow(/accessToken/);
    expect(ovhAdapter.bookInstance).toBeUndefined();
  });
});

describe("ovhAdapter.parse (US catalog fixture)", () => {
  const { offers, skipped } = parse({}, "ovh.json");

  it("keeps the hourly Linux GPU flavors and skips the CPU flavor", () => {
    expect(offers.map((offer) => offer.externalId)).toEqual([
      "US:h100-380@global",
      "US:a100-180@global",
      "US:a10-45@global",
      "US:l40s-90@global",
      "US:t1-45@global",
    ]);
    expect(skipped).toEqual([{ id: "US:b3-8.consumption", reason: "no GPU" }]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("divides micro-cents by 1e8 in the catalog currency", () => {
    const h100 = byId(offers, "US:h100-380@global");
    expect(h100).toMatchObject({
      provider: "ovh",
      instanceType: "h100-380",
      gpuName: "H100",
      gpuCount: 1,
      vramPerGpuGb: 80,
      cpuCores: 30,
      ramGb: 380,
      storageGb: 200,
      pricePerHour: 2.99,
      spotPricePerHour: null,
      currency: "USD",
      region: ovhUnknownRegion,
      country: null,
      market: "on_demand",
      availability: "unknown",
    });
    expect(byId(offers, "US:a100-180@global")).toMatchObject({ pricePerHour: 3.07, vramPerGpuGb: 80 });
    expect(normalizeOffer(byId(offers, "US:a10-45@global"))).toMatchObject({
      gpuModel: "A10",
      pricePerHourUsd: 0.76,
    });
    expect(normalizeOffer(byId(offers, "US:l40s-90@global"))).toMatchObject({
      gpuModel: "L40S",
      pricePerHourUsd: 1.4,
    });
  });

  it("keeps the blob's GPU model string (Tesla V100)", () => {
    const v100 = byId(offers, "US:t1-45@global");
    expect(v100).toMatchObject({ gpuName: "Tesla V100", vramPerGpuGb: 16, pricePerHour: 1.97 });
    expect(normalizeOffer(v100).gpuModel).toBe("V100 SXM2 16GB");
  });
});

describe("ovhAdapter.parse (subsidiaries and currencies)", () => {
  it("prices an EUR subsidiary in EUR, one offer per catalog region", () => {
    const { offers } = parse({ subsidiary: "IE" }, "ovh.edge-eur-subsidiary.json");
    expect(offers.map((offer) => [offer.externalId, offer.country])).toEqual([
      ["IE:h100-380@GRA11", "FR"],
      ["IE:h100-380@BHS5", "CA"],
      ["IE:h100-380@EU-WEST-PAR", "FR"],
      ["IE:l40s-90@global", null],
    ]);
    const gra = byId(offers, "IE:h100-380@GRA11");
    expect(gra).toMatchObject({ currency: "EUR", pricePerHour: 2.8 });
    expect(normalizeOffer(gra, { fx })).toMatchObject({ pricePerHourUsd: 3.08, continent: "europe" });
    expect(byId(offers, "IE:l40s-90@global")).toMatchObject({ currency: "EUR", pricePerHour: 1.3 });
  });

  it("prices the GB subsidiary in GBP", () => {
    const { offers } = parse({ subsidiary: "GB" }, "ovh.edge-gbp-subsidiary.json");
    const l40s = byId(offers, "GB:l40s-90@global");
    expect(l40s).toMatchObject({ currency: "GBP", pricePerHour: 1.12 });
    expect(normalizeOffer(l40s, { fx })).toMatchObject({ gpuModel: "L40S", pricePerHourUsd: 1.4 });
  });

  it("skips a catalog in a currency the offer schema does not carry", () => {
    const { offers, skipped } = parse({ subsidiary: "CA" }, "ovh.edge-cad-subsidiary.json");
    expect(offers).toEqual([]);
    expect(skipped).toEqual([
      { id: "CA:l40s-90.consumption", reason: "catalog currency CAD is not supported" },
    ]);
  });
});

describe("ovhAdapter.parse (edge variants)", () => {
  it("derives GPU count and memory from the flavor name when the blob is incomplete", () => {
    const { offers } = parse({}, "ovh.edge-quirks.json");
    const h100x4 = byId(offers, "US:h100-1520@global");
    expect(h100x4).toMatchObject({
      gpuName: "H100",
      gpuCount: 4,
      vramPerGpuGb: 80,
      cpuCores: 120,
      ramGb: 1520,
    });
    expect(h100x4.pricePerHour).toBeCloseTo(11.96, 10);
    expect(normalizeOffer(h100x4).pricePerGpuHourUsd).toBeCloseTo(2.99, 10);
    const l40sx2 = byId(offers, "US:l40s-180@global");
    expect(l40sx2).toMatchObject({ gpuName: "L40S", gpuCount: 2, vramPerGpuGb: 48, pricePerHour: 2.8 });
    expect(offers).toHaveLength(2);
  });

  it("skips Windows, monthly, inactive and Local-Zone/3-AZ plan variants; ignores non-instance addons", () => {
    const { skipped } = parse({}, "ovh.edge-quirks.json");
    expect(skipped).toEqual([
      { id: "US:win-l40s-90.consumption", reason: "os family windows" },
      { id: "US:l40s-90.monthly.postpaid", reason: "not a plain hourly (.consumption) plan" },
      { id: "US:t2-45.consumption", reason: "not tagged active" },
      { id: "US:l40s-90.consumption.LZ.EU", reason: "not a plain hourly (.consumption) plan" },
      { id: "US:l40s-90.consumption.3AZ", reason: "not a plain hourly (.consumption) plan" },
    ]);
  });

  it("takes regions and stock from the project's Linux flavors when the catalog names none", () => {
    const { offers } = parse({ accessToken: "t", projectId: "p" }, "ovh.json", "ovh.edge-flavors.json");
    const h100 = offers.filter((offer) => offer.instanceType === "h100-380");
    expect(h100.map((offer) => [offer.region, offer.availability])).toEqual([
      ["US-EAST-VA-1", "available"],
      ["US-WEST-OR-1", "sold_out"],
    ]);
    expect(byId(offers, "US:l40s-90@US-EAST-VA-1").availability).toBe("unknown");
    expect(byId(offers, "US:a10-45@global").region).toBe(ovhUnknownRegion);
  });

  it("rejects a catalog whose price is not a number", () => {
    const [request] = ovhAdapter.buildRequests({});
    if (!request) throw new Error("no request");
    const body = {
      locale: { currencyCode: "USD" },
      addons: [{ planCode: "x.consumption", invoiceName: "x", pricings: [{ price: "1" }] }],
    };
    expect(() => ovhAdapter.parse([{ request, body }])).toThrow(
      /ovh: unexpected order\/catalog\/public\/cloud payload: addons\.0\.pricings\.0\.price/,
    );
  });
});
