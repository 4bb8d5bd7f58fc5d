import { z } from "zod";
import { parsePayload } from "./parse-helpers";
import type {
  Credentials,
  ParseResult,
  ProviderAdapter,
  ProviderRequest,
  ProviderResponse,
  RawOffer,
} from "./types";

/**
 * Vast.ai marketplace adapter.
 *
 * Source: shared/reference/providers.md §1 and §22, read from dstackai/gpuhunt
 * `src/gpuhunt/providers/vastai.py`, vast-ai/vast-cli `vast.py`, `vastai/data/offer.py`.
 * Search is public (`POST /api/v0/bundles/`, no key needed); an API key is sent when given.
 */

const provider = "vastai";
const apiBaseUrl = "https://console.vast.ai/api/v0";

/**
 * The search body gpuhunt's `make_filters` builds (providers.md §1, fixtures/index.json): only
 * rentable, not-yet-rented asks with at least one GPU, best score first, 3000 at most.
 */
export const vastaiSearchBody = {
  num_gpus: { gte: 1 },
  rentable: { eq: true },
  rented: { eq: false },
  order: [["score", "desc"]],
  limit: 3000,
} as const;

const nullableNumber = z.number().nullable().optional();

/** One ask ("offer") of `{offers: [...]}`; units per providers.md §1. */
const vastOfferSchema = z.looseObject({
  id: z.number().int(),
  gpu_name: z.string().nullable().optional(),
  num_gpus: z.number().nullable().optional(),
  /** MiB per GPU as nvidia-smi reports it */
  gpu_ram: nullableNumber,
  /** whole-machine cores; null happens */
  cpu_cores: nullableNumber,
  /** vCPUs allotted to this bundle */
  cpu_cores_effective: nullableNumber,
  /** MB of the whole machine */
  cpu_ram: nullableNumber,
  /** GB of disk available */
  disk_space: nullableNumber,
  /** $/h for the bundle without storage */
  dph_base: z.number(),
  /** $/h including storage = dph_base + storage_total_cost */
  dph_total: nullableNumber,
  /** $/GB/month */
  storage_cost: nullableNumber,
  /** $/h for the allocated storage */
  storage_total_cost: nullableNumber,
  /** $/h minimum interruptible bid */
  min_bid: nullableNumber,
  inet_up_cost: nullableNumber,
  geolocation: z.string().nullable().optional(),
  reliability2: nullableNumber,
  reliability: nullableNumber,
  rentable: z.boolean().nullable().optional(),
  rented: z.boolean().nullable().optional(),
});
type VastOffer = z.infer<typeof vastOfferSchema>;

const vastResponseSchema = z.looseObject({ offers: z.array(z.unknown()) });

function jsonHeaders(credentials: Credentials): Record<string, string> {
  const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
  const apiKey = credentials.apiKey;
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
  return headers;
}

/** `"Sweden, SE"` → region "Sweden, SE", country "SE"; `", US"` → "US"; null → "unknown". */
function parseGeolocation(geolocation: string | null | undefined): {
  region: string;
  country: string | null;
} {
  const text = (geolocation ?? "").trim();
  const countryMatch = /(?:^|,\s*)([A-Z]{2})$/.exec(text);
  const country = countryMatch?.[1] ?? null;
  const region = text.replace(/^,\s*/, "");
  return { region: region.length > 0 ? region : "unknown", country };
}

/** Whole-bundle RAM in GB by gpuhunt's formula: `cpu_ram * cpu_cores_effective / cpu_cores / 1000`. */
function bundleRamGb(offer: VastOffer): number | null {
  const { cpu_ram: machineRamMb, cpu_cores: machineCores, cpu_cores_effective: bundleCores } = offer;
  if (machineRamMb == null || machineCores == null || machineCores <= 0 || bundleCores == null) return null;
  return (machineRamMb * bundleCores) / machineCores / 1000;
}

function toOffer(offer: VastOffer, gpuName: string, gpuCount: number): RawOffer {
  const storagePerHour = offer.storage_total_cost ?? 0;
  // dph_total already includes the storage share; without it, rebuild it as gpuhunt does.
  const pricePerHour = offer.dph_total ?? offer.dph_base + storagePerHour;
  const { region, country } = parseGeolocation(offer.geolocation);
  const available = offer.rentable !== false && offer.rented !== true;
  return {
    provider,
    externalId: String(offer.id),
    // Vast bundles have no SKU; "<count>x <gpu_name>" names the bundle shape.
    instanceType: `${gpuCount}x ${gpuName}`,
    gpuName,
    gpuCount,
    vramPerGpuGb: offer.gpu_ram != null && offer.gpu_ram > 0 ? offer.gpu_ram / 1024 : null,
    cpuCores: offer.cpu_cores_effective ?? null,
    ramGb: bundleRamGb(offer),
    storageGb: offer.disk_space ?? null,
    pricePerHour,
    spotPricePerHour: offer.min_bid != null ? offer.min_bid + storagePerHour : null,
    currency: "USD",
    region,
    country,
    market: "on_demand",
    availability: available ? "available" : "sold_out",
    availableCount: null,
    interconnect: null,
    complianceTags: [],
    reliability: offer.reliability2 ?? offer.reliability ?? null,
    storagePriceGbMonth: offer.storage_cost ?? null,
    egressPriceGb: offer.inet_up_cost ?? null,
    bootTimeS: null,
    source: "api",
  };
}

function parseResponse(response: ProviderResponse, result: ParseResult): void {
  const body = parsePayload(vastResponseSchema, response.body, provider, "bundles");
  body.offers.forEach((item, index) => {
    const offer = parsePayload(vastOfferSchema, item, provider, `bundles offers.${index}`);
    const gpuName = offer.gpu_name?.trim();
    const gpuCount = offer.num_gpus ?? 0;
    if (!gpuName || gpuCount <= 0) {
      result.skipped.push({ id: String(offer.id), reason: "no GPU in bundle" });
      return;
    }
    result.offers.push(toOffer(offer, gpuName, gpuCount));
  });
}

export const vastaiAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Vast.ai",
    apiBaseUrl,
    kind: "api",
    credentialKeys: [],
    docsUrl: "https://docs.vast.ai/api",
  },

  buildRequests(credentials: Credentials): ProviderRequest[] {
    return [
      {
        method: "POST",
        url: `${apiBaseUrl}/bundles/`,
        headers: jsonHeaders(credentials),
        body: JSON.stringify(vastaiSearchBody),
      },
    ];
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const result: ParseResult = { offers: [], skipped: [] };
    for (const response of responses) parseResponse(response, result);
    return result;
  },

  /** vast-cli `show user` reads `GET /users/current` with the key as Bearer token. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    if (!credentials.apiKey)
      throw new Error("vastai: credentials.apiKey is required to validate credentials");
    return { method: "GET", url: `${apiBaseUrl}/users/current/`, headers: jsonHeaders(credentials) };
  },
};
