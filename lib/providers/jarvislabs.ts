import { z } from "zod";
import { numberOrDecimalStringSchema, parsePayload } from "./parse-helpers";
import {
  type BookOptions,
  type Credentials,
  type Currency,
  currencies,
  type ParseResult,
  type ProviderAdapter,
  type ProviderRequest,
  type ProviderResponse,
  type RawOffer,
} from "./types";

/**
 * JarvisLabs adapter.
 *
 * Source: shared/reference/providers.md §12 and §22, read from dstackai/gpuhunt
 * `providers/jarvislabs.py` + test (fields, per-GPU prices, region hosts, `workload_type` "vm" or
 * null for VM pools); skypilot `sky/catalog/data_fetchers/fetch_jarvislabs.py` (`num_gpus` is the
 * pool's ceiling and any power-of-two count up to it is launchable; top-level `currency` is the
 * account's billing currency, "INR" or "USD"); dstack's JarvisLabs backend client
 * (`POST <region host>/templates/vm/create`, `POST <region host>/templates/vm/destroy?machine_id=`,
 * `GET users/user_info`, Bearer key).
 *
 * `price_per_hour`, `spot_price`, `cpus_per_gpu` and `ram_per_gpu` are per GPU; an n-GPU offer
 * multiplies them by n. `vram` and `num_gpus` are strings. One offer per (gpu_type, region, n)
 * for n ∈ {1, 2, 4, 8} ≤ `num_gpus` (absent ⇒ 1); it is available when the pool has n free devices
 * (`effective_num_free_devices`, else `num_free_devices`), else "sold_out". `spot_price` is quoted on
 * the same row, so it becomes `spotPricePerHour` (skypilot notes VM spot may be container-only:
 * unverified either way). Container pools are skipped (not VMs); CPU plans are skipped. When the
 * account bills in a currency the offer schema does not carry (INR), every row is skipped.
 */

const provider = "jarvislabs";
/** skypilot fetcher / JarvisLabs SDK default host (India-Noida); server_meta lists every region. */
const catalogBaseUrl = "https://backendn.jarvislabs.net";
/** gpuhunt `API_URL`, the host dstack validates keys against. */
const accountBaseUrl = "https://backendprod.jarvislabs.net";

/** gpuhunt `JARVISLABS_REGION_URLS`: VM create/destroy must go to the region's own host. */
const regionBaseUrls: Readonly<Record<string, string>> = {
  "india-01": "https://backendprod.jarvislabs.net",
  "india-noida-01": "https://backendn.jarvislabs.net",
  "europe-01": "https://backendeu.jarvislabs.net",
};

const gpuCountSteps = [1, 2, 4, 8] as const;
/** Boot disk requested when the offer states none (JarvisLabs `hdd`, GB). */
const defaultDiskGb = 100;

const optionalCount = numberOrDecimalStringSchema.nullable().optional();

const gpuPoolSchema = z.looseObject({
  gpu_type: z.string().min(1),
  region: z.string().min(1),
  num_free_devices: optionalCount,
  effective_num_free_devices: optionalCount,
  spot_num_free_devices: optionalCount,
  /** per GPU-hour, account currency */
  price_per_hour: numberOrDecimalStringSchema,
  /** per GPU-hour, account currency */
  spot_price: numberOrDecimalStringSchema.nullable().optional(),
  /** GB per GPU, a string ("80") */
  vram: numberOrDecimalStringSchema.nullable().optional(),
  cpus_per_gpu: numberOrDecimalStringSchema,
  ram_per_gpu: numberOrDecimalStringSchema,
  workload_type: z.string().nullable().optional(),
  /** the pool's largest GPU count per instance, a string; absent ⇒ 1 */
  num_gpus: numberOrDecimalStringSchema.nullable().optional(),
});
type GpuPool = z.infer<typeof gpuPoolSchema>;

const responseSchema = z.looseObject({
  currency: z.string().optional(),
  server_meta: z.array(gpuPoolSchema),
  cpu_meta: z
    .looseObject({
      combinations: z
        .array(z.looseObject({ vcpus: numberOrDecimalStringSchema, ram_gb: numberOrDecimalStringSchema }))
        .optional(),
    })
    .nullable()
    .optional(),
});

/** Builds the `providerInstanceId` `terminate` expects: the region and the `machine_id`. */
export function jarvislabsInstanceId(region: string, machineId: string | number): string {
  return `${region}/${machineId}`;
}

function isCurrency(code: string): code is Currency {
  return (currencies as readonly string[]).includes(code);
}

function countryOfRegion(region: string): string | null {
  return region.startsWith("india-") ? "IN" : null;
}

function regionBaseUrl(region: string): string {
  const base = regionBaseUrls[region];
  if (!base)
    throw new Error(`jarvislabs: no known API host for region ${region} (JarvisLabs has no host discovery)`);
  return base;
}

function headers(credentials: Credentials): Record<string, string> {
  const apiKey = credentials.apiKey;
  if (!apiKey) throw new Error("jarvislabs: credentials.apiKey is required");
  return { Authorization: `Bearer ${apiKey}`, Accept: "application/json" };
}

