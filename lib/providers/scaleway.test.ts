import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeOffer } from "./normalize";
import { scalewayAdapter, scalewayDefaultZones, scalewayInstanceId } from "./scaleway";
import { type ProviderResponse, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const fx = { EUR: 1.1, GBP: 1.25 };

/** Answers each zone's servers request with `servers` and its availability request with `availability`. */
function responsesFor(zones: string, servers: string, availability: string): ProviderResponse[] {
  return scalewayAdapter.buildRequests({ secretKey: "scw-secret", zones }).map((request) => ({
    request,
    body: fixture(request.url.includes("/availability") ? availability : servers),
  }));
}

function byId(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("scalewayAdapter requests", () => {
  it("queries server types and availability in each zone with X-Auth-Token", () => {
    const requests = scalewayAdapter.buildRequests({ secretKey: "scw-secret" });
    expect(scalewayDefaultZones).toEqual(["fr-par-1", "fr-par-2"]);
    expect(requests.map((request) => request.url)).toEqual([
      "https://api.scaleway.com/instance/v1/zones/fr-par-1/products/servers?per_page=100&page=1",
      "https://api.scaleway.com/instance/v1/zones/fr-par-1/products/servers/availability",
      "https://api.scaleway.com/instance/v1/zones/fr-par-2/products/servers?per_page=100&page=1",
      "https://api.scaleway.com/instance/v1/zones/fr-par-2/products/servers/availability",
    ]);
    for (const request of requests) expect(request.headers["X-Auth-Token"]).toBe("scw-secret");
    expect(scalewayAdapter.validateCredentials?.({ secretKey: "s", zones: "nl-ams-1" }).url).toBe(
      "https://api.scaleway.com/instance/v1/zones/nl-ams-1/products/servers?per_page=1&page=1",
    );
    expect(() => scalewayAdapter.buildRequests({})).toThrow(/scaleway: credentials.secretKey/);
  });

  it("pages server types against total_count", () => {
    const [serversRequest, availabilityRequest] = scalewayAdapter.buildRequests({
      secretKey: "s",
      zones: "fr-par-2",
    });
    if (!serversRequest || !availabilityRequest) throw new Error("requests missing");
    const next = scalewayAdapter.nextPage?.({
      request: serversRequest,
      body: fixture("scaleway.edge-quirks.json"),
    });
    expect(next?.url).toBe(
      "https://api.scaleway.com/instance/v1/zones/fr-par-2/products/servers?per_page=100&page=2",
    );
    expect(next?.headers["X-Auth-Token"]).toBe("s");
    expect(
      scalewayAdapter.nextPage?.({ request: serversRequest, body: fixture("scaleway.json") }),
    ).toBeNull();
    expect(
      scalewayAdapter.nextPage?.({
        request: availabilityRequest,
        body: fixture("scaleway.availability.json"),
      }),
    ).toBeNull();
  });

  it("creates a server in the offer's zone and terminates through the action endpoint", () => {
    const { offers } = scalewayAdapter.parse(
      responsesFor("fr-par-2", "scaleway.json", "scaleway.availability.json"),
    );
    const offer = byId(offers, "L4-1-24G@fr-par-2");
    const credentials = { secretKey: "s", projectId: "proj-uuid" };
    const request = scalewayAdapter.bookInstance?.(credentials, offer, { name: "job-4" });
    expect(request?.url).toBe("https://api.scaleway.com/instance/v1/zones/fr-par-2/servers");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      name: "job-4",
      commercial_type: "L4-1-24G",
      image: "ubuntu_jammy_gpu_os_12",
      project: "proj-uuid",
    });
    expect(() => scalewayAdapter.bookInstance?.({ secretKey: "s" }, offer, { name: "x" })).toThrow(
      /projectId/,
    );
    const terminate = scalewayAdapter.terminate?.(credentials, scalewayInstanceId("fr-par-2", "0b7e-11ee"));
    expect(terminate).toMatchObject({
      method: "POST",
      url: "https://api.scaleway.com/instance/v1/zones/fr-par-2/servers/0b7e-11ee/action",
      body: JSON.stringify({ action: "terminate" }),
    });
    expect(() => scalewayAdapter.terminate?.(credentials, "0b7e-11ee")).toThrow(/<zone>\/<server id>/);
  });
});

