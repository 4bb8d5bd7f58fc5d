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
 * Lambda (Lambda Labs) on-demand cloud adapter.
 *
 * Source: shared/reference/providers.md §3 and §22, read from dstackai/gpuhunt
 * `providers/lambdalabs.py`, skypilot `fetch_lambda_cloud.py`, lyfegame/lambda-cloud-sdk.
 * Launch/terminate: Lambda Cloud API (docs-api.lambda.ai/api/cloud, `launchInstance`,
 * `terminateInstance`), also in the OpenAPI client dworznik/lambda-cloud-client
 * `LaunchInstanceRequest` (region_name, instance_type_name, ssh_key_names, quantity, name).
 */

const provider = "lambdalabs";
const apiBaseUrl = "https://cloud.lambdalabs.com/api/v1";

/** Offers of a type with no region in `regions_with_capacity_available` carry this region. */
export const lambdaSoldOutRegion = "global";

const instanceTypeSchema = z.looseObject({
  name: z.string().min(1),
  /** "8x H100 (80 GB SXM5)" */
  description: z.string(),
  /** "H100 (80 GB SXM5)" */
  gpu_description: z.string(),
  /** integer US cents per hour for the whole instance */
  price_cents_per_hour: z.number().int().nonnegative(),
  specs: z.looseObject({
    vcpus: z.number().int().nonnegative(),
    memory_gib: z.number().nonnegative(),
    storage_gib: z.number().nonnegative(),
    gpus: z.number().int().nonnegative(),
  }),
});

const entrySchema = z.looseObject({
  instance_type: instanceTypeSchema,
  regions_with_capacity_available: z.array(
    z.looseObject({ name: z.string().min(1), description: z.string() }),
  ),
});
type LambdaEntry = z.infer<typeof entrySchema>;

const responseSchema = z.looseObject({ data: z.record(z.string(), z.unknown()) });

/** "8x H100 (80 GB SXM5)" → 80; "1x GH200 (96 GB)" → 96 (gpuhunt parses memory from the description). */
function vramFromDescription(description: string): number | null {
  const match = /\((\d+(?:\.\d+)?)\s*GB\b/i.exec(description);
  return match?.[1] ? Number(match[1]) : null;
}

function bearer(credentials: Credentials): Record<string, string> {
  const apiKey = credentials.apiKey;
  if (!apiKey) throw new Error("lambdalabs: credentials.apiKey is required");
  return { Authorization: `Bearer ${apiKey}`, Accept: "application/json" };
}

function toOffers(entry: LambdaEntry): RawOffer[] {
  const type = entry.instance_type;
  const base = {
    provider,
    instanceType: type.name,
    gpuName: type.gpu_description,
    gpuCount: type.specs.gpus,
    vramPerGpuGb: vramFromDescription(type.description),
    cpuCores: type.specs.vcpus,
    ramGb: type.specs.memory_gib,
    storageGb: type.specs.storage_gib,
    pricePerHour: type.price_cents_per_hour / 100,
    spotPricePerHour: null,
    currency: "USD",
    market: "on_demand",
    availableCount: null,
    interconnect: null,
    complianceTags: [],
    reliability: null,
    storagePriceGbMonth: null,
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
  } satisfies Omit<RawOffer, "externalId" | "region" | "country" | "availability">;
  const regions = entry.regions_with_capacity_available;
  if (regions.length === 0) {
    return [
      {
        ...base,
        externalId: `${type.name}:${lambdaSoldOutRegion}`,
        region: lambdaSoldOutRegion,
        country: null,
        availability: "sold_out",
      },
    ];
  }
  return regions.map((region) => ({
    ...base,
    externalId: `${type.name}:${region.name}`,
    region: region.name,
    country: regionInfo(region.name).country,
    availability: "available",
  }));
}

function parseResponse(response: ProviderResponse, result: ParseResult): void {
  const body = parsePayload(responseSchema, response.body, provider, "instance-types");
  for (const [key, value] of Object.entries(body.data)) {
    const entry = parsePayload(entrySchema, value, provider, `instance-types data.${key}`);
    if (entry.instance_type.specs.gpus <= 0) {
      result.skipped.push({ id: entry.instance_type.name, reason: "no GPU in instance type" });
      continue;
    }
    result.offers.push(...toOffers(entry));
  }
}

export const lambdalabsAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Lambda",
    apiBaseUrl,
    kind: "api",
    credentialKeys: ["apiKey"],
    docsUrl: "https://docs-api.lambda.ai/api/cloud",
  },

  buildRequests(credentials: Credentials): ProviderRequest[] {
    return [{ method: "GET", url: `${apiBaseUrl}/instance-types`, headers: bearer(credentials) }];
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const result: ParseResult = { offers: [], skipped: [] };
    for (const response of responses) parseResponse(response, result);
    return result;
  },

  /** The instance-types listing itself is authenticated and cheap. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    return { method: "GET", url: `${apiBaseUrl}/instance-types`, headers: bearer(credentials) };
  },

  /**
   * `POST /instance-operations/launch`. Lambda accepts exactly one SSH key *name* already
   * registered in the account, so the key name comes from `credentials.sshKeyName`.
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    const sshKeyName = credentials.sshKeyName;
    if (!sshKeyName)
      throw new Error("lambdalabs: launching needs credentials.sshKeyName (a key registered at Lambda)");
    if (offer.region === lambdaSoldOutRegion)
      throw new Error(`lambdalabs: ${offer.instanceType} has no capacity`);
    return {
      method: "POST",
      url: `${apiBaseUrl}/instance-operations/launch`,
      headers: { ...bearer(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        region_name: offer.region,
        instance_type_name: offer.instanceType,
        ssh_key_names: [sshKeyName],
        quantity: 1,
        name: options.name,
      }),
    };
  },

  /** `POST /instance-operations/terminate` with `{instance_ids: [...]}`. */
  terminate(credentials: Credentials, providerInstanceId: string): ProviderRequest {
    return {
      method: "POST",
      url: `${apiBaseUrl}/instance-operations/terminate`,
      headers: { ...bearer(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({ instance_ids: [providerInstanceId] }),
    };
  },
};
