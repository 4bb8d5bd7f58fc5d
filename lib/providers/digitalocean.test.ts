import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitaloceanAdapter } from "./digitalocean";
import { normalizeOffer } from "./normalize";
import { type ProviderRequest, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const credentials = { apiToken: "do-token" };

function listRequest(): ProviderRequest {
  const [request] = digitaloceanAdapter.buildRequests(credentials);
  if (!request) throw new Error("no request built");
  return request;
}

function parse(body: unknown) {
  return digitaloceanAdapter.parse([{ request: listRequest(), body }]);
}

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("digitaloceanAdapter requests", () => {
  it("GETs all sizes with the token as Bearer and follows links.pages.next", () => {
    expect(listRequest()).toEqual({
      method: "GET",
      url: "https://api.digitalocean.com/v2/sizes?per_page=500",
      headers: { Authorization: "Bearer do-token", Accept: "application/json" },
    });
    expect(() => digitaloceanAdapter.buildRequests({})).toThrow(/digitalocean: credentials.apiToken/);
    const next = digitaloceanAdapter.nextPage?.({
      request: listRequest(),
      body: fixture("digitalocean.edge-quirks.json"),
    });
    expect(next).toMatchObject({
      method: "GET",
      url: "https://api.digitalocean.com/v2/sizes?page=2&per_page=2",
    });
    expect(
      digitaloceanAdapter.nextPage?.({ request: listRequest(), body: fixture("digitalocean.json") }),
    ).toBeNull();
    const foreign = { sizes: [], links: { pages: { next: "https://example.com/steal" } } };
    expect(digitaloceanAdapter.nextPage?.({ request: listRequest(), body: foreign })).toBeNull();
  });

  it("validates with GET /account and creates a droplet of the offer's size in its region", () => {
    expect(digitaloceanAdapter.validateCredentials?.(credentials).url).toBe(
      "https://api.digitalocean.com/v2/account",
    );
    const offer = offerById(parse(fixture("digitalocean.json")).offers, "gpu-h100x8-640gb:tor1");
    const request = digitaloceanAdapter.bookInstance?.(credentials, offer, {
      name: "train",
      image: "gpu-h100x8-base",
      sshPublicKey: "ssh-ed25519 AAAA",
    });
    expect(request).toMatchObject({ method: "POST", url: "https://api.digitalocean.com/v2/droplets" });
    expect(JSON.parse(request?.body ?? "")).toEqual({
      name: "train",
      region: "tor1",
      size: "gpu-h100x8-640gb",
      image: "gpu-h100x8-base",
      user_data: "#cloud-config\nssh_authorized_keys:\n  - ssh-ed25519 AAAA\n",
    });
    expect(() => digitaloceanAdapter.bookInstance?.(credentials, offer, { name: "x" })).toThrow(
      /options.image/,
    );
  });
});

describe("digitaloceanAdapter.parse (recorded fixture)", () => {
  const { offers, skipped } = parse(fixture("digitalocean.json"));

  it("emits one offer per GPU size and region, skipping CPU droplets", () => {
    expect(skipped).toEqual([{ id: "s-2vcpu-4gb", reason: "no GPU in size" }]);
    expect(offers).toHaveLength(7);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("divides total VRAM by the GPU count and converts MB of RAM", () => {
    const h100x8 = offerById(offers, "gpu-h100x8-640gb:nyc2");
    expect(h100x8).toMatchObject({
      provider: "digitalocean",
      instanceType: "gpu-h100x8-640gb",
      gpuName: "nvidia_h100",
      gpuCount: 8,
      vramPerGpuGb: 80,
      cpuCores: 160,
      ramGb: 1920,
      storageGb: 2046,
      pricePerHour: 23.92,
      spotPricePerHour: null,
      currency: "USD",
      region: "nyc2",
      country: "US",
      market: "on_demand",
      availability: "available",
      source: "api",
    });
    expect(h100x8.pricePerHour / h100x8.gpuCount).toBeCloseTo(2.99, 10);
    expect(offerById(offers, "gpu-h100x1-80gb:tor1")).toMatchObject({
      gpuCount: 1,
      vramPerGpuGb: 80,
      ramGb: 240,
      pricePerHour: 3.39,
      country: "CA",
    });
  });

  it("reads AMD and Ada sizes", () => {
    expect(offerById(offers, "gpu-mi300x8-1536gb:atl1")).toMatchObject({
      gpuName: "amd_mi300x",
      vramPerGpuGb: 192,
      pricePerHour: 15.92,
      country: "US",
    });
    expect(offerById(offers, "gpu-6000adax1-48gb:tor1")).toMatchObject({
      gpuName: "nvidia_rtx6000_ada",
      vramPerGpuGb: 48,
    });
    expect(offerById(offers, "gpu-l40sx1-48gb:tor1")).toMatchObject({
      gpuName: "nvidia_l40s",
      ramGb: 64,
      pricePerHour: 1.57,
    });
  });
});

describe("digitaloceanAdapter.parse (edge cases)", () => {
  const { offers } = parse(fixture("digitalocean.edge-quirks.json"));

  it("keeps unavailable sizes and sizes without regions as sold out", () => {
    expect(offerById(offers, "gpu-h200x8-1128gb:atl1")).toMatchObject({
      availability: "sold_out",
      vramPerGpuGb: 141,
      pricePerHour: 33.92,
    });
    expect(offerById(offers, "gpu-4000adax1-20gb:global")).toMatchObject({
      availability: "sold_out",
      country: null,
      vramPerGpuGb: 20,
    });
  });

  it("throws naming the provider and the path on a wrong shape", () => {
    const bad = {
      sizes: [
        {
          slug: "gpu-x",
          memory: 1024,
          vcpus: 1,
          disk: 10,
          price_hourly: "0.1",
          regions: [],
          available: true,
        },
      ],
    };
    expect(() => parse(bad)).toThrow(/digitalocean: unexpected sizes sizes\.0 payload: price_hourly/);
    expect(() => parse({ droplets: [] })).toThrow(/digitalocean: unexpected sizes payload: sizes/);
  });
});

describe("digitaloceanAdapter.parse properties", () => {
  it("Property 2: per-GPU VRAM × count = the size's total VRAM for every region", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 4, 8),
        fc.constantFrom(20, 48, 80, 141, 192),
        fc.array(fc.constantFrom("nyc2", "tor1", "atl1", "ams3"), { minLength: 1, maxLength: 4 }),
        (count, perGpu, regions) => {
          const size = {
            slug: "gpu-test",
            memory: 65536,
            vcpus: 8,
            disk: 500,
            price_hourly: 1.5 * count,
            regions: [...new Set(regions)],
            available: true,
            gpu_info: { count, vram: { amount: perGpu * count, unit: "gib" }, model: "nvidia_test" },
          };
          const { offers } = parse({ sizes: [size] });
          expect(offers).toHaveLength(size.regions.length);
          for (const offer of offers) {
            expect(rawOfferSchema.safeParse(offer).success).toBe(true);
            expect(offer.vramPerGpuGb).toBe(perGpu);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("digitalocean offers through normalizeOffer", () => {
  const { offers } = parse(fixture("digitalocean.json"));

  it.each([
    ["gpu-mi300x8-1536gb:atl1", "MI300X", 1.99],
    ["gpu-l40sx1-48gb:tor1", "L40S", 1.57],
    ["gpu-6000adax1-48gb:tor1", "RTX 6000 Ada", 1.57],
  ])("resolves %s to %s", (id, gpuModel, pricePerGpuHourUsd) => {
    expect(normalizeOffer(offerById(offers, id))).toMatchObject({
      gpuModel,
      gpuIdentity: "known",
      pricePerGpuHourUsd,
      continent: "north_america",
    });
  });

  it("leaves nvidia_h100 undecided between SXM and PCIe (the payload does not say)", () => {
    expect(normalizeOffer(offerById(offers, "gpu-h100x8-640gb:nyc2"))).toMatchObject({
      gpuModel: null,
      gpuIdentity: "ambiguous",
      vramPerGpuGb: 80,
      pricePerGpuHourUsd: 2.99,
    });
  });
});
