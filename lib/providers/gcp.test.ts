import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gcpAdapter } from "./gcp";
import { normalizeOffer } from "./normalize";
import { type ProviderRequest, type ProviderResponse, type RawOffer, rawOfferSchema } from "./types";

/**
 * gcp.json / gcp.machineTypes.json are the shared real-format fixtures (providers.md §16; the A100,
 * A2 core and A2 RAM SKUs reproduce opencost's recorded sample). Our variants:
 * gcp.edge-page2.json — the last SKU page (empty nextPageToken) with A3 core/RAM, preemptible G2
 * core/RAM, an IDR-priced SKU, a commitment SKU, a sole-tenancy SKU and a GPU SKU with a wrong
 * usage unit; gcp.machineTypes.edge-us-east4-a.json — the same shapes listed in a second zone.
 * Variant prices are illustrative test values, not published prices.
 */
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const credentials = { apiKey: "k-123", accessToken: "ya29.token", projectId: "demo-project" };
const skuUrl = "https://cloudbilling.googleapis.com/v1/services/6F81-5844-456A/skus?pageSize=5000&key=k-123";
const machineTypesUrl = (zone: string) =>
  `https://compute.googleapis.com/compute/v1/projects/demo-project/zones/${zone}/machineTypes?maxResults=500`;

function response(url: string, name: string): ProviderResponse {
  const request: ProviderRequest = { method: "GET", url, headers: {} };
  return { request, body: fixture(name) };
}

const sharedResponses = [
  response(skuUrl, "gcp.json"),
  response(machineTypesUrl("us-central1-a"), "gcp.machineTypes.json"),
];

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("gcpAdapter requests", () => {
  it("lists the billing SKUs with the API key and each zone's machineTypes with the OAuth token", () => {
    const requests = gcpAdapter.buildRequests({ ...credentials, zones: "us-central1-a, europe-west4-b" });
    expect(requests).toEqual([
      { method: "GET", url: skuUrl, headers: { Accept: "application/json" } },
      {
        method: "GET",
        url: machineTypesUrl("us-central1-a"),
        headers: { Authorization: "Bearer ya29.token", Accept: "application/json" },
      },
      {
        method: "GET",
        url: machineTypesUrl("europe-west4-b"),
        headers: { Authorization: "Bearer ya29.token", Accept: "application/json" },
      },
    ]);
    expect(gcpAdapter.buildRequests(credentials)).toHaveLength(6);
    expect(() => gcpAdapter.buildRequests({ apiKey: "k" })).toThrow(
      /gcp: machineTypes needs credentials.accessToken/,
    );
    expect(gcpAdapter.validateCredentials?.({ accessToken: "t" })).toEqual({
      method: "GET",
      url: "https://cloudbilling.googleapis.com/v1/services/6F81-5844-456A/skus?pageSize=1",
      headers: { Accept: "application/json", Authorization: "Bearer t" },
    });
    expect(() => gcpAdapter.validateCredentials?.({})).toThrow(
      /gcp: credentials.apiKey or credentials.accessToken/,
    );
  });

  it("follows nextPageToken and stops on an empty or absent token", () => {
    const first = response(skuUrl, "gcp.json");
    const next = gcpAdapter.nextPage?.(first);
    expect(next?.method).toBe("GET");
    const url = new URL(next?.url ?? "");
    expect(url.searchParams.get("key")).toBe("k-123");
    expect(url.searchParams.get("pageToken")).toBe(
      "APKCS1HVa0YpwgyTFbqbJ1eGwzKZmsPwLqzMZPTSNia5ck1Hc54Tx_Kz3oBxwSnRIdGVxXoSPdf-XlDpyNBf4QuxKcIEgtrQ1LDLWAgZowI0ns7HjrGta2s=",
    );
    expect(gcpAdapter.nextPage?.(response(skuUrl, "gcp.edge-page2.json"))).toBeNull();
    expect(
      gcpAdapter.nextPage?.(response(machineTypesUrl("us-central1-a"), "gcp.machineTypes.json")),
    ).toBeNull();
  });

  it("inserts a GPU VM in the offer's zone with TERMINATE on host maintenance", () => {
    const offer = offerById(gcpAdapter.parse(sharedResponses).offers, "g2-standard-4:us-central1-a");
    const request = gcpAdapter.bookInstance?.(credentials, offer, {
      name: "job-1",
      sshPublicKey: "ssh-ed25519 AAA",
    });
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe(
      "https://compute.googleapis.com/compute/v1/projects/demo-project/zones/us-central1-a/instances",
    );
    expect(request?.headers.Authorization).toBe("Bearer ya29.token");
    const body = JSON.parse(request?.body ?? "{}");
    expect(body.machineType).toBe("zones/us-central1-a/machineTypes/g2-standard-4");
    expect(body.scheduling).toEqual({ onHostMaintenance: "TERMINATE", automaticRestart: true });
    expect(body.metadata.items).toEqual([{ key: "ssh-keys", value: "gpubroker:ssh-ed25519 AAA" }]);
    expect(gcpAdapter.terminate).toBeUndefined();
  });
});

