import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeOffer } from "./normalize";
import { tensordockAdapter } from "./tensordock";
import { type ProviderRequest, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const credentials = { apiToken: "td-token" };

function listRequest(): ProviderRequest {
  const [request] = tensordockAdapter.buildRequests(credentials);
  if (!request) throw new Error("no request built");
  return request;
}

function parse(body: unknown) {
  return tensordockAdapter.parse([{ request: listRequest(), body }]);
}

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

const chubbuck = "6d1b0e4a-2f52-4c4e-9a61-3f1c7f0d2a11";
const joplin = "b7e0f3c2-91d4-4d6b-8c2e-0a9f5e7d1c33";
const frankfurt = "e2c94a1f-5b7d-4f0e-b3a8-7d6c2e1f9b44";

describe("tensordockAdapter requests", () => {
  it("GETs v2 locations with the token as Bearer", () => {
    expect(listRequest()).toEqual({
      method: "GET",
      url: "https://dashboard.tensordock.com/api/v2/locations",
      headers: { Authorization: "Bearer td-token", Accept: "application/json" },
    });
    expect(() => tensordockAdapter.buildRequests({})).toThrow(/tensordock: credentials.apiToken/);
    expect(tensordockAdapter.validateCredentials?.(credentials).url).toBe(
      "https://dashboard.tensordock.com/api/v2/instances",
    );
  });

  it("books a location-based VM with the offer's GPUs, vCPU/RAM share and public key", () => {
    const offer = offerById(parse(fixture("tensordock.json")).offers, `${joplin}:h100-sxm5-80gb:2`);
    const request = tensordockAdapter.bookInstance?.(credentials, offer, {
      name: "train",
      sshPublicKey: "ssh-ed25519 AAAA",
    });
    expect(request?.url).toBe("https://dashboard.tensordock.com/api/v2/instances");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      data: {
        type: "virtualmachine",
        attributes: {
          name: "train",
          type: "virtualmachine",
          image: "ubuntu2404",
          resources: {
            vcpu_count: 32,
            ram_gb: 72,
            storage_gb: 100,
            gpus: { "h100-sxm5-80gb": { count: 2 } },
          },
          location_id: joplin,
          useDedicatedIp: true,
          ssh_key: "ssh-ed25519 AAAA",
        },
      },
    });
    expect(() => tensordockAdapter.bookInstance?.(credentials, offer, { name: "x" })).toThrow(/sshPublicKey/);
  });
});

