import { z } from "zod";
import { decimalStringSchema, numberOrDecimalStringSchema, parsePayload } from "./parse-helpers";
import type {
  Credentials,
  ParseResult,
  ProviderAdapter,
  ProviderRequest,
  ProviderResponse,
  RawOffer,
} from "./types";

/**
 * Nebius AI Cloud adapter: compute PlatformService/List + billing CalculatorService/Estimate.
 *
 * Source: shared/reference/providers.md §14 and §22, read from dstackai/gpuhunt
 * `providers/nebius.py` (one Estimate per platform × preset × spot, `PreemptibleSpec` for spot,
 * presets with `allow_gpu_clustering` sit on InfiniBand fabrics), skypilot `fetch_nebius.py`,
 * nebius/api `nebius/compute/v1/platform_service.proto` + `platform.proto`,
 * `nebius/billing/v1alpha1/calculator_service.proto` + `calculator.proto` (costs are decimal
 * strings, per instance) and nebius pysdk stubs. Endpoints `compute.api.nebius.cloud:443` and
 * `calculator.billing-data-plane.api.nebius.cloud:443` as used by Nebius API clients.
 *
 * Nebius has no REST/JSON API: both calls are gRPC. Each `ProviderRequest` therefore describes one
 * unary gRPC call exactly: `url` = `https://<endpoint>/<package>.<Service>/<Method>` (the HTTP/2
 * `:path` gRPC uses), header `authorization: Bearer <IAM token>`, `content-type: application/grpc`,
 * and `body` = the request message in the proto3 JSON mapping (proto field names). The worker must
 * send it through a gRPC transport that encodes the JSON message with the nebius/api descriptors
 * (a plain `fetch` cannot), and hand back the response message as proto3 JSON; camelCase and
 * snake_case keys are both accepted. The region of a call travels in the URL fragment
 * (`#region=eu-north1`), which no HTTP or gRPC client transmits.
 *
 * Prices need a second phase: the Estimate calls depend on the listed presets, so after the List
 * responses the worker calls `nebiusEstimateRequests(credentials, listResponses)` and passes all
 * responses to `parse`. Spot (preemptible) is the same preset with `preemptible` set, priced by its
 * own Estimate, and lands in `spotPricePerHour` of the same offer. GiB figures (memory) are
 * reported as GB, the way they are marketed. Availability is not exposed ("unknown").
 */

const provider = "nebius";
const computeEndpoint = "https://compute.api.nebius.cloud";
const calculatorEndpoint = "https://calculator.billing-data-plane.api.nebius.cloud";
export const nebiusListMethod = "nebius.compute.v1.PlatformService/List";
export const nebiusEstimateMethod = "nebius.billing.v1alpha1.CalculatorService/Estimate";
/** gpuhunt `list_platforms` page size. */
const listPageSize = 999;

const presetSchema = z.looseObject({
  name: z.string().min(1),
  resources: z.looseObject({
    vcpu_count: numberOrDecimalStringSchema.optional(),
    memory_gibibytes: numberOrDecimalStringSchema.optional(),
    /** proto3 omits 0: CPU presets have no gpu_count */
    gpu_count: numberOrDecimalStringSchema.optional(),
  }),
  allow_gpu_clustering: z.boolean().optional(),
});

const platformSchema = z.looseObject({
  metadata: z.looseObject({ name: z.string().min(1) }),
  spec: z.looseObject({
    presets: z.array(presetSchema).optional(),
    gpu_memory_gigabytes: numberOrDecimalStringSchema.optional(),
    gpu_memory_gibibytes: numberOrDecimalStringSchema.optional(),
  }),
  status: z.looseObject({ allowed_for_preemptibles: z.boolean().optional() }).optional(),
});
type Platform = z.infer<typeof platformSchema>;

const listResponseSchema = z.looseObject({
  items: z.array(platformSchema).optional(),
  next_page_token: z.string().optional(),
});

const estimateResponseSchema = z.looseObject({
  hourly_cost: z.looseObject({
    general: z.looseObject({ total: z.looseObject({ cost: decimalStringSchema }) }),
  }),
});

/** The Estimate request body this adapter builds (validated when read back in `parse`). */
const estimateRequestSchema = z.looseObject({
  resource_spec: z.looseObject({
    compute_instance_spec: z.looseObject({
      metadata: z.looseObject({ parent_id: z.string().min(1) }),
      spec: z.looseObject({
        resources: z.looseObject({ platform: z.string().min(1), preset: z.string().min(1) }),
        preemptible: z.looseObject({}).optional(),
      }),
    }),
  }),
});

const listRequestSchema = z.looseObject({ parent_id: z.string().min(1), page_size: z.number().optional() });