describe("gcpAdapter.parse (shared fixtures)", () => {
  const { offers, skipped } = gcpAdapter.parse(sharedResponses);

  it("sums GPU + core + RAM SKUs per machine type: a2-highgpu-1g = $3.673385/h", () => {
    expect(offers.map((o) => o.externalId).sort()).toEqual([
      "a2-highgpu-1g:us-central1-a",
      "a2-highgpu-8g:us-central1-a",
      "g2-standard-4:us-central1-a",
    ]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
    expect(offerById(offers, "a2-highgpu-1g:us-central1-a")).toMatchObject({
      provider: "gcp",
      instanceType: "a2-highgpu-1g",
      gpuName: "nvidia-tesla-a100",
      gpuCount: 1,
      vramPerGpuGb: 40,
      cpuCores: 12,
      ramGb: 85,
      pricePerHour: 3.673385,
      spotPricePerHour: null,
      currency: "USD",
      region: "us-central1",
      country: "US",
      market: "on_demand",
      availability: "unknown",
      source: "api",
    });
  });

  it("prices the 8-GPU A2 and the L4 G2 shapes ($29.38708/h = $3.673385/GPU-h, $0.707103/h)", () => {
    const a2x8 = offerById(offers, "a2-highgpu-8g:us-central1-a");
    expect(a2x8).toMatchObject({ gpuCount: 8, cpuCores: 96, ramGb: 680, pricePerHour: 29.38708 });
    expect(a2x8.pricePerHour / a2x8.gpuCount).toBeCloseTo(3.673385, 9);
    expect(offerById(offers, "g2-standard-4:us-central1-a")).toMatchObject({
      gpuName: "nvidia-l4",
      gpuCount: 1,
      vramPerGpuGb: 24,
      cpuCores: 4,
      ramGb: 16,
      pricePerHour: 0.707103,
    });
  });

  it("explains every shape it cannot price, including spot without preemptible core/RAM SKUs", () => {
    expect(Object.fromEntries(skipped.map((s) => [s.id, s.reason]))).toEqual({
      "a2-highgpu-1g:us-central1-a:spot":
        "no spot SKU for nvidia-tesla-a100 GPU, A2 core, A2 RAM in us-central1",
      "a2-highgpu-8g:us-central1-a:spot":
        "no spot SKU for nvidia-tesla-a100 GPU, A2 core, A2 RAM in us-central1",
      "g2-standard-4:us-central1-a:spot": "no spot SKU for G2 core, G2 RAM in us-central1",
      "a3-highgpu-8g:us-central1-a": "no on_demand SKU for A3 core, A3 RAM in us-central1",
      "a3-highgpu-8g:us-central1-a:spot":
        "no spot SKU for nvidia-h100-80gb GPU, A3 core, A3 RAM in us-central1",
      "n1-standard-8:us-central1-a": "no GPU accelerator",
    });
  });
});

describe("gcpAdapter.parse (second page and second zone)", () => {
  const { offers, skipped } = gcpAdapter.parse([
    ...sharedResponses,
    response(`${skuUrl}&pageToken=APKCS1`, "gcp.edge-page2.json"),
    response(machineTypesUrl("us-east4-a"), "gcp.machineTypes.edge-us-east4-a.json"),
  ]);

  it("prices a3-highgpu-8g once the A3 core/RAM SKUs arrive: 8× H100 80GB at $89.80104/h", () => {
    expect(offerById(offers, "a3-highgpu-8g:us-central1-a")).toMatchObject({
      gpuName: "nvidia-h100-80gb",
      gpuCount: 8,
      vramPerGpuGb: 80,
      cpuCores: 208,
      ramGb: 1872,
      pricePerHour: 89.80104,
      market: "on_demand",
    });
    expect(offerById(offers, "a3-highgpu-8g:us-east4-a")).toMatchObject({
      region: "us-east4",
      pricePerHour: 89.80104,
    });
  });

  it("emits the preemptible G2 shape as a separate spot offer", () => {
    expect(offerById(offers, "g2-standard-4:us-central1-a:spot")).toMatchObject({
      instanceType: "g2-standard-4",
      gpuName: "nvidia-l4",
      market: "spot",
      pricePerHour: 0.28228,
      spotPricePerHour: null,
    });
    expect(offerById(offers, "g2-standard-4:us-east4-a")).toMatchObject({
      region: "us-east4",
      pricePerHour: 0.707103,
    });
  });

  it("skips the IDR SKU, the wrong-unit SKU and A100 shapes in a region without A100 SKUs", () => {
    const reasons = Object.fromEntries(skipped.map((s) => [s.id, s.reason]));
    expect(reasons["sku:E1T4-IDR0-0005"]).toBe("currency IDR not supported");
    expect(reasons["sku:E1L4-BADU-0008"]).toBe('unexpected usage unit "GiBy.h" or no rate');
    expect(reasons["a2-highgpu-1g:us-east4-a"]).toBe(
      "no on_demand SKU for nvidia-tesla-a100 GPU, A2 core, A2 RAM in us-east4",
    );
    expect(Object.keys(reasons).some((id) => id.includes("E1A2-CM1Y") || id.includes("E1A2-SOLE"))).toBe(
      false,
    );
    const ids = offers.map((o) => o.externalId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("gcpAdapter offers through normalizeOffer", () => {
  it("resolve GCP accelerator types to canonical models", () => {
    const { offers } = gcpAdapter.parse([
      ...sharedResponses,
      response(`${skuUrl}&pageToken=APKCS1`, "gcp.edge-page2.json"),
    ]);
    const model = (id: string) => {
      const normalized = normalizeOffer(offerById(offers, id));
      return [normalized.gpuModel, normalized.vramPerGpuGb, normalized.pricePerGpuHourUsd];
    };
    expect(model("a2-highgpu-8g:us-central1-a")).toEqual(["A100 SXM 40GB", 40, 3.673385]);
    expect(model("g2-standard-4:us-central1-a")).toEqual(["L4", 24, 0.707103]);
    expect(model("g2-standard-4:us-central1-a:spot")).toEqual(["L4", 24, 0.28228]);
    expect(model("a3-highgpu-8g:us-central1-a")).toEqual(["H100 SXM", 80, 11.22513]);
  });
});

describe("gcpAdapter.parse (wrong shapes)", () => {
  it("throws naming the provider, the endpoint and the path", () => {
    const bad = {
      skus: [{ skuId: "X", description: "d", category: {}, serviceRegions: [], pricingInfo: [] }],
    };
    expect(() =>
      gcpAdapter.parse([{ request: { method: "GET", url: skuUrl, headers: {} }, body: bad }]),
    ).toThrow(/gcp: unexpected Cloud Billing skus payload: skus\.0\.category\.resourceFamily/);
    const badMachines = {
      items: [{ name: "a2-highgpu-1g", zone: "us-central1-a", guestCpus: "12", memoryMb: 1 }],
    };
    expect(() =>
      gcpAdapter.parse([
        { request: { method: "GET", url: machineTypesUrl("us-central1-a"), headers: {} }, body: badMachines },
      ]),
    ).toThrow(/gcp: unexpected Compute machineTypes payload: items\.0\.guestCpus/);
  });
});
