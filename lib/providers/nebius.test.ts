import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nebiusAdapter, nebiusEstimateRequests } from "./nebius";
import { normalizeOffer } from "./normalize";
import { type ProviderRequest, type ProviderResponse, type RawOffer, rawOfferSchema } from "./types";

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

const credentials = { iamToken: "iam-token", projects: "eu-north1=project-e00a1b2c3d4e5f6g7h" };

const recordedEstimateSchema = z.object({ hourly_cost: z.unknown(), monthly_cost: z.unknown() });

/** The recorded EstimateResponse (H100 1 GPU, "2.95") with another hourly cost. */
function estimateBody(cost: string): unknown {
  const recorded = recordedEstimateSchema.parse(fixture("nebius.estimate.json"));
  return { ...recorded, hourly_cost: { general: { total: { cost, cost_rounded: cost } } } };
}

const estimateMessageSchema = z.object({
  resource_spec: z.object({
    compute_instance_spec: z.object({
      spec: z.object({
        resources: z.object({ platform: z.string(), preset: z.string() }),
        preemptible: z.object({}).optional(),
      }),
    }),
  }),
});

function estimateKey(request: ProviderRequest): string {
  const message = estimateMessageSchema.parse(JSON.parse(request.body ?? ""));
  const { spec } = message.resource_spec.compute_instance_spec;
  return `${spec.resources.platform} ${spec.resources.preset}${spec.preemptible ? " spot" : ""}`;
}

function listResponse(creds: typeof credentials, body: unknown): ProviderResponse {
  const [request] = nebiusAdapter.buildRequests(creds);
  if (!request) throw new Error("no request built");
  return { request, body };
}

/** Answers each Estimate request from `costs` (keyed "platform preset[ spot]"); unlisted ones get no response. */
function answer(requests: ProviderRequest[], costs: Record<string, string>): ProviderResponse[] {
  return requests.flatMap((request) => {
    const cost = costs[estimateKey(request)];
    return cost === undefined ? [] : [{ request, body: estimateBody(cost) }];
  });
}

function byId(offers: RawOffer[], id: string): RawOffer {
  const offer = offers.find((candidate) => candidate.externalId === id);
  if (!offer) throw new Error(`offer ${id} missing`);
  return offer;
}

