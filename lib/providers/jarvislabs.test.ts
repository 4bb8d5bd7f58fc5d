import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jarvislabsAdapter, jarvislabsInstanceId } from "./jarvislabs";
import { normalizeOffer } from "./normalize";
import { type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

function parseBody(body: unknown) {
  const [request] = jarvislabsAdapter.buildRequests({ apiKey: "jl-key" });
  if (!request) throw new Error("no request built");
  return jarvislabsAdapter.parse([{ request, body }]);
}

function byId(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("jarvislabsAdapter requests", () => {
  it("reads server_meta with a Bearer key and validates against users/user_info", () => {
    expect(jarvislabsAdapter.buildRequests({ apiKey: "jl-key" })).toEqual([
      {
        method: "GET",
        url: "https://backendn.jarvislabs.net/misc/server_meta",
        headers: { Authorization: "Bearer jl-key", Accept: "application/json" },
      },
    ]);
    expect(jarvislabsAdapter.validateCredentials?.({ apiKey: "jl-key" }).url).toBe(
      "https://backendprod.jarvislabs.net/users/user_info",
    );
    expect(() => jarvislabsAdapter.buildRequests({})).toThrow(/jarvislabs: credentials.apiKey/);
  });

  it("creates and destroys VMs on the region's own host", () => {
    const offer = byId(parseBody(fixture("jarvislabs.json")).offers, "H200:india-noida-01:8");
    const request = jarvislabsAdapter.bookInstance?.({ apiKey: "jl-key" }, offer, { name: "job-3" });
    expect(request?.url).toBe("https://backendn.jarvislabs.net/templates/vm/create");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      gpu_type: "H200",
      num_gpus: 8,
      hdd: 100,
      region: "india-noida-01",
      name: "job-3",
      is_spot: false,
      duration: "hour",
      disk_type: "ssd",
      http_ports: "",
      script_id: null,
      script_args: "",
      fs_id: null,
      arguments: "",
    });
    const chennai = byId(parseBody(fixture("jarvislabs.json")).offers, "RTX-PRO6000:india-chennai-01:1");
    expect(() => jarvislabsAdapter.bookInstance?.({ apiKey: "k" }, chennai, { name: "x" })).toThrow(
      /no known API host/,
    );
    expect(
      jarvislabsAdapter.terminate?.({ apiKey: "jl-key" }, jarvislabsInstanceId("europe-01", 460920)),
    ).toEqual({
      method: "POST",
      url: "https://backendeu.jarvislabs.net/templates/vm/destroy?machine_id=460920",
      headers: { Authorization: "Bearer jl-key", Accept: "application/json" },
    });
    expect(() => jarvislabsAdapter.terminate?.({ apiKey: "k" }, "460920")).toThrow(/<region>\/<machine_id>/);
  });
});

