import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lambdalabsAdapter } from "./lambdalabs";
import { normalizeOffer } from "./normalize";
import { type ProviderRequest, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const credentials = { apiKey: "lambda-key" };

function listRequest(): ProviderRequest {
  const [request] = lambdalabsAdapter.buildRequests(credentials);
  if (!request) throw new Error("no request built");
  return request;
}

function parse(body: unknown) {
  return lambdalabsAdapter.parse([{ request: listRequest(), body }]);
}

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("lambdalabsAdapter requests", () => {
  it("GETs the instance types with the key as Bearer token", () => {
    expect(listRequest()).toEqual({
      method: "GET",
      url: "https://cloud.lambdalabs.com/api/v1/instance-types",
      headers: { Authorization: "Bearer lambda-key", Accept: "application/json" },
    });
    expect(() => lambdalabsAdapter.buildRequests({})).toThrow(/lambdalabs: credentials.apiKey/);
    expect(lambdalabsAdapter.validateCredentials?.(credentials).url).toBe(
      "https://cloud.lambdalabs.com/api/v1/instance-types",
    );
  });

  it("launches the offer's instance type in its region with a registered key name", () => {
    const offer = offerById(parse(fixture("lambdalabs.json")).offers, "gpu_8x_h100_sxm5:us-south-2");
    const request = lambdalabsAdapter.bookInstance?.({ ...credentials, sshKeyName: "ops" }, offer, {
      name: "job-1",
    });
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("https://cloud.lambdalabs.com/api/v1/instance-operations/launch");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      region_name: "us-south-2",
      instance_type_name: "gpu_8x_h100_sxm5",
      ssh_key_names: ["ops"],
      quantity: 1,
      name: "job-1",
    });
    expect(() => lambdalabsAdapter.bookInstance?.(credentials, offer, { name: "job-1" })).toThrow(
      /sshKeyName/,
    );
  });

  it("terminates by instance id", () => {
    const request = lambdalabsAdapter.terminate?.(credentials, "0920582c7ff041399e34823a0be62549");
    expect(request?.url).toBe("https://cloud.lambdalabs.com/api/v1/instance-operations/terminate");
    expect(JSON.parse(request?.body ?? "")).toEqual({ instance_ids: ["0920582c7ff041399e34823a0be62549"] });
  });
});

