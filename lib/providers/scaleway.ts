import { z } from "zod";
import { parsePayload } from "./parse-helpers";
import type {
  AvailabilityStatus,
  BookOptions,
  Credentials,
  ParseResult,
  ProviderAdapter,
  ProviderRequest,
  ProviderResponse,
  RawOffer,
} from "./types";

/**
 * Scaleway Instances adapter: server types + their availability, per zone.
 *
 * Source: shared/reference/providers.md §18 and §22, read from scaleway/scaleway-sdk-python
 * `scaleway/instance/v1/marshalling.py` (`unmarshal_ServerType`,
 * `unmarshal_GetServerTypesAvailabilityResponse`) and the SDK's `CreateServerRequest` ("image:
 * Instance image ID or label") and server action API (`POST .../servers/{id}/action`
 * `{"action": "terminate"}`); zones fr-par-1 / fr-par-2 as in skypilot-catalog.
 *
 * Units: `hourly_price` is EUR per hour for the whole server; `ram` and `gpu_info.gpu_memory` are
 * bytes, converted with 2^30 (an "80G" H100 reports 85899345920 = 80 GiB; GiB are reported as GB,
 * the way Scaleway names its types); `scratch_storage_max_size` is decimal bytes (3e12 = 3 TB).
 * `servers` is a map keyed by the commercial type. Availability: available → "available",
 * scarce → "limited", shortage → "sold_out"; a type the availability map omits is "unknown".
 * `gpu_info.gpu_name` values are unverified (providers.md). No spot market.
 */

const provider = "scaleway";
const apiBaseUrl = "https://api.scaleway.com/instance/v1";
/** Zones queried when `credentials.zones` is not set (skypilot-catalog's Scaleway GPU zones). */
export const scalewayDefaultZones = ["fr-par-1", "fr-par-2"] as const;
const perPage = 100;
const bytesPerGib = 2 ** 30;
const bytesPerGb = 1e9;
/** Scaleway's GPU OS image label (Ubuntu 22.04 with the NVIDIA driver), the usual image for GPU types. */
const defaultGpuImage = "ubuntu_jammy_gpu_os_12";

const serverTypeSchema = z.looseObject({
  /** EUR per hour */
  hourly_price: z.number().nonnegative(),
  ncpus: z.number().int().nonnegative(),
  /** bytes */
  ram: z.number().nonnegative(),
  gpu: z.number().int().nonnegative().nullable().optional(),
  end_of_service: z.boolean().optional(),
  gpu_info: z
    .looseObject({
      gpu_manufacturer: z.string().optional(),
      gpu_name: z.string().min(1),
      /** bytes per GPU */
      gpu_memory: z.number().nonnegative(),
    })
    .nullable()
    .optional(),
  /** bytes */
  scratch_storage_max_size: z.number().nonnegative().nullable().optional(),
});
type ServerType = z.infer<typeof serverTypeSchema>;

const serversResponseSchema = z.looseObject({
  servers: z.record(z.string(), serverTypeSchema),
  total_count: z.number().int().nonnegative(),
});

const availabilityResponseSchema = z.looseObject({
  servers: z.record(z.string(), z.looseObject({ availability: z.string() })),
});

const availabilityByStock: Readonly<Record<string, AvailabilityStatus>> = {
  available: "available",
  scarce: "limited",
  shortage: "sold_out",
};

/** Builds the `providerInstanceId` `terminate` expects: the zone and the server id. */
export function scalewayInstanceId(zone: string, serverId: string): string {
  return `${zone}/${serverId}`;
}

function zonesOf(credentials: Credentials): string[] {
  const configured = (credentials.zones ?? "")
    .split(",")
    .map((zone) => zone.trim())
    .filter((zone) => zone !== "");
  return configured.length > 0 ? configured : [...scalewayDefaultZones];
}

function headers(credentials: Credentials): Record<string, string> {
  const secretKey = credentials.secretKey;
  if (!secretKey) throw new Error("scaleway: credentials.secretKey is required");
  return { "X-Auth-Token": secretKey, Accept: "application/json" };
}

function serversUrl(zone: string, page: number): string {
  return `${apiBaseUrl}/zones/${zone}/products/servers?per_page=${perPage}&page=${page}`;
}

/** "/instance/v1/zones/fr-par-2/products/servers[/availability]" → zone and endpoint. */
function endpointOf(url: string): { zone: string; endpoint: "servers" | "availability" } {
  const match = /\/zones\/([^/]+)\/products\/servers(\/availability)?$/.exec(new URL(url).pathname);
  const zone = match?.[1];
  if (!zone) throw new Error(`scaleway: response from an unexpected URL ${url}`);
  return { zone, endpoint: match[2] ? "availability" : "servers" };
}

/** Zones are "<country>-<city>-<n>": fr-par-1 → FR, nl-ams-1 → NL, pl-waw-2 → PL. */
function countryOfZone(zone: string): string | null {
  const prefix = zone.split("-")[0] ?? "";
  return /^[a-z]{2}$/.test(prefix) ? prefix.toUpperCase() : null;
}