describe("scalewayAdapter.parse (fixtures)", () => {
  const { offers, skipped } = scalewayAdapter.parse(
    responsesFor("fr-par-2", "scaleway.json", "scaleway.availability.json"),
  );

  it("keeps the GPU server types of the zone and skips CPU types", () => {
    expect(offers.map((offer) => offer.externalId)).toEqual([
      "H100-1-80G@fr-par-2",
      "H100-2-80G@fr-par-2",
      "L4-1-24G@fr-par-2",
      "L40S-1-48G@fr-par-2",
    ]);
    expect(skipped).toEqual([{ id: "PRO2-XXS@fr-par-2", reason: "no GPU" }]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("converts bytes to GiB/GB and keeps EUR prices", () => {
    const h100 = byId(offers, "H100-1-80G@fr-par-2");
    expect(h100).toMatchObject({
      provider: "scaleway",
      instanceType: "H100-1-80G",
      gpuName: "H100",
      gpuCount: 1,
      vramPerGpuGb: 80,
      cpuCores: 24,
      ramGb: 240,
      storageGb: 3000,
      pricePerHour: 2.73,
      spotPricePerHour: null,
      currency: "EUR",
      region: "fr-par-2",
      country: "FR",
      market: "on_demand",
      availability: "limited",
      source: "api",
    });
    expect(normalizeOffer(h100, { fx })).toMatchObject({ pricePerHourUsd: 3.003, continent: "europe" });
  });

  it("maps shortage to sold out and divides per GPU after conversion", () => {
    const h100x2 = byId(offers, "H100-2-80G@fr-par-2");
    expect(h100x2).toMatchObject({
      gpuCount: 2,
      ramGb: 480,
      storageGb: 6000,
      pricePerHour: 5.46,
      availability: "sold_out",
    });
    expect(normalizeOffer(h100x2, { fx }).pricePerGpuHourUsd).toBeCloseTo(3.003, 6);
  });

  it("resolves L4 and L40S and treats a zero scratch size as no local storage", () => {
    const l4 = byId(offers, "L4-1-24G@fr-par-2");
    expect(l4).toMatchObject({ vramPerGpuGb: 24, ramGb: 48, storageGb: null, availability: "available" });
    expect(normalizeOffer(l4, { fx })).toMatchObject({ gpuModel: "L4", pricePerHourUsd: 0.825 });
    const l40s = byId(offers, "L40S-1-48G@fr-par-2");
    expect(l40s).toMatchObject({ vramPerGpuGb: 48, ramGb: 96, storageGb: 1600 });
    expect(normalizeOffer(l40s, { fx })).toMatchObject({ gpuModel: "L40S", pricePerHourUsd: 1.54 });
  });

  it("keeps each zone's offers apart", () => {
    const both = scalewayAdapter.parse(
      responsesFor("fr-par-2,nl-ams-1", "scaleway.json", "scaleway.availability.json"),
    );
    expect(both.offers).toHaveLength(8);
    expect(byId(both.offers, "L4-1-24G@nl-ams-1")).toMatchObject({ region: "nl-ams-1", country: "NL" });
  });
});

describe("scalewayAdapter.parse (edge variants)", () => {
  const { offers, skipped } = scalewayAdapter.parse(
    responsesFor("fr-par-2", "scaleway.edge-quirks.json", "scaleway.edge-availability.json"),
  );

  it("skips end-of-service types and GPU types without gpu_info", () => {
    expect(skipped).toEqual([
      { id: "GPU-3070-S@fr-par-2", reason: "end of service" },
      { id: "RENDER-S@fr-par-2", reason: "GPU type without gpu_info" },
    ]);
  });

  it("reads an 8-GPU SXM type whose availability is not listed as unknown", () => {
    const sxm = byId(offers, "H100-SXM-8-80G@fr-par-2");
    expect(sxm).toMatchObject({
      gpuName: "H100-SXM",
      gpuCount: 8,
      vramPerGpuGb: 80,
      ramGb: 960,
      storageGb: null,
      availability: "unknown",
    });
    const normalized = normalizeOffer(sxm, { fx });
    expect(normalized.gpuModel).toBe("H100 SXM");
    expect(normalized.pricePerGpuHourUsd).toBeCloseTo((23.028 * 1.1) / 8, 6);
  });

  it("rejects a servers list instead of a map", () => {
    const [request] = scalewayAdapter.buildRequests({ secretKey: "s", zones: "fr-par-2" });
    if (!request) throw new Error("no request");
    expect(() => scalewayAdapter.parse([{ request, body: { servers: [], total_count: 0 } }])).toThrow(
      /scaleway: unexpected fr-par-2 products\/servers payload: servers/,
    );
  });
});