function toOffers(pool: GpuPool, currency: Currency): RawOffer[] {
  const ceiling = pool.num_gpus ?? 1;
  const free = pool.effective_num_free_devices ?? pool.num_free_devices ?? 0;
  return gpuCountSteps
    .filter((count) => count <= ceiling)
    .map((gpuCount) => ({
      provider,
      externalId: `${pool.gpu_type}:${pool.region}:${gpuCount}`,
      instanceType: `${pool.gpu_type}-${gpuCount}x`,
      gpuName: pool.gpu_type,
      gpuCount,
      vramPerGpuGb: pool.vram ?? null,
      cpuCores: pool.cpus_per_gpu * gpuCount,
      ramGb: pool.ram_per_gpu * gpuCount,
      storageGb: null,
      pricePerHour: pool.price_per_hour * gpuCount,
      spotPricePerHour: pool.spot_price == null ? null : pool.spot_price * gpuCount,
      currency,
      region: pool.region,
      country: countryOfRegion(pool.region),
      market: "on_demand",
      availability: free >= gpuCount ? "available" : "sold_out",
      availableCount: Math.floor(free / gpuCount),
      interconnect: null,
      complianceTags: [],
      reliability: null,
      storagePriceGbMonth: null,
      egressPriceGb: null,
      bootTimeS: null,
      source: "api",
    }));
}

/** Keeps, per (gpu_type, region), the VM pool with the largest ceiling (skypilot `gpu_rows`). */
function vmPools(pools: GpuPool[], result: ParseResult): GpuPool[] {
  const best = new Map<string, GpuPool>();
  for (const pool of pools) {
    const id = `${pool.gpu_type}:${pool.region}`;
    if (pool.workload_type != null && pool.workload_type !== "vm") {
      result.skipped.push({ id, reason: `workload_type ${pool.workload_type} is not a VM pool` });
      continue;
    }
    const kept = best.get(id);
    if (kept === undefined) {
      best.set(id, pool);
      continue;
    }
    const [larger, smaller] = (pool.num_gpus ?? 1) > (kept.num_gpus ?? 1) ? [pool, kept] : [kept, pool];
    best.set(id, larger);
    result.skipped.push({ id, reason: `duplicate pool (ceiling ${smaller.num_gpus ?? 1}) of a larger one` });
  }
  return [...best.values()];
}

function parseServerMeta(body: unknown, result: ParseResult): void {
  const meta = parsePayload(responseSchema, body, provider, "misc/server_meta");
  const currency = meta.currency ?? "USD";
  for (const combination of meta.cpu_meta?.combinations ?? []) {
    result.skipped.push({ id: `cpu-${combination.vcpus}x${combination.ram_gb}`, reason: "CPU-only plan" });
  }
  if (!isCurrency(currency)) {
    for (const pool of meta.server_meta) {
      result.skipped.push({
        id: `${pool.gpu_type}:${pool.region}`,
        reason: `prices are in ${currency} (the account's billing currency); only ${currencies.join("/")} are supported`,
      });
    }
    return;
  }
  for (const pool of vmPools(meta.server_meta, result)) {
    if ((pool.num_gpus ?? 1) < 1)
      result.skipped.push({ id: `${pool.gpu_type}:${pool.region}`, reason: "num_gpus below 1" });
    else result.offers.push(...toOffers(pool, currency));
  }
}

export const jarvislabsAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "JarvisLabs",
    apiBaseUrl: catalogBaseUrl,
    kind: "api",
    credentialKeys: ["apiKey"],
    docsUrl: "https://docs.jarvislabs.ai/",
  },

  buildRequests(credentials: Credentials): ProviderRequest[] {
    return [{ method: "GET", url: `${catalogBaseUrl}/misc/server_meta`, headers: headers(credentials) }];
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const result: ParseResult = { offers: [], skipped: [] };
    for (const response of responses) parseServerMeta(response.body, result);
    return result;
  },

  /** `GET users/user_info` (dstack `validate_api_key`). */
  validateCredentials(credentials: Credentials): ProviderRequest {
    return { method: "GET", url: `${accountBaseUrl}/users/user_info`, headers: headers(credentials) };
  },

  /**
   * `POST <region host>/templates/vm/create` with dstack's body. SSH keys are account-wide at
   * JarvisLabs (`POST ssh/` beforehand), so `options.sshPublicKey` is not part of this request.
   * The response's `machine_id` with the region makes the id `terminate` takes
   * (`jarvislabsInstanceId`).
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    return {
      method: "POST",
      url: `${regionBaseUrl(offer.region)}/templates/vm/create`,
      headers: { ...headers(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        gpu_type: offer.gpuName,
        num_gpus: offer.gpuCount,
        hdd: offer.storageGb ?? defaultDiskGb,
        region: offer.region,
        name: options.name,
        is_spot: false,
        duration: "hour",
        disk_type: "ssd",
        http_ports: "",
        script_id: null,
        script_args: "",
        fs_id: null,
        arguments: "",
      }),
    };
  },

  /** `POST <region host>/templates/vm/destroy?machine_id=<id>`; the id is `<region>/<machine_id>`. */
  terminate(credentials: Credentials, providerInstanceId: string): ProviderRequest {
    const separator = providerInstanceId.lastIndexOf("/");
    const region = providerInstanceId.slice(0, separator);
    const machineId = providerInstanceId.slice(separator + 1);
    if (separator <= 0 || machineId === "") {
      throw new Error(`jarvislabs: instance id ${providerInstanceId} is not "<region>/<machine_id>"`);
    }
    return {
      method: "POST",
      url: `${regionBaseUrl(region)}/templates/vm/destroy?machine_id=${encodeURIComponent(machineId)}`,
      headers: headers(credentials),
    };
  },
};
