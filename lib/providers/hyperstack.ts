import { z } from "zod";
import { parsePayload } from "./parse-helpers";
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
 * Hyperstack (NexGen Cloud) adapter: flavors + pricebook + stocks.
 *
 * Source: shared/reference/providers.md §11 and §22, read from NexGenCloud/hyperstack-sdk-python
 * (Flavor/Pricebook/Stocks models and docs) and skypilot
 * `sky/clouds/service_catalog/data_fetchers/fetch_hyperstack.py` (flavor price = pricebook value of
 * `flavor.gpu` × `gpu_count`; GPUs missing from the pricebook are skipped). VM creation:
 * `POST /core/virtual-machines` {name, environment_name, image_name, flavor_name, key_name, count,
 * assign_floating_ip} (Hyperstack API reference, as used by the SDK and the Infrahub clients).
 *
 * Pricebook `value` is USD per GPU-hour for the GPU model `name`, joined on `flavor.gpu`. A
 * time-boxed entry (`start_time`/`end_time` set) cannot be checked against the clock in a pure
 * parser, so the standing entry (both null) wins; a model with only time-boxed entries is skipped.
 * Stock: a flavor with `stock_available: false` is sold out; otherwise `/core/stocks`
 * `configurations["<n>x"]` gives the number of n-GPU VMs that can start now (0 ⇒ sold out).
 * Flavors named `…-spot` are skipped: the pricebook quotes no spot price for them. Deleting a VM is
 * `DELETE /core/virtual-machines/{id}`, which the GET/POST request contract cannot express, so
 * `terminate` is not provided.
 */

const provider = "hyperstack";
const apiBaseUrl = "https://infrahub-api.nexgencloud.com/v1";

const flavorSchema = z.looseObject({
  id: z.number().int(),
  /** "n3-A100x1" */
  name: z.string().min(1),
  region_name: z.string().min(1),
  /** vCPUs */
  cpu: z.number().nonnegative(),
  /** GB */
  ram: z.number().nonnegative(),
  /** GB root disk */
  disk: z.number().nonnegative(),
  /** GB ephemeral disk */
  ephemeral: z.number().nonnegative().nullable().optional(),
  /** "A100-80G-PCIe"; "" for CPU flavors */
  gpu: z.string(),
  gpu_count: z.number().int().nonnegative(),
  stock_available: z.boolean(),
});
type Flavor = z.infer<typeof flavorSchema>;

const flavorsResponseSchema = z.looseObject({
  status: z.boolean(),
  message: z.string().optional(),
  data: z.array(z.looseObject({ gpu: z.string(), region_name: z.string(), flavors: z.array(flavorSchema) })),
});

const pricebookSchema = z.array(
  z.looseObject({
    name: z.string().min(1),
    /** USD per GPU-hour */
    value: z.number().nonnegative(),
    start_time: z.string().nullable().optional(),
    end_time: z.string().nullable().optional(),
  }),
);

const stocksSchema = z.looseObject({
  stocks: z.array(
    z.looseObject({
      region: z.string().min(1),
      models: z.array(
        z.looseObject({
          model: z.string().min(1),
          /** VMs of `<n>x` GPUs that can start now */
          configurations: z.record(z.string(), z.number().int().nonnegative()),
        }),
      ),
    }),
  ),
});

/** Hyperstack regions seen in flavors and stocks. */
const countryByRegion: Readonly<Record<string, string>> = {
  "CANADA-1": "CA",
  "NORWAY-1": "NO",
  "US-1": "US",
};

/** "A100-80G-PCIe" → 80; "RTX-A6000" / "L40" carry no size → null (providers.md §22 "parse gpu"). */
function vramFromGpu(gpu: string): number | null {
  const match = /(?:^|-)(\d+)G(?:-|$)/.exec(gpu);
  return match?.[1] ? Number(match[1]) : null;
}

function endpointOf(response: ProviderResponse): "flavors" | "pricebook" | "stocks" {
  const path = new URL(response.request.url).pathname;
  if (path.endsWith("/core/flavors")) return "flavors";
  if (path.endsWith("/pricebook")) return "pricebook";
  if (path.endsWith("/core/stocks")) return "stocks";
  throw new Error(`hyperstack: response from an unexpected endpoint ${response.request.url}`);
}

/** Standing (not time-boxed) USD/GPU-hour per GPU model. */
function pricePerGpuByModel(body: unknown): Map<string, number> {
  const prices = new Map<string, number>();
  for (const entry of parsePayload(pricebookSchema, body, provider, "pricebook")) {
    if (entry.start_time == null && entry.end_time == null) prices.set(entry.name, entry.value);
  }
  return prices;
}

/** `region|model|<n>x` → VMs startable now. */
function stockByConfiguration(body: unknown): Map<string, number> {
  const stock = new Map<string, number>();
  for (const region of parsePayload(stocksSchema, body, provider, "core/stocks").stocks) {
    for (const model of region.models) {
      for (const [configuration, count] of Object.entries(model.configurations)) {
        stock.set(`${region.region}|${model.model}|${configuration}`, count);
      }
    }
  }
  return stock;
}