describe("lambdalabsAdapter.parse (recorded fixture)", () => {
  const { offers, skipped } = parse(fixture("lambdalabs.json"));

  it("emits one offer per region with capacity and one sold-out offer for types without", () => {
    expect(skipped).toEqual([]);
    expect(offers.map((offer) => offer.externalId).sort()).toEqual([
      "gpu_1x_a100_sxm4:us-east-1",
      "gpu_1x_a10:us-east-1",
      "gpu_1x_a10:us-west-1",
      "gpu_1x_gh200:us-east-3",
      "gpu_1x_h100_pcie:us-west-3",
      "gpu_8x_a100_80gb_sxm4:global",
      "gpu_8x_h100_sxm5:us-south-2",
    ]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("converts integer cents per instance into dollars per instance-hour", () => {
    const h100 = offerById(offers, "gpu_8x_h100_sxm5:us-south-2");
    expect(h100).toMatchObject({
      provider: "lambdalabs",
      instanceType: "gpu_8x_h100_sxm5",
      gpuName: "H100 (80 GB SXM5)",
      gpuCount: 8,
      vramPerGpuGb: 80,
      cpuCores: 208,
      ramGb: 1800,
      storageGb: 24780,
      pricePerHour: 31.92,
      spotPricePerHour: null,
      currency: "USD",
      region: "us-south-2",
      country: "US",
      market: "on_demand",
      availability: "available",
      source: "api",
    });
    expect(h100.pricePerHour / h100.gpuCount).toBeCloseTo(3.99, 10);
  });

  it("reads the 40 GB A100 from the description, not the instance name", () => {
    const a100 = offerById(offers, "gpu_1x_a100_sxm4:us-east-1");
    expect(a100).toMatchObject({
      gpuName: "A100 (40 GB SXM4)",
      vramPerGpuGb: 40,
      pricePerHour: 1.99,
      gpuCount: 1,
    });
  });

  it("keeps sold-out types (regions_with_capacity_available = []) as sold-out offers", () => {
    const soldOut = offerById(offers, "gpu_8x_a100_80gb_sxm4:global");
    expect(soldOut).toMatchObject({
      availability: "sold_out",
      region: "global",
      country: null,
      pricePerHour: 22.32,
      vramPerGpuGb: 80,
    });
  });

  it("parses memory-only descriptions such as GH200", () => {
    expect(offerById(offers, "gpu_1x_gh200:us-east-3")).toMatchObject({
      gpuName: "GH200 (96 GB)",
      vramPerGpuGb: 96,
      pricePerHour: 1.49,
    });
    expect(offerById(offers, "gpu_1x_a10:us-west-1")).toMatchObject({ pricePerHour: 0.75, vramPerGpuGb: 24 });
  });
});

describe("lambdalabsAdapter.parse (edge cases)", () => {
  const { offers, skipped } = parse(fixture("lambdalabs.edge-quirks.json"));

  it("skips CPU-only types and reads the country of every region name", () => {
    expect(skipped).toEqual([{ id: "cpu_4x_general", reason: "no GPU in instance type" }]);
    const frankfurt = offerById(offers, "gpu_8x_b200_sxm6:europe-central-1");
    expect(frankfurt).toMatchObject({ country: "DE", pricePerHour: 47.92, vramPerGpuGb: 180, gpuCount: 8 });
    expect(offerById(offers, "gpu_8x_b200_sxm6:us-east-1").country).toBe("US");
    expect(offerById(offers, "gpu_1x_a100:global")).toMatchObject({
      availability: "sold_out",
      vramPerGpuGb: 40,
    });
  });

  it("throws naming the provider and the path when the price is not integer cents", () => {
    const body = {
      data: {
        gpu_1x_a10: {
          instance_type: {
            name: "gpu_1x_a10",
            description: "1x A10 (24 GB PCIe)",
            gpu_description: "A10 (24 GB PCIe)",
            price_cents_per_hour: "75",
            specs: { vcpus: 30, memory_gib: 200, storage_gib: 1400, gpus: 1 },
          },
          regions_with_capacity_available: [],
        },
      },
    };
    expect(() => parse(body)).toThrow(
      /lambdalabs: unexpected instance-types data\.gpu_1x_a10 payload: instance_type\.price_cents_per_hour/,
    );
    expect(() => parse([])).toThrow(/lambdalabs: unexpected instance-types payload/);
  });
});

describe("lambdalabsAdapter.parse properties", () => {
  it("Property 2: every instance type with GPUs yields offers priced at cents/100", () => {
    const entry = fc.record({
      cents: fc.integer({ min: 0, max: 100_000 }),
      gpus: fc.integer({ min: 1, max: 8 }),
      memoryGb: fc.constantFrom(24, 40, 48, 80, 96, 141, 180),
      regions: fc.array(fc.constantFrom("us-east-1", "us-west-1", "europe-central-1"), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { maxLength: 8, selector: (item) => item.cents }), (entries) => {
        const data = Object.fromEntries(
          entries.map((item, index) => [
            `type_${index}`,
            {
              instance_type: {
                name: `type_${index}`,
                description: `${item.gpus}x X (${item.memoryGb} GB PCIe)`,
                gpu_description: `X (${item.memoryGb} GB PCIe)`,
                price_cents_per_hour: item.cents,
                specs: { vcpus: 8, memory_gib: 64, storage_gib: 512, gpus: item.gpus },
              },
              regions_with_capacity_available: [...new Set(item.regions)].map((name) => ({
                name,
                description: "",
              })),
            },
          ]),
        );
        const { offers } = parse({ data });
        for (const offer of offers) {
          expect(rawOfferSchema.safeParse(offer).success).toBe(true);
          const index = Number(offer.instanceType.replace("type_", ""));
          expect(offer.pricePerHour).toBeCloseTo((entries[index]?.cents ?? Number.NaN) / 100, 10);
          expect(offer.vramPerGpuGb).toBe(entries[index]?.memoryGb);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("lambdalabs offers through normalizeOffer", () => {
  const { offers } = parse(fixture("lambdalabs.json"));

  it.each([
    ["gpu_8x_h100_sxm5:us-south-2", "H100 SXM", 3.99],
    ["gpu_1x_h100_pcie:us-west-3", "H100 PCIe", 3.29],
    ["gpu_1x_a100_sxm4:us-east-1", "A100 SXM 40GB", 1.99],
    ["gpu_8x_a100_80gb_sxm4:global", "A100 SXM 80GB", 2.79],
    ["gpu_1x_a10:us-east-1", "A10", 0.75],
    ["gpu_1x_gh200:us-east-3", "GH200", 1.49],
  ])("resolves %s to %s", (id, gpuModel, pricePerGpuHourUsd) => {
    expect(normalizeOffer(offerById(offers, id))).toMatchObject({
      gpuModel,
      gpuIdentity: "known",
      pricePerGpuHourUsd,
    });
  });

  it("derives the continent from Lambda region names", () => {
    expect(normalizeOffer(offerById(offers, "gpu_1x_a10:us-west-1")).continent).toBe("north_america");
  });
});
