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
 * RunPod GPU pods adapter (GraphQL).
 *
 * Source: shared/reference/providers.md §2 and §22, read from dstackai/gpuhunt
 * `src/gpuhunt/providers/runpod.py` (query text `query_pod_types`, per-GPU prices × gpuCount,
 * `stockStatus` null ⇒ not available), skypilot `fetch_runpod.py`, runpod/runpod-python
 * `runpod/api/*` (Bearer auth, `podFindAndDeployOnDemand` / `podTerminate` mutations; the deploy
 * input is also documented in runpod/docs `graphql-api/create-pod.md`).
 *
 * Markets: secure cloud → "on_demand", community cloud → "community". The interruptible bid
 * (`lowestPrice.minimumBidPrice`) is a column of the same GPU type, so it is `spotPricePerHour`.
 */

const provider = "runpod";
const apiBaseUrl = "https://api.runpod.io";
const graphqlUrl = `${apiBaseUrl}/graphql`;

/** GPU counts queried per cloud; `lowestPrice` answers for one count at a time. */
export const runpodGpuCounts = [1, 2, 4, 8] as const;

/** Region of an offer queried without a datacenter or country filter whose stock is null. */
export const runpodAnyRegion = "global";

/** gpuhunt's `query_pod_types`, verbatim in its field list. */
export const runpodPodTypesQuery = `query GpuTypes($lowestPriceInput: GpuLowestPriceInput, $gpuTypesInput: GpuTypeFilter) {
  gpuTypes(input: $gpuTypesInput) {
    lowestPrice(input: $lowestPriceInput) {
      minimumBidPrice
      uninterruptablePrice
      minVcpu
      minMemory
      stockStatus
      compliance
      countryCode
      __typename
    }
    maxGpuCount
    id
    nodeGroupDatacenters {
      id
    }
    clusterPrice
    displayName
    memoryInGb
    securePrice
    communityPrice
    oneMonthPrice
    threeMonthPrice
    sixMonthPrice
    secureSpotPrice
    communitySpotPrice
    __typename
  }
}`;

export interface RunpodLowestPriceInput {
  secureCloud: boolean;
  gpuCount: number;
  dataCenterId?: string;
  countryCode?: string;
}

const lowestPriceInputSchema = z.looseObject({
  secureCloud: z.boolean().nullable().optional(),
  gpuCount: z.number().int().positive(),
  dataCenterId: z.string().nullable().optional(),
  countryCode: z.string().nullable().optional(),
});
const requestBodySchema = z.looseObject({
  variables: z.looseObject({ lowestPriceInput: lowestPriceInputSchema }),
});

const nullableNumber = z.number().nullable().optional();

const gpuTypeSchema = z.looseObject({
  /** "NVIDIA H100 80GB HBM3" — also the `gpuTypeId` used to deploy */
  id: z.string().min(1),
  displayName: z.string(),
  /** VRAM per GPU, GB */
  memoryInGb: z.number().nonnegative(),
  maxGpuCount: z.number().int().nullable().optional(),
  /** every price is $/h PER GPU */
  securePrice: nullableNumber,
  communityPrice: nullableNumber,
  secureSpotPrice: nullableNumber,
  communitySpotPrice: nullableNumber,
  lowestPrice: z.looseObject({
    minimumBidPrice: nullableNumber,
    uninterruptablePrice: nullableNumber,
    minVcpu: nullableNumber,
    minMemory: nullableNumber,
    /** "High" | "Medium" | "Low"; null ⇒ not available */
    stockStatus: z.string().nullable().optional(),
    countryCode: z.string().nullable().optional(),
  }),
});
type RunpodGpuType = z.infer<typeof gpuTypeSchema>;

const responseSchema = z.looseObject({ data: z.looseObject({ gpuTypes: z.array(z.unknown()) }) });

function headers(credentials: Credentials): Record<string, string> {
  const result: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
  if (credentials.apiKey) result.Authorization = `Bearer ${credentials.apiKey}`;
  return result;
}

function requireKey(credentials: Credentials): Credentials {
  if (!credentials.apiKey) throw new Error("runpod: credentials.apiKey is required");
  return credentials;
}

/** One `query_pod_types` request; `dataCenterId` / `countryCode` narrow the lowest price to a location. */
export function runpodPodTypesRequest(
  credentials: Credentials,
  input: RunpodLowestPriceInput,
): ProviderRequest {
  return {
    method: "POST",
    url: graphqlUrl,
    headers: headers(credentials),
    body: JSON.stringify({ query: runpodPodTypesQuery, variables: { lowestPriceInput: input } }),
  };
}

function availabilityOf(stockStatus: string | null | undefined): AvailabilityStatus {
  if (stockStatus == null) return "sold_out";
  if (stockStatus === "High" || stockStatus === "Medium") return "available";
  if (stockStatus === "Low") return "limited";
  return "unknown";
}

function readInput(request: ProviderRequest): z.infer<typeof lowestPriceInputSchema> {
  let body: unknown;
  try {
    body = JSON.parse(request.body ?? "");
  } catch {
    throw new Error("runpod: response has no JSON GraphQL request body to read lowestPriceInput from");
  }
  return parsePayload(requestBodySchema, body, provider, "request").variables.lowestPriceInput;
}

