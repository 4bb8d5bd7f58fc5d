import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeOffer } from "./normalize";
import { type ProviderRequest, type ProviderResponse, type RawOffer, rawOfferSchema } from "./types";
import { vultrAdapter, vultrVramPerGpuGb } from "./vultr";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const requests = vultrAdapter.buildRequests({});

function request(index: number): ProviderRequest {
  const found = requests[index];
  if (!found) throw new Error(`no request ${index}`);
  return found;
}

function recorded(plans: unknown = fixture("vultr.json")): ProviderResponse[] {
  return [
    { request: request(0), body: plans },
    { request: request(1), body: fixture("vultr.plans-metal.json") },
    { request: request(2), body: fixture("vultr.regions.json") },
  ];
}

function offerById(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("vultrAdapter requests", () => {
  it("lists cloud GPU plans, bare-metal plans and regions without credentials", () => {
    expect(requests).toEqual([
      {
        method: "GET",
        url: "https://api.vultr.com/v2/plans?type=vcg&per_page=500",
        headers: { Accept: "application/json" },
      },
      {
        method: "GET",
        url: "https://api.vultr.com/v2/plans-metal?per_page=500",
        headers: { Accept: "application/json" },
      },
      {
        method: "GET",
        url: "https://api.vultr.com/v2/regions?per_page=500",
        headers: { Accept: "application/json" },
      },
    ]);
  });

  it("follows meta.links.next as a cursor and stops on an empty one", () => {
    const next = vultrAdapter.nextPage?.({ request: request(0), body: fixture("vultr.edge-quirks.json") });
    expect(next?.url).toBe(
      "https://api.vultr.com/v2/plans?type=vcg&per_page=500&cursor=bmV4dF9fdmNnLWExMDAtNmMtNjBnLTQwdnJhbQ%3D%3D",
    );
    expect(vultrAdapter.nextPage?.({ request: request(0), body: fixture("vultr.json") })).toBeNull();
    expect(vultrAdapter.nextPage?.({ request: request(0), body: "not json" })).toBeNull();
  });

  it("validates a key with GET /account and books cloud GPU and bare-metal plans at the offer's region", () => {
    expect(vultrAdapter.validateCredentials?.({ apiKey: "vk" })).toEqual({
      method: "GET",
      url: "https://api.vultr.com/v2/account",
      headers: { Authorization: "Bearer vk", Accept: "application/json" },
    });
    const { offers } = vultrAdapter.parse(recorded());
    const vcg = vultrAdapter.bookInstance?.(
      { apiKey: "vk" },
      offerById(offers, "vcg-a100-3c-30g-20vram:fra"),
      {
        name: "slice",
        image: "2284",
        sshPublicKey: "ssh-ed25519 AAAA",
      },
    );
    expect(vcg?.url).toBe("https://api.vultr.com/v2/instances");
    const body = JSON.parse(vcg?.body ?? "");
    expect(body).toMatchObject({
      region: "fra",
      plan: "vcg-a100-3c-30g-20vram",
      label: "slice",
      os_id: 2284,
    });
    expect(atob(body.user_data)).toBe("#cloud-config\nssh_authorized_keys:\n  - ssh-ed25519 AAAA\n");
    const metal = vultrAdapter.bookInstance?.(
      { apiKey: "vk" },
      offerById(offers, "vbm-112c-2048gb-8-h100-gpu:sea"),
      {
        name: "big",
        image: "vultr-gpu-stack",
      },
    );
    expect(metal?.url).toBe("https://api.vultr.com/v2/bare-metals");
    expect(JSON.parse(metal?.body ?? "")).toEqual({
      region: "sea",
      plan: "vbm-112c-2048gb-8-h100-gpu",
      label: "big",
      image_id: "vultr-gpu-stack",
    });
    expect(() =>
      vultrAdapter.bookInstance?.({ apiKey: "vk" }, offerById(offers, "vbm-112c-2048gb-8-h100-gpu:sea"), {
        name: "x",
      }),
    ).toThrow(/vultr: options.image/);
    expect(() => vultrAdapter.validateCredentials?.({})).toThrow(/vultr: credentials.apiKey/);
  });
});

describe("vultrAdapter.parse (recorded fixtures)", () => {
  const { offers, skipped } = vultrAdapter.parse(recorded());

  it("emits one offer per plan and location", () => {
    expect(skipped).toEqual([]);
    expect(offers).toHaveLength(16);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("derives a whole A100 from an 80 GB plan and converts MB of RAM", () => {
    expect(offerById(offers, "vcg-a100-12c-120g-80vram:ewr")).toMatchObject({
      provider: "vultr",
      instanceType: "vcg-a100-12c-120g-80vram",
      gpuName: "NVIDIA_A100",
      gpuCount: 1,
      vramPerGpuGb: 80,
      cpuCores: 12,
      ramGb: 120,
      storageGb: 1400,
      pricePerHour: 2.397,
      spotPricePerHour: null,
      currency: "USD",
      region: "ewr",
      country: "US",
      market: "on_demand",
      availability: "available",
      source: "api",
    });
  });

  it("prices a 20 GB slice as a quarter of an 80 GB A100", () => {
    const slice = offerById(offers, "vcg-a100-3c-30g-20vram:fra");
    expect(slice).toMatchObject({
      gpuCount: 0.25,
      vramPerGpuGb: 80,
      ramGb: 30,
      pricePerHour: 0.603,
      country: "DE",
    });
    expect(slice.pricePerHour / slice.gpuCount).toBeCloseTo(2.412, 10);
  });

  it("reads whole-GPU plans of other types", () => {
    expect(offerById(offers, "vcg-l40s-16c-180g-48vram:lax")).toMatchObject({
      gpuCount: 1,
      vramPerGpuGb: 48,
      pricePerHour: 1.671,
    });
    expect(offerById(offers, "vcg-a40-24c-120g-48vram:ord")).toMatchObject({
      gpuName: "NVIDIA_A40",
      gpuCount: 1,
    });
    expect(offerById(offers, "vcg-a16-6c-64g-16vram:nrt")).toMatchObject({
      gpuName: "NVIDIA_A16",
      gpuCount: 1,
      vramPerGpuGb: 16,
      pricePerHour: 0.5,
      country: "JP",
    });
  });

  it("reads bare-metal gpu_count, threads as vCPUs, disks × count and the preemptible price", () => {
    const h100 = offerById(offers, "vbm-112c-2048gb-8-h100-gpu:sea");
    expect(h100).toMatchObject({
      gpuName: "NVIDIA_H100",
      gpuCount: 8,
      vramPerGpuGb: 80,
      cpuCores: 224,
      storageGb: 1920,
      pricePerHour: 23.92,
      spotPricePerHour: 18.4,
      country: "US",
    });
    expect(h100.ramGb).toBeCloseTo(2015.35, 2);
    expect(h100.pricePerHour / h100.gpuCount).toBeCloseTo(2.99, 10);
    expect(offerById(offers, "vbm-256c-2048gb-8-mi300x-gpu:ord")).toMatchObject({
      gpuName: "AMD_MI300X",
      vramPerGpuGb: 192,
      storageGb: 28608,
      pricePerHour: 17.52,
      spotPricePerHour: 14.72,
    });
    expect(offerById(offers, "vbm-64c-2048gb-8-l40-gpu:lax")).toMatchObject({
      gpuName: "NVIDIA_L40S",
      gpuCount: 8,
    });
  });

  it("leaves the country unknown without the regions response", () => {
    const partial = vultrAdapter.parse(recorded().slice(0, 2)).offers;
    expect(offerById(partial, "vcg-a16-6c-64g-16vram:ams").country).toBeNull();
  });
});

describe("vultrAdapter.parse (edge cases)", () => {
  const { offers, skipped } = vultrAdapter.parse([
    { request: request(0), body: fixture("vultr.edge-quirks.json") },
    { request: request(2), body: fixture("vultr.regions.json") },
  ]);

  it("reads a fractional gpu_count string and per-location price overrides", () => {
    const ewr = offerById(offers, "vcg-a100-6c-60g-40vram:ewr");
    expect(ewr).toMatchObject({
      gpuCount: 0.5,
      vramPerGpuGb: 80,
      pricePerHour: 1.199,
      spotPricePerHour: 0.8,
    });
    expect(offerById(offers, "vcg-a100-6c-60g-40vram:fra")).toMatchObject({
      pricePerHour: 1.319,
      spotPricePerHour: 0.8,
    });
  });

  it("keeps a plan without locations as sold out and ignores preemptible prices it cannot deploy", () => {
    expect(offerById(offers, "vcg-l40s-4c-45g-12vram:global")).toMatchObject({
      availability: "sold_out",
      gpuCount: 0.25,
      vramPerGpuGb: 48,
      spotPricePerHour: null,
      country: null,
    });
  });

  it("skips non-GPU plans and GPU types whose per-GPU size is unknown", () => {
    expect(skipped).toEqual([
      { id: "vcg-x1-8c-64g-24vram", reason: "cannot derive the GPU count of NVIDIA_X1" },
      { id: "vc2-1c-1gb", reason: "no GPU in plan" },
    ]);
  });

  it("throws naming the provider and the path on a wrong shape", () => {
    expect(() =>
      vultrAdapter.parse([
        { request: request(0), body: { plans: [{ id: "vcg-x", ram: "1024", locations: [] }] } },
      ]),
    ).toThrow(/vultr: unexpected plans plans\.0 payload: ram/);
    expect(() => vultrAdapter.parse([{ request: request(1), body: { plans: [] } }])).toThrow(
      /vultr: unexpected plans-metal payload: plans_metal/,
    );
  });
});

describe("vultrAdapter.parse properties", () => {
  it("Property 2: a plan's GPU count × per-GPU VRAM equals its total VRAM", () => {
    const gpuTypes = Object.keys(vultrVramPerGpuGb);
    fc.assert(
      fc.property(
        fc.constantFrom(...gpuTypes),
        fc.constantFrom(0.125, 0.25, 0.5, 1, 2, 4, 8),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (gpuType, fraction, hourlyCost) => {
          const perGpu = vultrVramPerGpuGb[gpuType] ?? 1;
          const plan = {
            id: "vcg-test",
            vcpu_count: 8,
            ram: 65536,
            disk: 100,
            hourly_cost: hourlyCost,
            locations: ["ewr"],
            gpu_type: gpuType,
            gpu_vram_gb: perGpu * fraction,
          };
          const { offers } = vultrAdapter.parse([{ request: request(0), body: { plans: [plan] } }]);
          const [offer] = offers;
          expect(rawOfferSchema.safeParse(offer).success).toBe(true);
          expect((offer?.gpuCount ?? 0) * (offer?.vramPerGpuGb ?? 0)).toBeCloseTo(perGpu * fraction, 9);
          expect(offer?.pricePerHour).toBe(hourlyCost);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("vultr offers through normalizeOffer", () => {
  const { offers } = vultrAdapter.parse(recorded());

  it.each([
    ["vcg-l40s-16c-180g-48vram:lax", "L40S", 1.671],
    ["vcg-a40-24c-120g-48vram:ord", "A40", 1.753],
    ["vcg-a16-6c-64g-16vram:ams", "A16", 0.5],
    ["vbm-256c-2048gb-8-mi300x-gpu:ord", "MI300X", 2.19],
    ["vbm-64c-2048gb-8-l40-gpu:ewr", "L40S", 1.671],
  ])("resolves %s to %s", (id, gpuModel, pricePerGpuHourUsd) => {
    expect(normalizeOffer(offerById(offers, id))).toMatchObject({
      gpuModel,
      gpuIdentity: "known",
      pricePerGpuHourUsd,
    });
  });

  it("prices a fractional A100 per whole GPU and leaves its SXM/PCIe variant undecided", () => {
    expect(normalizeOffer(offerById(offers, "vcg-a100-3c-30g-20vram:fra"))).toMatchObject({
      gpuModel: null,
      gpuIdentity: "ambiguous",
      vramPerGpuGb: 80,
      pricePerGpuHourUsd: 2.412,
      continent: "europe",
    });
    expect(normalizeOffer(offerById(offers, "vbm-112c-2048gb-8-h100-gpu:sea"))).toMatchObject({
      gpuIdentity: "ambiguous",
      pricePerGpuHourUsd: 2.99,
    });
  });
});