function toOffer(
  zone: string,
  type: string,
  server: ServerType,
  gpuName: string,
  gpuMemory: number,
  stock: string | undefined,
): RawOffer {
  const scratch = server.scratch_storage_max_size ?? 0;
  return {
    provider,
    externalId: `${type}@${zone}`,
    instanceType: type,
    gpuName,
    gpuCount: server.gpu ?? 0,
    vramPerGpuGb: gpuMemory > 0 ? gpuMemory / bytesPerGib : null,
    cpuCores: server.ncpus,
    ramGb: server.ram / bytesPerGib,
    storageGb: scratch > 0 ? scratch / bytesPerGb : null,
    pricePerHour: server.hourly_price,
    spotPricePerHour: null,
    currency: "EUR",
    region: zone,
    country: countryOfZone(zone),
    market: "on_demand",
    availability: stock === undefined ? "unknown" : (availabilityByStock[stock] ?? "unknown"),
    availableCount: null,
    interconnect: null,
    complianceTags: [],
    reliability: null,
    storagePriceGbMonth: null,
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
  };
}

function parseAll(responses: ProviderResponse[]): ParseResult {
  const result: ParseResult = { offers: [], skipped: [] };
  const types: { zone: string; type: string; server: ServerType }[] = [];
  const stock = new Map<string, string>();
  for (const response of responses) {
    const { zone, endpoint } = endpointOf(response.request.url);
    if (endpoint === "availability") {
      const body = parsePayload(
        availabilityResponseSchema,
        response.body,
        provider,
        `${zone} servers/availability`,
      );
      for (const [type, entry] of Object.entries(body.servers))
        stock.set(`${zone}|${type}`, entry.availability);
      continue;
    }
    const body = parsePayload(serversResponseSchema, response.body, provider, `${zone} products/servers`);
    for (const [type, server] of Object.entries(body.servers)) types.push({ zone, type, server });
  }
  for (const { zone, type, server } of types) {
    const id = `${type}@${zone}`;
    if (!server.gpu) result.skipped.push({ id, reason: "no GPU" });
    else if (server.end_of_service) result.skipped.push({ id, reason: "end of service" });
    else if (!server.gpu_info) result.skipped.push({ id, reason: "GPU type without gpu_info" });
    else {
      const { gpu_name: gpuName, gpu_memory: gpuMemory } = server.gpu_info;
      result.offers.push(toOffer(zone, type, server, gpuName, gpuMemory, stock.get(`${zone}|${type}`)));
    }
  }
  return result;
}

export const scalewayAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Scaleway",
    apiBaseUrl,
    kind: "api",
    credentialKeys: ["secretKey"],
    docsUrl: "https://www.scaleway.com/en/developers/api/instance/",
  },

  /** Per zone: the first page of server types and their availability. */
  buildRequests(credentials: Credentials): ProviderRequest[] {
    const auth = headers(credentials);
    return zonesOf(credentials).flatMap((zone): ProviderRequest[] => [
      { method: "GET", url: serversUrl(zone, 1), headers: auth },
      { method: "GET", url: `${apiBaseUrl}/zones/${zone}/products/servers/availability`, headers: auth },
    ]);
  },

  /** `per_page`/`page` paging of the server types against `total_count`. */
  nextPage(response: ProviderResponse): ProviderRequest | null {
    const { zone, endpoint } = endpointOf(response.request.url);
    if (endpoint !== "servers") return null;
    const page = Number(new URL(response.request.url).searchParams.get("page") ?? "1");
    const body = parsePayload(serversResponseSchema, response.body, provider, `${zone} products/servers`);
    if (page * perPage >= body.total_count || Object.keys(body.servers).length === 0) return null;
    return { ...response.request, url: serversUrl(zone, page + 1) };
  },

  parse: parseAll,

  validateCredentials(credentials: Credentials): ProviderRequest {
    const [zone] = zonesOf(credentials);
    return {
      method: "GET",
      url: `${apiBaseUrl}/zones/${zone}/products/servers?per_page=1&page=1`,
      headers: headers(credentials),
    };
  },

  /**
   * `POST /zones/{zone}/servers` in the offer's zone and `credentials.projectId`. SSH keys are
   * project-level at Scaleway (IAM), so `options.sshPublicKey` is not part of this request.
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    const projectId = credentials.projectId;
    if (!projectId) throw new Error("scaleway: booking needs credentials.projectId");
    return {
      method: "POST",
      url: `${apiBaseUrl}/zones/${offer.region}/servers`,
      headers: { ...headers(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        name: options.name,
        commercial_type: offer.instanceType,
        image: options.image ?? defaultGpuImage,
        project: projectId,
      }),
    };
  },

  /** `POST /zones/{zone}/servers/{id}/action {"action": "terminate"}`; the id is `<zone>/<server id>`. */
  terminate(credentials: Credentials, providerInstanceId: string): ProviderRequest {
    const [zone, serverId, extra] = providerInstanceId.split("/");
    if (!zone || !serverId || extra !== undefined) {
      throw new Error(`scaleway: instance id ${providerInstanceId} is not "<zone>/<server id>"`);
    }
    return {
      method: "POST",
      url: `${apiBaseUrl}/zones/${zone}/servers/${encodeURIComponent(serverId)}/action`,
      headers: { ...headers(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({ action: "terminate" }),
    };
  },
};