function toOffer(gpu: RunpodGpuType, input: z.infer<typeof lowestPriceInputSchema>): RawOffer | string {
  const gpuCount = input.gpuCount;
  if (gpu.maxGpuCount != null && gpuCount > gpu.maxGpuCount)
    return `gpuCount ${gpuCount} exceeds maxGpuCount`;
  const secure = input.secureCloud !== false;
  const lowest = gpu.lowestPrice;
  const perGpuPrice = (secure ? gpu.securePrice : gpu.communityPrice) ?? lowest.uninterruptablePrice;
  if (perGpuPrice == null) return `no ${secure ? "secure" : "community"} cloud price`;
  const perGpuSpot =
    lowest.minimumBidPrice ?? (secure ? gpu.secureSpotPrice : gpu.communitySpotPrice) ?? null;
  const region = input.dataCenterId ?? input.countryCode ?? lowest.countryCode ?? runpodAnyRegion;
  return {
    provider,
    externalId: `${gpu.id}:${region}:${gpuCount}:${secure ? "secure" : "community"}`,
    instanceType: gpu.id,
    gpuName: gpu.id,
    gpuCount,
    vramPerGpuGb: gpu.memoryInGb > 0 ? gpu.memoryInGb : null,
    cpuCores: lowest.minVcpu ?? null,
    ramGb: lowest.minMemory ?? null,
    storageGb: null,
    pricePerHour: perGpuPrice * gpuCount,
    spotPricePerHour: perGpuSpot != null ? perGpuSpot * gpuCount : null,
    currency: "USD",
    region,
    country: lowest.countryCode ?? input.countryCode ?? null,
    market: secure ? "on_demand" : "community",
    availability: availabilityOf(lowest.stockStatus),
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

function parseResponse(response: ProviderResponse, result: ParseResult): void {
  const input = readInput(response.request);
  const body = parsePayload(responseSchema, response.body, provider, "gpuTypes");
  body.data.gpuTypes.forEach((item, index) => {
    const gpu = parsePayload(gpuTypeSchema, item, provider, `gpuTypes data.gpuTypes.${index}`);
    const offer = toOffer(gpu, input);
    if (typeof offer === "string") result.skipped.push({ id: `${gpu.id}:${input.gpuCount}`, reason: offer });
    else result.offers.push(offer);
  });
}

export const runpodAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "RunPod",
    apiBaseUrl,
    kind: "api",
    credentialKeys: [],
    docsUrl: "https://docs.runpod.io/api-reference",
  },

  /** Secure and community cloud for each of {@link runpodGpuCounts}, lowest price over all locations. */
  buildRequests(credentials: Credentials): ProviderRequest[] {
    return runpodGpuCounts.flatMap((gpuCount) => [
      runpodPodTypesRequest(credentials, { secureCloud: true, gpuCount }),
      runpodPodTypesRequest(credentials, { secureCloud: false, gpuCount }),
    ]);
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const result: ParseResult = { offers: [], skipped: [] };
    for (const response of responses) parseResponse(response, result);
    return result;
  },

  /** runpod-python `get_user`: `query { myself { id } }` answers only for a valid key. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    return {
      method: "POST",
      url: graphqlUrl,
      headers: headers(requireKey(credentials)),
      body: JSON.stringify({ query: "query myself { myself { id } }" }),
    };
  },

  /**
   * `podFindAndDeployOnDemand` for the offer's GPU type, count and cloud. RunPod images read the
   * SSH key from the `PUBLIC_KEY` environment variable.
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    const location =
      offer.region === runpodAnyRegion
        ? {}
        : /^[A-Z]{2}$/.test(offer.region)
          ? { countryCode: offer.region }
          : { dataCenterId: offer.region };
    const input = {
      cloudType: offer.market === "community" ? "COMMUNITY" : "SECURE",
      gpuTypeId: offer.instanceType,
      gpuCount: offer.gpuCount,
      name: options.name,
      imageName: options.image ?? "runpod/pytorch:2.4.0-py3.11-cuda12.4.1-devel-ubuntu22.04",
      containerDiskInGb: 50,
      volumeInGb: 0,
      supportPublicIp: true,
      startSsh: true,
      ports: "22/tcp",
      env: options.sshPublicKey ? [{ key: "PUBLIC_KEY", value: options.sshPublicKey }] : [],
      ...location,
    };
    return {
      method: "POST",
      url: graphqlUrl,
      headers: headers(requireKey(credentials)),
      body: JSON.stringify({
        query:
          "mutation podFindAndDeployOnDemand($input: PodFindAndDeployOnDemandInput!) { podFindAndDeployOnDemand(input: $input) { id machineId } }",
        variables: { input },
      }),
    };
  },

  /** runpod-python `generate_pod_terminate_mutation`: `podTerminate(input: {podId: "..."})`. */
  terminate(credentials: Credentials, providerInstanceId: string): ProviderRequest {
    return {
      method: "POST",
      url: graphqlUrl,
      headers: headers(requireKey(credentials)),
      body: JSON.stringify({
        query: `mutation { podTerminate(input: { podId: ${JSON.stringify(providerInstanceId)} }) }`,
      }),
    };
  },
};