function toOffer(flavor: Flavor, pricePerGpu: number, stock: Map<string, number>): RawOffer {
  const inStock = stock.get(`${flavor.region_name}|${flavor.gpu}|${flavor.gpu_count}x`);
  const soldOut = !flavor.stock_available || inStock === 0;
  return {
    provider,
    externalId: `${flavor.name}@${flavor.region_name}`,
    instanceType: flavor.name,
    gpuName: flavor.gpu,
    gpuCount: flavor.gpu_count,
    vramPerGpuGb: vramFromGpu(flavor.gpu),
    cpuCores: flavor.cpu,
    ramGb: flavor.ram,
    storageGb: flavor.disk + (flavor.ephemeral ?? 0),
    pricePerHour: pricePerGpu * flavor.gpu_count,
    spotPricePerHour: null,
    currency: "USD",
    region: flavor.region_name,
    country: countryByRegion[flavor.region_name] ?? null,
    market: "on_demand",
    availability: soldOut ? "sold_out" : "available",
    availableCount: soldOut ? 0 : (inStock ?? null),
    interconnect: /nvlink/i.test(flavor.gpu) ? "NVLink" : null,
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
  const flavorBodies: unknown[] = [];
  let prices: Map<string, number> | null = null;
  const stock = new Map<string, number>();
  for (const response of responses) {
    const endpoint = endpointOf(response);
    if (endpoint === "flavors") flavorBodies.push(response.body);
    else if (endpoint === "pricebook") prices = pricePerGpuByModel(response.body);
    else for (const [key, count] of stockByConfiguration(response.body)) stock.set(key, count);
  }
  if (flavorBodies.length > 0 && prices === null)
    throw new Error("hyperstack: flavors fetched without the pricebook");
  for (const body of flavorBodies) {
    const flavors = parsePayload(flavorsResponseSchema, body, provider, "core/flavors");
    if (!flavors.status)
      throw new Error(`hyperstack: core/flavors answered status false: ${flavors.message ?? ""}`);
    for (const group of flavors.data) {
      for (const flavor of group.flavors) {
        const id = `${flavor.name}@${flavor.region_name}`;
        const pricePerGpu = prices?.get(flavor.gpu);
        if (flavor.gpu === "" || flavor.gpu_count === 0)
          result.skipped.push({ id, reason: "CPU-only flavor" });
        else if (flavor.name.endsWith("-spot"))
          result.skipped.push({ id, reason: "spot flavor: no spot price in the pricebook" });
        else if (pricePerGpu === undefined)
          result.skipped.push({ id, reason: `no standing pricebook entry for ${flavor.gpu}` });
        else result.offers.push(toOffer(flavor, pricePerGpu, stock));
      }
    }
  }
  return result;
}

function headers(credentials: Credentials): Record<string, string> {
  const apiKey = credentials.apiKey;
  if (!apiKey) throw new Error("hyperstack: credentials.apiKey is required");
  return { api_key: apiKey, Accept: "application/json" };
}

export const hyperstackAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Hyperstack",
    apiBaseUrl,
    kind: "api",
    credentialKeys: ["apiKey"],
    docsUrl: "https://docs.hyperstack.cloud/docs/api-reference/",
  },

  buildRequests(credentials: Credentials): ProviderRequest[] {
    const auth = headers(credentials);
    return [
      { method: "GET", url: `${apiBaseUrl}/core/flavors`, headers: auth },
      { method: "GET", url: `${apiBaseUrl}/pricebook`, headers: auth },
      { method: "GET", url: `${apiBaseUrl}/core/stocks`, headers: auth },
    ];
  },

  parse: parseAll,

  /** The pricebook needs the key and is small. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    return { method: "GET", url: `${apiBaseUrl}/pricebook`, headers: headers(credentials) };
  },

  /**
   * `POST /core/virtual-machines`. A VM is created in an environment (bound to one region) with a
   * key pair registered in it, both by name: `credentials.environmentName` and
   * `credentials.keyName`. The image name is required (`options.image`), e.g. an Ubuntu CUDA image
   * listed by `GET /core/images`.
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    const { environmentName, keyName } = credentials;
    if (!environmentName || !keyName) {
      throw new Error("hyperstack: booking needs credentials.environmentName and credentials.keyName");
    }
    if (!options.image)
      throw new Error("hyperstack: booking needs options.image (an image name from /core/images)");
    return {
      method: "POST",
      url: `${apiBaseUrl}/core/virtual-machines`,
      headers: { ...headers(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        name: options.name,
        environment_name: environmentName,
        image_name: options.image,
        flavor_name: offer.instanceType,
        key_name: keyName,
        count: 1,
        assign_floating_ip: true,
      }),
    };
  },
};
