import { z } from "zod";
import { parsePayload } from "./parse-helpers";
import { regionInfo } from "./regions";
import type {
  BookOptions,
  Credentials,
  ParseResult,
  ProviderAdapter,
  ProviderRequest,
  ProviderResponse,
  RawOffer,
} from "./types";

/**
 * TensorDock marketplace adapter (API v2).
 *
 * Source: shared/reference/providers.md §4 and §22 (TensorDock API v2 docs page "Fetch Hostnodes
 * and Locations", a third-party client, gpuhunt `providers/tensordock.py` history). Instance
 * creation: TensorDock API v2 docs "Instance Creation" (dashboard.tensordock.com/api/docs):
 * `POST /api/v2/instances`, JSON:API envelope, location-based deployment needs ≥ 1 GPU, storage
 * ≥ 100 GB and an SSH key (`ssh_key` with the public key text is accepted).
 *
 * Pricing: `price_per_hr` is $/h PER GPU and vCPU, RAM and disk are billed on top
 * (`pricing.per_vcpu_hr`, `per_gb_ram_hr`, `per_gb_storage_hr`). An offer is one VM of n GPUs
 * (1 ≤ n ≤ `max_count`) with the location's per-VM maxima split evenly per GPU (rounded down to
 * the documented 2-vCPU / 8-GB steps) and the minimum 100 GB disk; its price is the sum of all four
 * parts. Sold-out GPUs (`max_count` 0) keep one offer priced for the GPU and disk only.
 */

const provider = "tensordock";
const apiBaseUrl = "https://dashboard.tensordock.com/api/v2";

/** TensorDock's minimum boot disk for a VM, GB (API v2 docs, instance creation). */
export const tensordockMinStorageGb = 100;

const gpuSchema = z.looseObject({
  /** SKU key, e.g. "geforcertx4090-pcie-24gb"; also the key of `resources.gpus` when deploying */
  v0Name: z.string().min(1),
  displayName: z.string().min(1),
  /** GPUs deployable in one VM; 0 ⇒ sold out */
  max_count: z.number().int().nonnegative(),
  /** $/h per GPU */
  price_per_hr: z.number().nonnegative(),
  resources: z.looseObject({
    max_vcpus: z.number().int().nonnegative(),
    max_ram_gb: z.number().nonnegative(),
    max_storage_gb: z.number().nonnegative(),
  }),
  pricing: z.looseObject({
    per_vcpu_hr: z.number().nonnegative(),
    per_gb_ram_hr: z.number().nonnegative(),
    per_gb_storage_hr: z.number().nonnegative(),
  }),
});
type TensordockGpu = z.infer<typeof gpuSchema>;

const locationSchema = z.looseObject({
  id: z.string().min(1),
  city: z.string(),
  stateprovince: z.string().nullable().optional(),
  country: z.string(),
  tier: z.number().nullable().optional(),
  gpus: z.array(z.unknown()),
});
type TensordockLocation = z.infer<typeof locationSchema>;

const responseSchema = z.looseObject({ data: z.looseObject({ locations: z.array(z.unknown()) }) });

function bearer(credentials: Credentials): Record<string, string> {
  const token = credentials.apiToken;
  if (!token) throw new Error("tensordock: credentials.apiToken is required");
  return { Authorization: `Bearer ${token}`, Accept: "application/json" };
}

/**
 * Resource steps of the v2 docs ("CPU cores must be in steps of 2, RAM in steps of 8GB", stated for
 * instance modification; applied here so a booked share is always a valid size).
 */
const vcpuStep = 2;
const ramStepGb = 8;

/** Largest multiple of `step` not above `value`, at least one step. */
function roundDownToStep(value: number, step: number): number {
  return Math.max(step, Math.floor(value / step) * step);
}

/** "NVIDIA GeForce RTX 4090 PCIe 24GB" → 24 (providers.md §22: parse displayName). */
function vramFromName(displayName: string): number | null {
  const match = /(\d+(?:\.\d+)?)\s*GB\b/i.exec(displayName);
  return match?.[1] ? Number(match[1]) : null;
}

function regionOf(location: TensordockLocation): string {
  return (
    [location.city, location.stateprovince].filter((part) => part && part.length > 0).join(", ") ||
    location.id
  );
}

