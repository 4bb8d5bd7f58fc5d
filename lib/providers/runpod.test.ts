import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeOffer } from "./normalize";
import { runpodAdapter, runpodPodTypesQuery, runpodPodTypesRequest } from "./runpod";
import { type ProviderRequest, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

/** The request recorded with fixtures/runpod.json (shared/fixtures/index.json). */
const recordedRequest: ProviderRequest = {
  method: "POST",
  url: "https://api.runpod.io/graphql",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({
    query: runpodPodTypesQuery,
    variables: {
      lowestPriceInput: { secureCloud: true, dataCenterId: "US-KS-2", gpuCount: 1, minCudaVersion: "12.8" },
    },
  }),
};

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("runpodAdapter requests", () => {
  it("queries secure and community cloud for 1, 2, 4 and 8 GPUs without a key", () => {
    const requests = runpodAdapter.buildRequests({});
    expect(requests).toHaveLength(8);
    const inputs = requests.map((request) => JSON.parse(request.body ?? "").variables.lowestPriceInput);
    expect(inputs).toEqual([
      { secureCloud: true, gpuCount: 1 },
      { secureCloud: false, gpuCount: 1 },
      { secureCloud: true, gpuCount: 2 },
      { secureCloud: false, gpuCount: 2 },
      { secureCloud: true, gpuCount: 4 },
      { secureCloud: false, gpuCount: 4 },
      { secureCloud: true, gpuCount: 8 },
      { secureCloud: false, gpuCount: 8 },
    ]);
    for (const request of requests) {
      expect(request).toMatchObject({ method: "POST", url: "https://api.runpod.io/graphql" });
      expect(request.headers.Authorization).toBeUndefined();
    }
    expect(runpodAdapter.buildRequests({ apiKey: "rp" })[0]?.headers.Authorization).toBe("Bearer rp");
  });

  it("validates the key with the myself query", () => {
    const request = runpodAdapter.validateCredentials?.({ apiKey: "rp" });
    expect(request?.headers.Authorization).toBe("Bearer rp");
    expect(JSON.parse(request?.body ?? "").query).toContain("myself");
    expect(() => runpodAdapter.validateCredentials?.({})).toThrow(/runpod: credentials.apiKey/);
  });

  it("deploys the offer's GPU type in its datacenter and terminates by pod id", () => {
    const { offers } = runpodAdapter.parse([{ request: recordedRequest, body: fixture("runpod.json") }]);
    const h100 = offerById(offers, "NVIDIA H100 80GB HBM3:US-KS-2:1:secure");
    const book = runpodAdapter.bookInstance?.({ apiKey: "rp" }, h100, {
      name: "train",
      image: "runpod/pytorch:latest",
      sshPublicKey: "ssh-ed25519 AAAA",
    });
    const payload = JSON.parse(book?.body ?? "");
    expect(payload.query).toContain("podFindAndDeployOnDemand(input: $input)");
    expect(payload.variables.input).toMatchObject({
      cloudType: "SECURE",
      gpuTypeId: "NVIDIA H100 80GB HBM3",
      gpuCount: 1,
      dataCenterId: "US-KS-2",
      imageName: "runpod/pytorch:latest",
      env: [{ key: "PUBLIC_KEY", value: "ssh-ed25519 AAAA" }],
    });
    const stop = runpodAdapter.terminate?.({ apiKey: "rp" }, "50qynxzilsxoey");
    expect(JSON.parse(stop?.body ?? "").query).toBe(
      'mutation { podTerminate(input: { podId: "50qynxzilsxoey" }) }',
    );
  });
});

describe("runpodAdapter.parse (recorded fixture: secure cloud, US-KS-2, 1 GPU)", () => {
  const { offers, skipped } = runpodAdapter.parse([
    { request: recordedRequest, body: fixture("runpod.json") },
  ]);

  it("emits one on-demand offer per GPU type", () => {
    expect(skipped).toEqual([]);
    expect(offers).toHaveLength(6);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("keeps RunPod's per-GPU price, VRAM and stock for one GPU", () => {
    expect(offerById(offers, "NVIDIA H100 80GB HBM3:US-KS-2:1:secure")).toMatchObject({
      provider: "runpod",
      instanceType: "NVIDIA H100 80GB HBM3",
      gpuName: "NVIDIA H100 80GB HBM3",
      gpuCount: 1,
      vramPerGpuGb: 80,
      cpuCores: 20,
      ramGb: 125,
      pricePerHour: 2.69,
      spotPricePerHour: 1.75,
      currency: "USD",
      region: "US-KS-2",
      country: "US",
      market: "on_demand",
      availability: "limited",
      source: "api",
    });
    expect(offerById(offers, "NVIDIA GeForce RTX 4090:US-KS-2:1:secure")).toMatchObject({
      pricePerHour: 0.69,
      spotPricePerHour: 0.29,
      availability: "available",
      vramPerGpuGb: 24,
    });
    expect(offerById(offers, "NVIDIA A100 80GB PCIe:US-KS-2:1:secure")).toMatchObject({
      pricePerHour: 1.39,
      availability: "available",
    });
  });

  it("treats stockStatus null as sold out and a null bid as no spot price", () => {
    expect(offerById(offers, "NVIDIA H200:US-KS-2:1:secure")).toMatchObject({
      availability: "sold_out",
      pricePerHour: 3.59,
      spotPricePerHour: null,
      country: null,
      cpuCores: null,
      vramPerGpuGb: 141,
    });
    expect(offerById(offers, "NVIDIA B200:US-KS-2:1:secure")).toMatchObject({
      pricePerHour: 5.99,
      spotPricePerHour: null,
      availability: "limited",
    });
  });

  it("multiplies per-GPU prices by the queried gpuCount", () => {
    const request = runpodPodTypesRequest({}, { secureCloud: true, gpuCount: 8 });
    const eight = runpodAdapter.parse([{ request, body: fixture("runpod.json") }]).offers;
    const h100 = offerById(eight, "NVIDIA H100 80GB HBM3:US:8:secure");
    expect(h100.gpuCount).toBe(8);
    expect(h100.pricePerHour).toBeCloseTo(21.52, 10);
    expect(h100.spotPricePerHour).toBeCloseTo(14, 10);
    expect(h100.pricePerHour / h100.gpuCount).toBeCloseTo(2.69, 10);
    // no location in the query: the lowest price's country is the region, sold-out rows are global
    expect(h100.region).toBe("US");
    expect(offerById(eight, "NVIDIA H200:global:8:secure").availability).toBe("sold_out");
  });
});

describe("runpodAdapter.parse (community cloud edge cases)", () => {
  const request = runpodPodTypesRequest({}, { secureCloud: false, countryCode: "CA", gpuCount: 4 });
  const { offers, skipped } = runpodAdapter.parse([{ request, body: fixture("runpod.edge-community.json") }]);

  it("prices community cloud as market community with stock Low = limited", () => {
    const rtx4090 = offerById(offers, "NVIDIA GeForce RTX 4090:CA:4:community");
    expect(rtx4090).toMatchObject({
      market: "community",
      availability: "limited",
      region: "CA",
      country: "CA",
    });
    expect(rtx4090.pricePerHour).toBeCloseTo(1.36, 10);
    expect(rtx4090.spotPricePerHour).toBeCloseTo(0.8, 10);
  });

  it("falls back to uninterruptablePrice and maps unknown stock words to unknown", () => {
    const mi300x = offerById(offers, "AMD Instinct MI300X OAM:CA:4:community");
    expect(mi300x.pricePerHour).toBeCloseTo(6.56, 10);
    expect(mi300x).toMatchObject({ availability: "unknown", vramPerGpuGb: 192 });
  });

  it("skips types without a community price and counts above maxGpuCount", () => {
    expect(skipped).toEqual([
      { id: "NVIDIA B200:4", reason: "no community cloud price" },
      { id: "NVIDIA RTX A5000:4", reason: "gpuCount 4 exceeds maxGpuCount" },
    ]);
  });

  it("throws naming the provider and the path on a wrong shape", () => {
    expect(() =>
      runpodAdapter.parse([{ request, body: { data: { gpuTypes: [{ id: "X", memoryInGb: "24" }] } } }]),
    ).toThrow(/runpod: unexpected gpuTypes data\.gpuTypes\.0 payload: displayName/);
    expect(() => runpodAdapter.parse([{ request, body: { errors: [{ message: "rate limited" }] } }])).toThrow(
      /runpod: unexpected gpuTypes payload: data/,
    );
    expect(() =>
      runpodAdapter.parse([{ request: { ...request, body: "{}" }, body: fixture("runpod.json") }]),
    ).toThrow(/runpod: unexpected request payload: variables/);
  });
});

describe("runpodAdapter.parse properties", () => {
  it("Property 2: instance price = per-GPU price × gpuCount for any count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        fc.boolean(),
        (gpuCount, perGpuPrice, secureCloud) => {
          const request = runpodPodTypesRequest({}, { secureCloud, gpuCount });
          const gpu = {
            id: "NVIDIA L40S",
            displayName: "L40S",
            memoryInGb: 48,
            maxGpuCount: 8,
            securePrice: perGpuPrice,
            communityPrice: perGpuPrice,
            lowestPrice: { minimumBidPrice: null, stockStatus: "High", countryCode: "US" },
          };
          const { offers } = runpodAdapter.parse([{ request, body: { data: { gpuTypes: [gpu] } } }]);
          const [offer] = offers;
          expect(rawOfferSchema.safeParse(offer).success).toBe(true);
          expect(offer?.pricePerHour).toBeCloseTo(perGpuPrice * gpuCount, 9);
          expect(offer?.market).toBe(secureCloud ? "on_demand" : "community");
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("runpod offers through normalizeOffer", () => {
  const { offers } = runpodAdapter.parse([{ request: recordedRequest, body: fixture("runpod.json") }]);

  it.each([
    ["NVIDIA H100 80GB HBM3:US-KS-2:1:secure", "H100 SXM", 2.69],
    ["NVIDIA A100 80GB PCIe:US-KS-2:1:secure", "A100 PCIe 80GB", 1.39],
    ["NVIDIA GeForce RTX 4090:US-KS-2:1:secure", "RTX 4090", 0.69],
    ["NVIDIA H200:US-KS-2:1:secure", "H200 SXM", 3.59],
    ["NVIDIA L40S:US-KS-2:1:secure", "L40S", 0.86],
    ["NVIDIA B200:US-KS-2:1:secure", "B200", 5.99],
  ])("resolves %s to %s", (id, gpuModel, pricePerGpuHourUsd) => {
    expect(normalizeOffer(offerById(offers, id))).toMatchObject({
      gpuModel,
      gpuIdentity: "known",
      pricePerGpuHourUsd,
      continent: "north_america",
    });
  });

  it("resolves AMD ids and keeps the per-GPU price of multi-GPU offers", () => {
    const request = runpodPodTypesRequest({}, { secureCloud: false, countryCode: "CA", gpuCount: 4 });
    const community = runpodAdapter.parse([{ request, body: fixture("runpod.edge-community.json") }]).offers;
    expect(normalizeOffer(offerById(community, "AMD Instinct MI300X OAM:CA:4:community"))).toMatchObject({
      gpuModel: "MI300X",
      pricePerHourUsd: 6.56,
      pricePerGpuHourUsd: 1.64,
      spotPricePerHourUsd: 4.4,
    });
  });
});