describe("jarvislabsAdapter.parse (fixture)", () => {
  const { offers, skipped } = parseBody(fixture("jarvislabs.json"));

  it("offers power-of-two GPU counts up to each pool's num_gpus", () => {
    // L4 (8): 1,2,4,8; A100-80GB (4): 1,2,4; RTX-PRO6000 (8): 4; H100 (absent ⇒ 1): 1; H200 (8): 4
    expect(offers).toHaveLength(16);
    expect(skipped).toEqual([{ id: "cpu-4x16", reason: "CPU-only plan" }]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("multiplies per-GPU price, spot price, vCPU and RAM by the count", () => {
    const l4x2 = byId(offers, "L4:india-noida-01:2");
    expect(l4x2).toMatchObject({
      provider: "jarvislabs",
      instanceType: "L4-2x",
      gpuName: "L4",
      gpuCount: 2,
      vramPerGpuGb: 24,
      cpuCores: 56,
      ramGb: 248,
      currency: "USD",
      region: "india-noida-01",
      country: "IN",
      market: "on_demand",
      availability: "available",
      availableCount: 1,
    });
    expect(l4x2.pricePerHour).toBeCloseTo(0.88, 10);
    expect(l4x2.spotPricePerHour).toBeCloseTo(0.58, 10);
    const normalized = normalizeOffer(l4x2);
    expect(normalized.gpuModel).toBe("L4");
    expect(normalized.pricePerGpuHourUsd).toBeCloseTo(0.44, 10);
    expect(normalized.spotPricePerHourUsd).toBeCloseTo(0.58, 10);
  });

  it("marks counts above the free devices as sold out", () => {
    expect(byId(offers, "L4:india-noida-01:4")).toMatchObject({
      availability: "sold_out",
      availableCount: 0,
    });
    const h200x8 = byId(offers, "H200:india-noida-01:8");
    expect(h200x8).toMatchObject({ availability: "sold_out", spotPricePerHour: null, vramPerGpuGb: 141 });
    expect(h200x8.pricePerHour).toBeCloseTo(30.4, 10);
    expect(normalizeOffer(byId(offers, "H200:india-noida-01:4"))).toMatchObject({
      gpuModel: "H200 SXM",
      availability: "available",
    });
  });

  it("keeps null-workload pools (EU H100) with one GPU", () => {
    const h100 = byId(offers, "H100:europe-01:1");
    expect(h100).toMatchObject({
      gpuCount: 1,
      pricePerHour: 2.69,
      availableCount: 25,
      spotPricePerHour: null,
      cpuCores: 16,
      ramGb: 200,
    });
    expect(offers.filter((offer) => offer.gpuName === "H100")).toHaveLength(1);
  });

  it("passes the ambiguous A100-80GB string through for normalization to flag", () => {
    const a100 = normalizeOffer(byId(offers, "A100-80GB:india-noida-01:1"));
    expect(a100).toMatchObject({ vramPerGpuGb: 80, gpuIdentity: "ambiguous", pricePerHourUsd: 1.49 });
  });
});

describe("jarvislabsAdapter.parse (edge variants)", () => {
  it("skips every row of an INR-billed account", () => {
    const { offers, skipped } = parseBody(fixture("jarvislabs.edge-inr.json"));
    expect(offers).toEqual([]);
    expect(skipped).toEqual([
      {
        id: "A100:india-01",
        reason: "prices are in INR (the account's billing currency); only USD/EUR/GBP are supported",
      },
    ]);
  });

  const { offers, skipped } = parseBody(fixture("jarvislabs.edge-quirks.json"));

  it("skips container pools and the smaller of duplicate pools", () => {
    expect(skipped).toEqual([
      { id: "RTX5000:india-01", reason: "workload_type container is not a VM pool" },
      { id: "A6000:india-01", reason: "duplicate pool (ceiling 2) of a larger one" },
    ]);
    expect(offers.filter((offer) => offer.gpuName === "A6000").map((offer) => offer.gpuCount)).toEqual([
      1, 2, 4,
    ]);
    const a6000x4 = byId(offers, "A6000:india-01:4");
    expect(a6000x4).toMatchObject({
      availability: "available",
      availableCount: 2,
      spotPricePerHour: null,
      cpuCores: 28,
    });
    expect(a6000x4.pricePerHour).toBeCloseTo(3.16, 10);
    expect(normalizeOffer(a6000x4)).toMatchObject({ gpuModel: "RTX A6000", pricePerGpuHourUsd: 0.79 });
  });

  it("treats missing free-device counts as sold out and missing vram as unknown", () => {
    const l40s = byId(offers, "L40S:europe-01:1");
    expect(l40s).toMatchObject({
      availability: "sold_out",
      availableCount: 0,
      vramPerGpuGb: null,
      country: null,
    });
    expect(normalizeOffer(l40s)).toMatchObject({ gpuModel: "L40S", vramPerGpuGb: 48 });
  });

  it("skips a pool whose GPU ceiling is below one", () => {
    const row = {
      gpu_type: "L4",
      region: "india-01",
      price_per_hour: 0.44,
      cpus_per_gpu: 7,
      ram_per_gpu: 32,
      num_gpus: "0",
    };
    expect(parseBody({ server_meta: [row] })).toEqual({
      offers: [],
      skipped: [{ id: "L4:india-01", reason: "num_gpus below 1" }],
    });
  });

  it("rejects a pool without a price", () => {
    expect(() =>
      parseBody({ server_meta: [{ gpu_type: "L4", region: "india-01", cpus_per_gpu: 7, ram_per_gpu: 32 }] }),
    ).toThrow(/jarvislabs: unexpected misc\/server_meta payload: server_meta\.0\.price_per_hour/);
  });
});

describe("jarvislabsAdapter.parse (property)", () => {
  it("design property 2: n-GPU offers are n × the per-GPU row, available iff n devices are free", () => {
    const pool = fc.record({
      gpu_type: fc.constantFrom("L4", "H100", "A6000", "H200"),
      region: fc.constantFrom("india-01", "india-noida-01", "europe-01"),
      effective_num_free_devices: fc.integer({ min: 0, max: 16 }),
      price_per_hour: fc.double({ min: 0.01, max: 10, noNaN: true }),
      spot_price: fc.option(fc.double({ min: 0.01, max: 10, noNaN: true }), { nil: null }),
      vram: fc.constantFrom("24", "48", "80", "141"),
      cpus_per_gpu: fc.integer({ min: 1, max: 32 }),
      ram_per_gpu: fc.integer({ min: 8, max: 256 }),
      workload_type: fc.constant("vm"),
      num_gpus: fc.constantFrom("1", "2", "4", "8"),
    });
    fc.assert(
      fc.property(pool, (row) => {
        const { offers } = parseBody({ server_meta: [row] });
        expect(offers).toHaveLength(Math.log2(Number(row.num_gpus)) + 1);
        for (const offer of offers) {
          rawOfferSchema.parse(offer);
          expect(offer.pricePerHour).toBeCloseTo(row.price_per_hour * offer.gpuCount, 9);
          expect(offer.cpuCores).toBe(row.cpus_per_gpu * offer.gpuCount);
          expect(offer.availability).toBe(
            row.effective_num_free_devices >= offer.gpuCount ? "available" : "sold_out",
          );
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });
});