function toOffer(
  location: TensordockLocation,
  gpu: TensordockGpu,
  gpuCount: number,
  soldOut: boolean,
): RawOffer {
  // An even per-GPU share of the per-VM maxima; unknown when nothing can be deployed.
  const share = soldOut ? null : gpuCount / gpu.max_count;
  const cpuCores = share === null ? null : roundDownToStep(gpu.resources.max_vcpus * share, vcpuStep);
  const ramGb = share === null ? null : roundDownToStep(gpu.resources.max_ram_gb * share, ramStepGb);
  const storageGb = tensordockMinStorageGb;
  const pricePerHour =
    gpu.price_per_hr * gpuCount +
    (cpuCores ?? 0) * gpu.pricing.per_vcpu_hr +
    (ramGb ?? 0) * gpu.pricing.per_gb_ram_hr +
    storageGb * gpu.pricing.per_gb_storage_hr;
  return {
    provider,
    externalId: `${location.id}:${gpu.v0Name}:${gpuCount}`,
    instanceType: gpu.v0Name,
    gpuName: gpu.displayName,
    gpuCount,
    vramPerGpuGb: vramFromName(gpu.displayName),
    cpuCores,
    ramGb,
    storageGb,
    pricePerHour,
    spotPricePerHour: null,
    currency: "USD",
    region: regionOf(location),
    country: regionInfo(location.country).country,
    market: "on_demand",
    availability: soldOut ? "sold_out" : "available",
    availableCount: null,
    interconnect: null,
    complianceTags: [],
    reliability: null,
    // per GB-hour → per GB-month (730 h)
    storagePriceGbMonth: gpu.pricing.per_gb_storage_hr * 730,
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
  };
}

function parseResponse(response: ProviderResponse, result: ParseResult): void {
  const body = parsePayload(responseSchema, response.body, provider, "locations");
  body.data.locations.forEach((item, locationIndex) => {
    const location = parsePayload(
      locationSchema,
      item,
      provider,
      `locations data.locations.${locationIndex}`,
    );
    location.gpus.forEach((gpuItem, gpuIndex) => {
      const path = `locations data.locations.${locationIndex}.gpus.${gpuIndex}`;
      const gpu = parsePayload(gpuSchema, gpuItem, provider, path);
      if (gpu.max_count === 0) {
        result.offers.push(toOffer(location, gpu, 1, true));
        return;
      }
      for (let gpuCount = 1; gpuCount <= gpu.max_count; gpuCount += 1) {
        result.offers.push(toOffer(location, gpu, gpuCount, false));
      }
    });
  });
}

/** `"<location id>:<v0Name>:<count>"` → the location id. */
function locationIdOf(offer: RawOffer): string {
  const [locationId] = offer.externalId.split(":");
  if (!locationId) throw new Error(`tensordock: offer ${offer.externalId} has no location id`);
  return locationId;
}

export const tensordockAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "TensorDock",
    apiBaseUrl,
    kind: "api",
    credentialKeys: ["apiToken"],
    docsUrl: "https://dashboard.tensordock.com/api/docs",
  },

  buildRequests(credentials: Credentials): ProviderRequest[] {
    return [{ method: "GET", url: `${apiBaseUrl}/locations`, headers: bearer(credentials) }];
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const result: ParseResult = { offers: [], skipped: [] };
    for (const response of responses) parseResponse(response, result);
    return result;
  },

  /** `GET /api/v2/instances` lists the organisation's VMs and needs a valid token. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    return { method: "GET", url: `${apiBaseUrl}/instances`, headers: bearer(credentials) };
  },

  /** Location-based deployment of the offer's GPU count with its vCPU/RAM share and 100 GB disk. */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    if (!options.sshPublicKey) throw new Error("tensordock: creating an instance needs options.sshPublicKey");
    if (offer.cpuCores === null || offer.ramGb === null) {
      throw new Error(`tensordock: offer ${offer.externalId} is sold out`);
    }
    return {
      method: "POST",
      url: `${apiBaseUrl}/instances`,
      headers: { ...bearer(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        data: {
          type: "virtualmachine",
          attributes: {
            name: options.name,
            type: "virtualmachine",
            image: options.image ?? "ubuntu2404",
            resources: {
              vcpu_count: offer.cpuCores,
              ram_gb: offer.ramGb,
              storage_gb: offer.storageGb ?? tensordockMinStorageGb,
              gpus: { [offer.instanceType]: { count: offer.gpuCount } },
            },
            location_id: locationIdOf(offer),
            useDedicatedIp: true,
            ssh_key: options.sshPublicKey,
          },
        },
      }),
    };
  },
};
