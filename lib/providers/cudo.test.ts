import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cudoAdapter, cudoBootDiskGib } from "./cudo";
import { normalizeOffer } from "./normalize";
import { type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

function parseBody(body: unknown) {
  const [request] = cudoAdapter.buildRequests({});
  if (!request) throw new Error("no request built");
  return cudoAdapter.parse([{ request, body }]);
}

function byId(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("cudoAdapter requests", () => {
  it("reads the public machine-types listing, with a Bearer key only when configured", () => {
    expect(cudoAdapter.buildRequests({})).toEqual([
      {
        method: "GET",
        url: "https://rest.compute.cudo.org/v1/vms/machine-types",
        headers: { Accept: "application/json" },
      },
    ]);
    expect(cudoAdapter.buildRequests({ apiKey: "ck" })[0]?.headers.Authorization).toBe("Bearer ck");
    expect(cudoAdapter.info.credentialKeys).toEqual([]);
    expect(cudoAdapter.validateCredentials?.({ apiKey: "ck" })).toEqual({
      method: "GET",
      url: "https://rest.compute.cudo.org/v1/auth",
      headers: { Accept: "application/json", Authorization: "Bearer ck" },
    });
    expect(() => cudoAdapter.validateCredentials?.({})).toThrow(/cudo: credentials.apiKey/);
  });

  it("books the offer's configuration in the project and terminates by VM id", () => {
    const offer = byId(
      parseBody(fixture("cudo.json")).offers,
      "no-kristiansand-1/epyc-genoa-a100-pcie/1x12v24gb",
    );
    const credentials = { apiKey: "ck", projectId: "proj-1" };
    const request = cudoAdapter.bookInstance?.(credentials, offer, {
      name: "job-7",
      sshPublicKey: "ssh-ed25519 AAA",
    });
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("https://rest.compute.cudo.org/v1/projects/proj-1/vm");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      vmId: "job-7",
      dataCenterId: "no-kristiansand-1",
      machineType: "epyc-genoa-a100-pcie",
      gpus: 1,
      vcpus: 12,
      memoryGib: 24,
      bootDiskImageId: "ubuntu-2204-nvidia-535-docker-v20240214",
      bootDisk: { storageClass: "STORAGE_CLASS_NETWORK", sizeGib: 100 },
      sshKeySource: "SSH_KEY_SOURCE_NONE",
      customSshKeys: ["ssh-ed25519 AAA"],
    });
    expect(cudoAdapter.terminate?.(credentials, "job-7")).toEqual({
      method: "POST",
      url: "https://rest.compute.cudo.org/v1/projects/proj-1/vms/job-7/terminate",
      headers: { Accept: "application/json", Authorization: "Bearer ck" },
    });
    expect(() => cudoAdapter.terminate?.({ apiKey: "ck" }, "job-7")).toThrow(/projectId/);
  });
});