const requestBodySchema = z.string().transform((text, context) => {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed;
  } catch {
    context.addIssue({ code: "custom", message: "request body is not JSON" });
    return z.NEVER;
  }
});

/** proto3 JSON printers may emit lowerCamelCase; the schemas above use proto field names. */
function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      snakeKeys(inner),
    ]),
  );
}

interface Project {
  region: string;
  projectId: string;
}

/** `credentials.projects`: "eu-north1=project-e00…,us-central1=project-u00…" (one project per region). */
function projectsOf(credentials: Credentials): Project[] {
  const text = credentials.projects ?? "";
  const projects = text
    .split(",")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "")
    .map((pair) => {
      const [region, projectId, extra] = pair.split("=").map((part) => part.trim());
      if (!region || !projectId || extra !== undefined) {
        throw new Error(`nebius: credentials.projects entry "${pair}" is not "<region>=<project id>"`);
      }
      return { region, projectId };
    });
  if (projects.length === 0)
    throw new Error('nebius: credentials.projects is required ("<region>=<project id>,...")');
  return projects;
}

function grpcHeaders(credentials: Credentials): Record<string, string> {
  const token = credentials.iamToken;
  if (!token) throw new Error("nebius: credentials.iamToken is required");
  return { authorization: `Bearer ${token}`, "content-type": "application/grpc" };
}

function listRequest(credentials: Credentials, project: Project): ProviderRequest {
  const message = { parent_id: project.projectId, page_size: listPageSize };
  return {
    method: "POST",
    url: `${computeEndpoint}/${nebiusListMethod}#region=${project.region}`,
    headers: grpcHeaders(credentials),
    body: JSON.stringify(message),
  };
}