describe("nebiusAdapter requests (gRPC calls described as requests)", () => {
  it("lists platforms per configured project, region in the URL fragment", () => {
    const requests = nebiusAdapter.buildRequests({
      ...credentials,
      projects: "eu-north1=project-e00a1b2c3d4e5f6g7h, us-central1=project-u00zz",
    });
    expect(requests).toHaveLength(2);
    expect(requests[0]).toEqual({
      method: "POST",
      url: "https://compute.api.nebius.cloud/nebius.compute.v1.PlatformService/List#region=eu-north1",
      headers: { authorization: "Bearer iam-token", "content-type": "application/grpc" },
      body: JSON.stringify({ parent_id: "project-e00a1b2c3d4e5f6g7h", page_size: 999 }),
    });
    expect(requests[1]?.url).toMatch(/#region=us-central1$/);
    expect(JSON.parse(nebiusAdapter.validateCredentials?.(credentials).body ?? "")).toEqual({
      parent_id: "project-e00a1b2c3d4e5f6g7h",
      page_size: 1,
    });
    expect(() => nebiusAdapter.buildRequests({ iamToken: "t" })).toThrow(/credentials.projects is required/);
    expect(() => nebiusAdapter.buildRequests({ iamToken: "t", projects: "project-e00" })).toThrow(
      /<region>=<project id>/,
    );
    expect(() => nebiusAdapter.buildRequests({ projects: credentials.projects })).toThrow(/iamToken/);
  });

  it("builds one Estimate per GPU preset, plus a preemptible one where allowed", () => {
    const estimates = nebiusEstimateRequests(credentials, [
      listResponse(credentials, fixture("nebius.json")),
    ]);
    // h100 and h200: 2 presets × (on-demand + spot); l40s: 2 × 2; the CPU platform: none
    expect(estimates.map(estimateKey)).toEqual([
      "gpu-h100-sxm 1gpu-16vcpu-200gb",
      "gpu-h100-sxm 1gpu-16vcpu-200gb spot",
      "gpu-h100-sxm 8gpu-128vcpu-1600gb",
      "gpu-h100-sxm 8gpu-128vcpu-1600gb spot",
      "gpu-h200-sxm 1gpu-16vcpu-200gb",
      "gpu-h200-sxm 1gpu-16vcpu-200gb spot",
      "gpu-h200-sxm 8gpu-128vcpu-1600gb",
      "gpu-h200-sxm 8gpu-128vcpu-1600gb spot",
      "gpu-l40s-a 1gpu-8vcpu-32gb",
      "gpu-l40s-a 1gpu-8vcpu-32gb spot",
      "gpu-l40s-a 1gpu-16vcpu-64gb",
      "gpu-l40s-a 1gpu-16vcpu-64gb spot",
    ]);
    expect(estimates[1]).toEqual({
      method: "POST",
      url: "https://calculator.billing-data-plane.api.nebius.cloud/nebius.billing.v1alpha1.CalculatorService/Estimate#region=eu-north1",
      headers: { authorization: "Bearer iam-token", "content-type": "application/grpc" },
      body: JSON.stringify({
        resource_spec: {
          compute_instance_spec: {
            metadata: { parent_id: "project-e00a1b2c3d4e5f6g7h" },
            spec: { resources: { platform: "gpu-h100-sxm", preset: "1gpu-16vcpu-200gb" }, preemptible: {} },
          },
        },
      }),
    });
  });

  it("pages the List with next_page_token and never pages an Estimate", () => {
    const first = listResponse(credentials, fixture("nebius.edge-camelcase.json"));
    const next = nebiusAdapter.nextPage?.(first);
    expect(next?.url).toBe(first.request.url);
    expect(JSON.parse(next?.body ?? "")).toEqual({
      parent_id: "project-e00a1b2c3d4e5f6g7h",
      page_size: 999,
      page_token: "page-2",
    });
    expect(nebiusAdapter.nextPage?.(listResponse(credentials, fixture("nebius.json")))).toBeNull();
    const [estimate] = nebiusEstimateRequests(credentials, [
      listResponse(credentials, fixture("nebius.json")),
    ]);
    if (!estimate) throw new Error("no estimate");
    expect(nebiusAdapter.nextPage?.({ request: estimate, body: fixture("nebius.estimate.json") })).toBeNull();
    expect(nebiusAdapter.bookInstance).toBeUndefined();
  });
});

describe("nebiusAdapter.parse (fixtures)", () => {
  const list = listResponse(credentials, fixture("nebius.json"));
  const estimates = nebiusEstimateRequests(credentials, [list]);
  const [h100Estimate] = estimates;
  if (!h100Estimate) throw new Error("no estimate");
  // The recorded response answers the first call (H100 1 GPU); the others reuse its format with the
  // public nebius.com/prices figures (providers.md §14) or, for 8 GPUs, 8 × the 1-GPU price.
  const responses: ProviderResponse[] = [
    list,
    { request: h100Estimate, body: fixture("nebius.estimate.json") },
    ...answer(estimates.slice(1), {
      "gpu-h100-sxm 1gpu-16vcpu-200gb spot": "1.25",
      "gpu-h100-sxm 8gpu-128vcpu-1600gb": "23.6",
      "gpu-h100-sxm 8gpu-128vcpu-1600gb spot": "10",
      "gpu-h200-sxm 1gpu-16vcpu-200gb": "3.5",
      "gpu-h200-sxm 1gpu-16vcpu-200gb spot": "1.45",
      "gpu-h200-sxm 8gpu-128vcpu-1600gb": "28",
      "gpu-l40s-a 1gpu-8vcpu-32gb": "1.55",
    }),
  ];
  const { offers, skipped } = nebiusAdapter.parse(responses);

  it("makes one offer per priced GPU preset and skips CPU and unpriced presets", () => {
    expect(offers.map((offer) => offer.externalId)).toEqual([
      "gpu-h100-sxm 1gpu-16vcpu-200gb@eu-north1",
      "gpu-h100-sxm 8gpu-128vcpu-1600gb@eu-north1",
      "gpu-h200-sxm 1gpu-16vcpu-200gb@eu-north1",
      "gpu-h200-sxm 8gpu-128vcpu-1600gb@eu-north1",
      "gpu-l40s-a 1gpu-8vcpu-32gb@eu-north1",
    ]);
    expect(skipped).toEqual([
      { id: "gpu-l40s-a 1gpu-16vcpu-64gb@eu-north1", reason: "no Estimate response for this preset" },
      { id: "cpu-d3 4vcpu-16gb@eu-north1", reason: "CPU-only preset" },
      { id: "cpu-d3 16vcpu-64gb@eu-north1", reason: "CPU-only preset" },
    ]);
    for (const offer of offers) expect(rawOfferSchema.parse(offer)).toEqual(offer);
  });

  it("prices the instance from the decimal-string Estimate, spot from the preemptible Estimate", () => {
    const h100 = byId(offers, "gpu-h100-sxm 1gpu-16vcpu-200gb@eu-north1");
    expect(h100).toMatchObject({
      provider: "nebius",
      instanceType: "gpu-h100-sxm 1gpu-16vcpu-200gb",
      gpuName: "h100-sxm",
      gpuCount: 1,
      vramPerGpuGb: 80,
      cpuCores: 16,
      ramGb: 200,
      pricePerHour: 2.95,
      spotPricePerHour: 1.25,
      currency: "USD",
      region: "eu-north1",
      market: "on_demand",
      availability: "unknown",
      interconnect: null,
    });
    expect(normalizeOffer(h100)).toMatchObject({
      gpuModel: "H100 SXM",
      pricePerGpuHourUsd: 2.95,
      country: "FI",
    });
  });

  it("marks clustering presets InfiniBand and divides per GPU", () => {
    const h200x8 = byId(offers, "gpu-h200-sxm 8gpu-128vcpu-1600gb@eu-north1");
    expect(h200x8).toMatchObject({
      gpuCount: 8,
      vramPerGpuGb: 141,
      pricePerHour: 28,
      spotPricePerHour: null,
      interconnect: "InfiniBand",
    });
    expect(normalizeOffer(h200x8)).toMatchObject({ gpuModel: "H200 SXM", pricePerGpuHourUsd: 3.5 });
    const h100x8 = normalizeOffer(byId(offers, "gpu-h100-sxm 8gpu-128vcpu-1600gb@eu-north1"));
    expect(h100x8.pricePerGpuHourUsd).toBeCloseTo(2.95, 10);
    expect(h100x8.spotPricePerHourUsd).toBe(10);
  });

  it("drops the host-CPU variant letter from the GPU name (gpu-l40s-a)", () => {
    const l40s = byId(offers, "gpu-l40s-a 1gpu-8vcpu-32gb@eu-north1");
    expect(l40s).toMatchObject({
      gpuName: "l40s",
      vramPerGpuGb: 48,
      cpuCores: 8,
      ramGb: 32,
      pricePerHour: 1.55,
      spotPricePerHour: null,
    });
    expect(normalizeOffer(l40s).gpuModel).toBe("L40S");
  });
});

describe("nebiusAdapter.parse (edge variants)", () => {
  const usCredentials = { iamToken: "iam-token", projects: "us-central1=project-u00a1b2c3d4e5f6g7h" };

  it("accepts lowerCamelCase proto3 JSON with int64 values as strings", () => {
    const list = listResponse(usCredentials, fixture("nebius.edge-camelcase.json"));
    const estimates = nebiusEstimateRequests(usCredentials, [list]);
    expect(estimates.map(estimateKey)).toEqual([
      "gpu-b200-sxm 8gpu-160vcpu-1792gb",
      "gpu-b200-sxm 8gpu-160vcpu-1792gb spot",
    ]);
    const { offers } = nebiusAdapter.parse([
      list,
      ...answer(estimates, {
        "gpu-b200-sxm 8gpu-160vcpu-1792gb": "44",
        "gpu-b200-sxm 8gpu-160vcpu-1792gb spot": "23.2",
      }),
    ]);
    const b200 = byId(offers, "gpu-b200-sxm 8gpu-160vcpu-1792gb@us-central1");
    expect(b200).toMatchObject({
      gpuName: "b200-sxm",
      gpuCount: 8,
      vramPerGpuGb: 180,
      cpuCores: 160,
      ramGb: 1792,
      pricePerHour: 44,
      spotPricePerHour: 23.2,
      interconnect: "InfiniBand",
      country: "US",
    });
    expect(normalizeOffer(b200)).toMatchObject({ gpuModel: "B200", pricePerGpuHourUsd: 5.5 });
  });

  it("skips platforms without preemptibles from spot Estimates", () => {
    const body = z.object({ items: z.array(z.looseObject({})) }).parse(fixture("nebius.json"));
    const noSpot = { items: body.items.map((item) => ({ ...item, status: {} })) };
    const estimates = nebiusEstimateRequests(credentials, [listResponse(credentials, noSpot)]);
    expect(estimates.map(estimateKey).filter((key) => key.endsWith(" spot"))).toEqual([]);
    expect(estimates).toHaveLength(6);
  });

  it("rejects a numeric cost and a response without a region fragment", () => {
    const list = listResponse(credentials, fixture("nebius.json"));
    const [estimate] = nebiusEstimateRequests(credentials, [list]);
    if (!estimate) throw new Error("no estimate");
    const numeric = { hourly_cost: { general: { total: { cost: 2.95 } } } };
    expect(() => nebiusAdapter.parse([list, { request: estimate, body: numeric }])).toThrow(
      /nebius: unexpected nebius\.billing\.v1alpha1\.CalculatorService\/Estimate payload: hourly_cost\.general\.total\.cost/,
    );
    const unlabelled = { ...list.request, url: list.request.url.replace(/#.*$/, "") };
    expect(() => nebiusAdapter.parse([{ request: unlabelled, body: fixture("nebius.json") }])).toThrow(
      /#region=/,
    );
  });
});