describe("tensordockAdapter.parse (recorded fixture)", () => {
  const { offers, skipped } = parse(fixture("tensordock.json"));

  it("emits one offer per GPU count up to max_count at every location", () => {
    expect(skipped).toEqual([]);
    // 4 + 2 (Chubbuck) + 8 (Joplin) + 4 + 2 (Frankfurt)
    expect(offers).toHaveLength(20);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("prices per-GPU rate × n plus the vCPU, RAM and 100 GB disk components", () => {
    const one = offerById(offers, `${chubbuck}:geforcertx4090-pcie-24gb:1`);
    expect(one).toMatchObject({
      provider: "tensordock",
      instanceType: "geforcertx4090-pcie-24gb",
      gpuName: "NVIDIA GeForce RTX 4090 PCIe 24GB",
      gpuCount: 1,
      vramPerGpuGb: 24,
      cpuCores: 8,
      ramGb: 32,
      storageGb: 100,
      spotPricePerHour: null,
      currency: "USD",
      region: "Chubbuck, Idaho",
      country: "US",
      market: "on_demand",
      availability: "available",
      source: "api",
    });
    // 0.35 + 8 × 0.003 + 32 × 0.002 + 100 × 0.00005
    expect(one.pricePerHour).toBeCloseTo(0.443, 10);
    expect(one.storagePriceGbMonth).toBeCloseTo(0.0365, 10);
    const four = offerById(offers, `${chubbuck}:geforcertx4090-pcie-24gb:4`);
    expect(four).toMatchObject({ gpuCount: 4, cpuCores: 32, ramGb: 128 });
    expect(four.pricePerHour).toBeCloseTo(1.757, 10);
    expect(four.pricePerHour / four.gpuCount).toBeCloseTo(0.43925, 10);
  });

  it("rounds shares down to 2-vCPU / 8-GB steps", () => {
    const h100 = offerById(offers, `${joplin}:h100-sxm5-80gb:1`);
    expect(h100).toMatchObject({ gpuName: "H100 SXM5 80GB", vramPerGpuGb: 80, cpuCores: 16, ramGb: 32 });
    expect(h100.pricePerHour).toBeCloseTo(2.317, 10);
    const eight = offerById(offers, `${joplin}:h100-sxm5-80gb:8`);
    expect(eight).toMatchObject({ cpuCores: 128, ramGb: 296, region: "Joplin, Missouri" });
    expect(eight.pricePerHour).toBeCloseTo(18.581, 10);
  });

  it("reads per-location component prices and the country", () => {
    const l40 = offerById(offers, `${frankfurt}:l40-pcie-48gb:2`);
    expect(l40).toMatchObject({ country: "DE", region: "Frankfurt, Hesse", vramPerGpuGb: 48, cpuCores: 32 });
    expect(l40.pricePerHour).toBeCloseTo(2.457, 10);
    const rtx4090 = offerById(offers, `${frankfurt}:geforcertx4090-pcie-24gb:1`);
    // 0.42 + 8 × 0.004 + 32 × 0.0025 + 100 × 0.00007
    expect(rtx4090.pricePerHour).toBeCloseTo(0.539, 10);
  });
});

describe("tensordockAdapter.parse (edge cases)", () => {
  const { offers } = parse(fixture("tensordock.edge-soldout.json"));

  it("keeps max_count 0 as one sold-out offer priced for GPU and disk only", () => {
    const soldOut = offerById(offers, "0f4c2b7e-3a1d-4e8f-9b6c-5d2e7a1f8c55:a100-pcie-80gb:1");
    expect(soldOut).toMatchObject({
      availability: "sold_out",
      gpuCount: 1,
      cpuCores: null,
      ramGb: null,
      vramPerGpuGb: 80,
      region: "Taipei",
      country: "TW",
    });
    expect(soldOut.pricePerHour).toBeCloseTo(1.205, 10);
    expect(() =>
      tensordockAdapter.bookInstance?.(credentials, soldOut, { name: "x", sshPublicKey: "k" }),
    ).toThrow(/sold out/);
  });

  it("never rounds a share below one step", () => {
    const rtx3090 = offerById(offers, "0f4c2b7e-3a1d-4e8f-9b6c-5d2e7a1f8c55:rtx3090-pcie-24gb:1");
    expect(rtx3090).toMatchObject({ cpuCores: 10, ramGb: 56 });
    expect(rtx3090.pricePerHour).toBeCloseTo(0.347, 10);
  });

  it("throws naming the provider and the path on a wrong shape", () => {
    const body = {
      data: {
        locations: [
          { id: "x", city: "A", country: "United States", gpus: [{ v0Name: "a", price_per_hr: "0.3" }] },
        ],
      },
    };
    expect(() => parse(body)).toThrow(/tensordock: unexpected locations data\.locations\.0\.gpus\.0 payload/);
    expect(() => parse({ locations: [] })).toThrow(/tensordock: unexpected locations payload: data/);
  });
});

describe("tensordockAdapter.parse properties", () => {
  it("Property 2: a VM never costs less than its GPUs and every count up to max_count is offered", () => {
    const gpu = fc.record({
      maxCount: fc.integer({ min: 1, max: 8 }),
      price: fc.double({ min: 0.01, max: 5, noNaN: true }),
      maxVcpus: fc.integer({ min: 2, max: 256 }),
      maxRamGb: fc.integer({ min: 8, max: 2048 }),
    });
    fc.assert(
      fc.property(gpu, ({ maxCount, price, maxVcpus, maxRamGb }) => {
        const body = {
          data: {
            locations: [
              {
                id: "loc",
                city: "Austin",
                stateprovince: "Texas",
                country: "United States",
                gpus: [
                  {
                    v0Name: "l40s-pcie-48gb",
                    displayName: "NVIDIA L40S PCIe 48GB",
                    max_count: maxCount,
                    price_per_hr: price,
                    resources: { max_vcpus: maxVcpus, max_ram_gb: maxRamGb, max_storage_gb: 1000 },
                    pricing: { per_vcpu_hr: 0.003, per_gb_ram_hr: 0.002, per_gb_storage_hr: 0.00005 },
                  },
                ],
              },
            ],
          },
        };
        const { offers } = parse(body);
        expect(offers.map((offer) => offer.gpuCount)).toEqual(
          Array.from({ length: maxCount }, (_, i) => i + 1),
        );
        for (const offer of offers) {
          expect(rawOfferSchema.safeParse(offer).success).toBe(true);
          expect(offer.pricePerHour).toBeGreaterThanOrEqual(price * offer.gpuCount);
          expect((offer.cpuCores ?? 1) % 2).toBe(0);
          expect((offer.ramGb ?? 8) % 8).toBe(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("tensordock offers through normalizeOffer", () => {
  const { offers } = parse(fixture("tensordock.json"));

  it.each([
    [`${chubbuck}:geforcertx4090-pcie-24gb:1`, "RTX 4090", 0.443, "north_america"],
    [`${chubbuck}:rtxa6000-pcie-48gb:2`, "RTX A6000", 0.5345, "north_america"],
    [`${joplin}:h100-sxm5-80gb:8`, "H100 SXM", 2.322625, "north_america"],
    [`${frankfurt}:l40-pcie-48gb:2`, "L40", 1.2285, "europe"],
  ])("resolves %s to %s", (id, gpuModel, pricePerGpuHourUsd, continent) => {
    expect(normalizeOffer(offerById(offers, id))).toMatchObject({
      gpuModel,
      gpuIdentity: "known",
      pricePerGpuHourUsd,
      continent,
    });
  });
});