function regionOf(request: ProviderRequest): string {
  const region = new URL(request.url).hash.match(/^#region=(.+)$/)?.[1];
  if (!region) throw new Error(`nebius: request ${request.url} carries no #region=`);
  return region;
}

function methodOf(request: ProviderRequest): "list" | "estimate" {
  const path = new URL(request.url).pathname;
  if (path === `/${nebiusListMethod}`) return "list";
  if (path === `/${nebiusEstimateMethod}`) return "estimate";
  throw new Error(`nebius: response to an unexpected call ${request.url}`);
}

function requestMessage<Schema extends z.ZodType>(schema: Schema, request: ProviderRequest): z.infer<Schema> {
  const json = parsePayload(requestBodySchema, request.body ?? "", provider, `${request.url} request`);
  return parsePayload(schema, json, provider, `${request.url} request`);
}

function platformsOf(response: ProviderResponse): Platform[] {
  return parsePayload(listResponseSchema, snakeKeys(response.body), provider, nebiusListMethod).items ?? [];
}

/** "gpu-h100-sxm" → "h100-sxm", "gpu-l40s-a" → "l40s", "gpu-b200-sxm-a" → "b200-sxm" (the trailing letter names the host CPU variant). */
function gpuNameOf(platformName: string): string {
  return platformName.replace(/^gpu-/, "").replace(/-[a-z]$/, "");
}

function countryOfRegion(region: string): string | null {
  if (region.startsWith("us-")) return "US";
  if (region.startsWith("uk-")) return "GB";
  return null;
}

function costKey(region: string, platform: string, preset: string, spot: boolean): string {
  return `${region}|${platform}|${preset}|${spot ? "spot" : "on_demand"}`;
}

function estimateRequest(
  credentials: Credentials,
  project: Project,
  platform: string,
  preset: string,
  spot: boolean,
): ProviderRequest {
  const spec = { resources: { platform, preset }, ...(spot ? { preemptible: {} } : {}) };
  return {
    method: "POST",
    url: `${calculatorEndpoint}/${nebiusEstimateMethod}#region=${project.region}`,
    headers: grpcHeaders(credentials),
    body: JSON.stringify({
      resource_spec: { compute_instance_spec: { metadata: { parent_id: project.projectId }, spec } },
    }),
  };
}

/**
 * Phase two: one Estimate per GPU preset of every listed platform, plus a preemptible one where the
 * platform allows preemptibles (gpuhunt `get_price`).
 */
export function nebiusEstimateRequests(
  credentials: Credentials,
  listResponses: ProviderResponse[],
): ProviderRequest[] {
  const requests: ProviderRequest[] = [];
  for (const response of listResponses) {
    if (methodOf(response.request) !== "list") continue;
    const { parent_id: projectId } = requestMessage(listRequestSchema, response.request);
    const project = { region: regionOf(response.request), projectId };
    for (const platform of platformsOf(response)) {
      for (const preset of platform.spec.presets ?? []) {
        if (!preset.resources.gpu_count) continue;
        const name = platform.metadata.name;
        requests.push(estimateRequest(credentials, project, name, preset.name, false));
        if (platform.status?.allowed_for_preemptibles) {
          requests.push(estimateRequest(credentials, project, name, preset.name, true));
        }
      }
    }
  }
  return requests;
}

function gpuMemoryGb(platform: Platform): number | null {
  return platform.spec.gpu_memory_gigabytes || platform.spec.gpu_memory_gibibytes || null;
}

function parseAll(responses: ProviderResponse[]): ParseResult {
  const result: ParseResult = { offers: [], skipped: [] };
  const costs = new Map<string, number>();
  const listed: { region: string; platform: Platform }[] = [];
  for (const response of responses) {
    const region = regionOf(response.request);
    if (methodOf(response.request) === "list") {
      for (const platform of platformsOf(response)) listed.push({ region, platform });
      continue;
    }
    const { spec } = requestMessage(estimateRequestSchema, response.request).resource_spec
      .compute_instance_spec;
    const body = parsePayload(
      estimateResponseSchema,
      snakeKeys(response.body),
      provider,
      nebiusEstimateMethod,
    );
    const key = costKey(
      region,
      spec.resources.platform,
      spec.resources.preset,
      spec.preemptible !== undefined,
    );
    costs.set(key, body.hourly_cost.general.total.cost);
  }
  for (const { region, platform } of listed) {
    const platformName = platform.metadata.name;
    for (const preset of platform.spec.presets ?? []) {
      const id = `${platformName} ${preset.name}@${region}`;
      const gpuCount = preset.resources.gpu_count ?? 0;
      const price = costs.get(costKey(region, platformName, preset.name, false));
      if (gpuCount <= 0) result.skipped.push({ id, reason: "CPU-only preset" });
      else if (price === undefined)
        result.skipped.push({ id, reason: "no Estimate response for this preset" });
      else result.offers.push(toOffer(region, platform, preset, gpuCount, price, costs));
    }
  }
  return result;
}

function toOffer(
  region: string,
  platform: Platform,
  preset: z.infer<typeof presetSchema>,
  gpuCount: number,
  pricePerHour: number,
  costs: Map<string, number>,
): RawOffer {
  const platformName = platform.metadata.name;
  const instanceType = `${platformName} ${preset.name}`;
  return {
    provider,
    externalId: `${instanceType}@${region}`,
    instanceType,
    gpuName: gpuNameOf(platformName),
    gpuCount,
    vramPerGpuGb: gpuMemoryGb(platform),
    cpuCores: preset.resources.vcpu_count ?? null,
    ramGb: preset.resources.memory_gibibytes ?? null,
    storageGb: null,
    pricePerHour,
    spotPricePerHour: costs.get(costKey(region, platformName, preset.name, true)) ?? null,
    currency: "USD",
    region,
    country: countryOfRegion(region),
    market: "on_demand",
    availability: "unknown",
    availableCount: null,
    interconnect: preset.allow_gpu_clustering ? "InfiniBand" : null,
    complianceTags: [],
    reliability: null,
    storagePriceGbMonth: null,
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
  };
}

export const nebiusAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Nebius AI Cloud",
    apiBaseUrl: computeEndpoint,
    kind: "api",
    credentialKeys: ["iamToken", "projects"],
    docsUrl: "https://docs.nebius.com/",
  },

  /** Phase one: PlatformService/List per configured project; Estimates follow (see module doc). */
  buildRequests(credentials: Credentials): ProviderRequest[] {
    return projectsOf(credentials).map((project) => listRequest(credentials, project));
  },

  /** Phase two: one Estimate per listed GPU preset (on-demand and preemptible). */
  followUpRequests: nebiusEstimateRequests,

  /** ListPlatformsResponse.next_page_token → the same List with `page_token`. */
  nextPage(response: ProviderResponse): ProviderRequest | null {
    if (methodOf(response.request) !== "list") return null;
    const token = parsePayload(
      listResponseSchema,
      snakeKeys(response.body),
      provider,
      nebiusListMethod,
    ).next_page_token;
    if (!token) return null;
    const message = requestMessage(listRequestSchema, response.request);
    return { ...response.request, body: JSON.stringify({ ...message, page_token: token }) };
  },

  parse: parseAll,

  /** A one-item List in the first project proves the token and the project access. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    const [project] = projectsOf(credentials);
    if (!project) throw new Error("nebius: credentials.projects is required");
    return {
      ...listRequest(credentials, project),
      body: JSON.stringify({ parent_id: project.projectId, page_size: 1 }),
    };
  },
};
