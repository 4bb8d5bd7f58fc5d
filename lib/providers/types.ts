import { z } from "zod";

/**
 * The contract every provider adapter implements. Adapters are pure: they build requests and
 * parse response bodies; the ingestion worker (server/workers) does the I/O.
 */

export const markets = ["on_demand", "spot", "reserved", "community"] as const;
export type Market = (typeof markets)[number];

export const availabilityStatuses = ["available", "limited", "sold_out", "unknown"] as const;
export type AvailabilityStatus = (typeof availabilityStatuses)[number];

export const offerSources = ["api", "catalog", "snapshot"] as const;
export type OfferSource = (typeof offerSources)[number];

export const currencies = ["USD", "EUR", "GBP"] as const;
export type Currency = (typeof currencies)[number];

/**
 * One offer as parsed from a provider payload, before GPU identity resolution and currency
 * conversion (lib/providers/normalize.ts does both). Prices are in `currency`, per hour, for the
 * whole instance (all `gpuCount` GPUs).
 */
export const rawOfferSchema = z.object({
  provider: z.string().min(1),
  externalId: z.string().min(1),
  instanceType: z.string().min(1),
  /** the provider's GPU name, verbatim */
  gpuName: z.string().min(1),
  /** may be fractional for vGPU slices (e.g. 0.5) */
  gpuCount: z.number().positive(),
  /** per GPU, GB; null when the payload does not say (resolution then uses the canonical size) */
  vramPerGpuGb: z.number().positive().nullable(),
  cpuCores: z.number().nonnegative().nullable(),
  ramGb: z.number().nonnegative().nullable(),
  storageGb: z.number().nonnegative().nullable(),
  pricePerHour: z.number().nonnegative(),
  /** interruptible price for the same instance, when the provider quotes one on the same row */
  spotPricePerHour: z.number().nonnegative().nullable(),
  currency: z.enum(currencies),
  region: z.string().min(1),
  /** ISO 3166-1 alpha-2 when known */
  country: z.string().length(2).nullable(),
  market: z.enum(markets),
  availability: z.enum(availabilityStatuses),
  /** units in stock when the provider says */
  availableCount: z.number().int().nonnegative().nullable(),
  interconnect: z.string().nullable(),
  complianceTags: z.array(z.string()),
  reliability: z.number().min(0).max(1).nullable(),
  storagePriceGbMonth: z.number().nonnegative().nullable(),
  egressPriceGb: z.number().nonnegative().nullable(),
  bootTimeS: z.number().nonnegative().nullable(),
  source: z.enum(offerSources),
});
export type RawOffer = z.infer<typeof rawOfferSchema>;

export interface ProviderRequest {
  method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type Credentials = Record<string, string>;

/** One fetched response: the request that produced it and its JSON body (unvalidated). */
export interface ProviderResponse {
  request: ProviderRequest;
  body: unknown;
}

/** Result of parsing a full catalog fetch. */
export interface ParseResult {
  offers: RawOffer[];
  /** rows skipped with a reason (sold-out SKUs are kept as offers, NOT skipped; non-GPU rows are) */
  skipped: { id: string; reason: string }[];
}

export interface ProviderInfo {
  slug: string;
  displayName: string;
  apiBaseUrl: string;
  /** how offers are obtained: a live API, or a dated, cited static price table */
  kind: "api" | "catalog";
  /** env/credential keys needed, empty when the price endpoint is public */
  credentialKeys: readonly string[];
  docsUrl: string;
}

export interface ProviderAdapter {
  info: ProviderInfo;
  /**
   * The requests for one full catalog fetch. Multi-endpoint providers (e.g. Hyperstack flavors +
   * pricebook) list several.
   */
  buildRequests(credentials: Credentials): ProviderRequest[];
  /**
   * For paginated endpoints: the request for the page after `response`, or null when it was the
   * last (Azure NextPageLink, GCP nextPageToken, ...). The worker follows it for every request.
   */
  nextPage?(response: ProviderResponse): ProviderRequest | null;
  /**
   * Requests that depend on earlier responses (e.g. Nebius prices each listed preset with its own
   * Estimate call). The worker fetches them after the first phase and parses all responses together.
   */
  followUpRequests?(credentials: Credentials, responses: ProviderResponse[]): ProviderRequest[];
  /**
   * A token exchange run before buildRequests (OAuth2 client credentials): `request` is sent,
   * `apply` merges the answer into the credentials buildRequests receives.
   */
  authenticate?: {
    request(credentials: Credentials): ProviderRequest;
    apply(credentials: Credentials, body: unknown): Credentials;
  };
  /**
   * Every fetched response (all pages of all requests, in fetch order) → offers. Validates the
   * bodies with zod and throws a descriptive Error on a wrong shape.
   */
  parse(responses: ProviderResponse[]): ParseResult;
  /** a cheap authenticated request whose 2xx proves the credentials */
  validateCredentials?(credentials: Credentials): ProviderRequest;
  bookInstance?(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest;
  terminate?(credentials: Credentials, providerInstanceId: string): ProviderRequest;
}

export interface BookOptions {
  sshPublicKey?: string;
  image?: string;
  name: string;
}

export const continents = [
  "north_america",
  "south_america",
  "europe",
  "asia",
  "oceania",
  "africa",
  "middle_east",
] as const;
export type Continent = (typeof continents)[number];

/**
 * A RawOffer after GPU identity resolution (lib/gpu) and currency conversion to USD
 * (lib/providers/normalize.ts). This is what ingestion stores in gpu_offers.
 */
export const normalizedOfferSchema = rawOfferSchema.extend({
  /** canonical model key (gpu_benchmarks.gpu_model), null when unknown/ambiguous */
  gpuModel: z.string().nullable(),
  gpuIdentity: z.enum(["known", "ambiguous", "unknown"]),
  /** why identity is not "known"; null otherwise */
  gpuIdentityNote: z.string().nullable(),
  formFactor: z.string().nullable(),
  /** resolved per-GPU memory (payload value snapped to the canonical size, or canonical size) */
  vramPerGpuGb: z.number().positive().nullable(),
  pricePerHourUsd: z.number().nonnegative(),
  pricePerGpuHourUsd: z.number().nonnegative(),
  spotPricePerHourUsd: z.number().nonnegative().nullable(),
  continent: z.enum(continents).nullable(),
});
export type NormalizedOffer = z.infer<typeof normalizedOfferSchema>;