describe("cudoAdapter.parse (fixture)", () => {
  const { offers, skipped } = parseBody(fixture("cudo.json"));

  it("offers power-of-two GPU counts up to maxGpuFree and skips the CPU machine type", () => {
    // A100 (max 4): 1,2,4; H100 (8): 1,2,4,8; A40 (5): 1,2,4; A6000 (4): 1,2,4; V100 (4): 1,2,4
    expect(offers).toHaveLength(16);
    expect(skipped).toEqual([{ id: "se-stockholm-1/epyc-milan", reason: "CPU-only machine type" }]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("sums GPU, vCPU, memory, 100 GiB disk and IPv4 component prices", () => {
    const a100 = byId(offers, "no-kristiansand-1/epyc-genoa-a100-pcie/1x12v24gb");
    expect(a100).toMatchObject({
      provider: "cudo",
      instanceType: "epyc-genoa-a100-pcie",
      gpuName: "A100 80GB PCIe",
      gpuCount: 1,
      vramPerGpuGb: 80,
      cpuCores: 12,
      ramGb: 24,
      storageGb: cudoBootDiskGib,
      currency: "USD",
      region: "no-kristiansand-1",
      country: "NO",
      market: "on_demand",
      availability: "available",
      availableCount: 7,
      spotPricePerHour: null,
    });
    // 1.5 + 12·0.0049 + 24·0.0049 + 100·0.00011 + 0.005
    expect(a100.pricePerHour).toBeCloseTo(1.6924, 9);
    expect(a100.storagePriceGbMonth).toBeCloseTo((0.00011 * 730) / 1.073741824, 6);
    expect(normalizeOffer(a100)).toMatchObject({ gpuModel: "A100 PCIe 80GB", pricePerGpuHourUsd: 1.6924 });
  });

  it("counts how many VMs of a configuration fit the free totals", () => {
    const a100x4 = byId(offers, "no-kristiansand-1/epyc-genoa-a100-pcie/4x48v96gb");
    expect(a100x4.availableCount).toBe(1);
    expect(a100x4.pricePerHour).toBeCloseTo(6.7216, 9);
    const h100x8 = byId(offers, "no-kristiansand-1/sapphire-rapids-h100/8x96v192gb");
    expect(h100x8).toMatchObject({
      gpuCount: 8,
      cpuCores: 96,
      ramGb: 192,
      availableCount: 2,
      availability: "available",
    });
    expect(h100x8.pricePerHour).toBeCloseTo(15.8432, 9);
    const normalized = normalizeOffer(h100x8);
    expect(normalized.gpuModel).toBe("H100 SXM");
    expect(normalized.pricePerGpuHourUsd).toBeCloseTo(1.9804, 6);
  });

  it("caps vCPUs per GPU at maxVcpuPerGpu (V100: 10)", () => {
    const v100 = byId(offers, "us-dallas-1/intel-broadwell-v100/1x10v20gb");
    expect(v100).toMatchObject({ cpuCores: 10, ramGb: 20, vramPerGpuGb: 16, country: "US" });
    expect(v100.pricePerHour).toBeCloseTo(0.3005, 9);
    expect(normalizeOffer(v100).gpuModel).toBe("V100 SXM2 16GB");
    expect(normalizeOffer(byId(offers, "se-stockholm-1/ice-lake-rtx-a6000/2x24v48gb")).gpuModel).toBe(
      "RTX A6000",
    );
  });

  it("keeps the provider's GPU string verbatim (A40 compute mode)", () => {
    const a40 = byId(offers, "ca-montreal-3/ice-lake-a40-compute/1x12v24gb");
    expect(a40).toMatchObject({ gpuName: "A40 (compute mode)", vramPerGpuGb: 48, country: "CA" });
    expect(a40.pricePerHour).toBeCloseTo(0.35 + 12 * 0.0033 + 24 * 0.0033 + 100 * 0.000107 + 0.0035, 9);
  });
});

describe("cudoAdapter.parse (edge variants)", () => {
  const { offers, skipped } = parseBody(fixture("cudo.edge-quirks.json"));

  it("reads omitted zero counters as nothing free: one sold-out 1-GPU configuration", () => {
    const soldOut = offers.filter((offer) => offer.region === "gb-bournemouth-1");
    expect(soldOut).toHaveLength(1);
    expect(soldOut[0]).toMatchObject({
      gpuCount: 1,
      availability: "sold_out",
      availableCount: 0,
      country: "GB",
    });
  });

  it("stops at the largest power of two ≤ maxGpuFree and prices an empty IPv4 value as 0", () => {
    const london = offers.filter((offer) => offer.region === "uk-london-1");
    expect(london.map((offer) => offer.gpuCount)).toEqual([1, 2, 4]);
    expect(london[0]?.country).toBe("GB");
    expect(london[0]?.pricePerHour).toBeCloseTo(1.6874, 9);
  });

  it("marks a configuration that does not fit the largest free host as sold out", () => {
    const narrow = offers.filter((offer) => offer.instanceType === "intel-broadwell-v100-narrow");
    expect(
      narrow.map((offer) => [offer.cpuCores, offer.ramGb, offer.availability, offer.availableCount]),
    ).toEqual([
      [4, 8, "available", 2],
      [8, 16, "available", 1],
      [16, 32, "sold_out", 0],
    ]);
    expect(narrow[2]?.pricePerHour).toBeCloseTo(0.9257, 9);
  });

  it("skips a GPU machine type without a GPU price", () => {
    expect(skipped).toEqual([
      { id: "no-kristiansand-1/epyc-genoa-a100-pcie-unpriced", reason: "no GPU price" },
    ]);
  });

  it("rejects a price that is a number instead of a decimal string", () => {
    expect(() => parseBody(fixture("cudo.edge-bad-shape.json"))).toThrow(
      /cudo: unexpected vms\/machine-types payload: machineTypes\.0\.gpuPriceHr\.value/,
    );
  });
});

describe("cudoAdapter.parse (property)", () => {
  it("design property 2: configurations respect the provider's per-GPU and ratio bounds", () => {
    const [base] = z
      .object({ machineTypes: z.array(z.looseObject({})) })
      .parse(fixture("cudo.json")).machineTypes;
    const machine = fc.record({
      minVcpuPerGpu: fc.integer({ min: 1, max: 8 }),
      maxVcpuPerGpu: fc.integer({ min: 8, max: 32 }),
      maxGpuFree: fc.integer({ min: 0, max: 10 }),
      maxVcpuFree: fc.integer({ min: 0, max: 400 }),
      maxMemoryGibFree: fc.integer({ min: 0, max: 4000 }),
    });
    fc.assert(
      fc.property(machine, (limits) => {
        const { offers } = parseBody({ machineTypes: [{ ...base, ...limits }] });
        for (const offer of offers) {
          rawOfferSchema.parse(offer);
          const vcpus = offer.cpuCores ?? 0;
          const memory = offer.ramGb ?? 0;
          expect(vcpus).toBeGreaterThanOrEqual(limits.minVcpuPerGpu * offer.gpuCount);
          expect(vcpus).toBeLessThanOrEqual(limits.maxVcpuPerGpu * offer.gpuCount);
          expect(vcpus / memory).toBeLessThanOrEqual(1.0 + 1e-9);
          expect(vcpus / memory).toBeGreaterThanOrEqual(0.25 - 1e-9);
          if (offer.availability === "available")
            expect(offer.gpuCount).toBeLessThanOrEqual(limits.maxGpuFree);
        }
        return offers.length > 0;
      }),
      { numRuns: 100 },
    );
  });
});
