import { z } from "zod";
import { numberOrDecimalStringSchema, parsePayload } from "./parse-helpers";
import { regionInfo } from "./regions";
import {
  type AvailabilityStatus,
  type BookOptions,
  type Credentials,
  type Currency,
  currencies,
  type Market,
  type ParseResult,
  type ProviderAdapter,
  type ProviderRequest,
  type ProviderResponse,
  type RawOffer,
} from "./types";

/**
 * Verda (formerly DataCrunch) adapter.
 *
 * Source: shared/reference/providers.md §5 and §22, read from dstackai/gpuhunt
 * `providers/verda.py` (+ `src/tests/providers/test_verda.py`), DataCrunch-io/datacrunch-python
 * (`verda/_verda.py` default base URL `https://api.verda.com/v1`; providers.md and
 * fixtures/index.json use the pre-rename host `api.datacrunch.io/v1`; `verda/authentication`
 * `POST /oauth2/token` client credentials; `verda/instances` `POST /instances` deploy body;
 * `verda/instance_types` `price_per_hour` / `spot_price` decoded with `float()`), skypilot
 * `fetch_verda.py`.
 *
 * Quirks: prices are decimal STRINGS per instance; `gpu_memory.size_in_gigabytes` is the TOTAL over
 * all GPUs; availability comes from `GET /instance-availability?is_spot=false|true` as
 * `[{location_code, availabilities: [instance_type, ...]}]` — a type missing at a location is sold
 * out there. Spot is a separate deploy mode with its own availability, so spot prices become
 * separate offers with market "spot".
 */

const provider = "verda";
const apiBaseUrl = "https://api.verda.com/v1";

/** Region of offers when no availability response was fetched. */
export const verdaUnknownRegion = "global";

const optionalPriceSchema = z
  .union([numberOrDecimalStringSchema, z.literal("").transform(() => null), z.null()])
  .optional();

const instanceTypeSchema = z.looseObject({
  id: z.string(),
  /** "1H100.80S.32V", "CPU.4V.16G" */
  instance_type: z.string().min(1),
  /** on-demand $/h per instance, a decimal string ("2.29") */
  price_per_hour: optionalPriceSchema,
  /** spot $/h per instance, a decimal string */
  spot_price: optionalPriceSchema,
  currency: z.string(),
  name: z.string().nullable().optional(),
  p2p: z.string().nullable().optional(),
  cpu: z.looseObject({ number_of_cores: z.number().nonnegative() }),
  gpu: z.looseObject({ number_of_gpus: z.number().int().nonnegative(), description: z.string() }),
  /** GB over ALL GPUs */
  gpu_memory: z.looseObject({ size_in_gigabytes: z.number().nonnegative() }),
  memory: z.looseObject({ size_in_gigabytes: z.number().nonnegative() }),
});
type VerdaInstanceType = z.infer<typeof instanceTypeSchema>;

const availabilitySchema = z.array(
  z.looseObject({ location_code: z.string().min(1), availabilities: z.array(z.string()) }),
);
const locationsSchema = z.array(
  z.looseObject({
    code: z.string().min(1),
    name: z.string().optional(),
    country_code: z.string().nullable().optional(),
  }),
);
const tokenSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().optional(),
});

function bearer(credentials: Credentials): Record<string, string> {
  const token = credentials.accessToken;
  if (!token) {
    throw new Error(
      "verda: credentials.accessToken is required (exchange clientId/clientSecret via verdaTokenRequest)",
    );
  }
  return { Authorization: `Bearer ${token}`, Accept: "application/json" };
}

/** OAuth2 client-credentials exchange; its `access_token` becomes `credentials.accessToken`. */
export function verdaTokenRequest(credentials: Credentials): ProviderRequest {
  const { clientId, clientSecret } = credentials;
  if (!clientId || !clientSecret)
    throw new Error("verda: credentials.clientId and clientSecret are required");
  return {
    method: "POST",
    url: `${apiBaseUrl}/oauth2/token`,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: clientSecret,
    }),
  };
}

/** Reads the token endpoint's answer. */
export function parseVerdaToken(body: unknown): { accessToken: string; expiresInS: number | null } {
  const token = parsePayload(tokenSchema, body, provider, "oauth2/token");
  return { accessToken: token.access_token, expiresInS: token.expires_in ?? null };
}

interface Fetched {
  instanceTypes: VerdaInstanceType[];
  /** market → location code → instance types deployable there */
  availability: Map<Market, Map<string, Set<string>>>;
  /** location codes of `GET /locations` with their ISO country */
  locations: Map<string, string | null>;
}

function readResponses(responses: ProviderResponse[]): Fetched {
  const fetched: Fetched = { instanceTypes: [], availability: new Map(), locations: new Map() };
  for (const response of responses) {
    const url = new URL(response.request.url);
    if (url.pathname.endsWith("/instance-types")) {
      const items = parsePayload(z.array(z.unknown()), response.body, provider, "instance-types");
      items.forEach((item, index) => {
        fetched.instanceTypes.push(
          parsePayload(instanceTypeSchema, item, provider, `instance-types ${index}`),
        );
      });
    } else if (url.pathname.endsWith("/instance-availability")) {
      const market: Market = url.searchParams.get("is_spot") === "true" ? "spot" : "on_demand";
      const byLocation = fetched.availability.get(market) ?? new Map<string, Set<string>>();
      for (const entry of parsePayload(
        availabilitySchema,
        response.body,
        provider,
        "instance-availability",
      )) {
        byLocation.set(entry.location_code, new Set(entry.availabilities));
      }
      fetched.availability.set(market, byLocation);
    } else if (url.pathname.endsWith("/locations")) {
      for (const location of parsePayload(locationsSchema, response.body, provider, "locations")) {
        fetched.locations.set(location.code, location.country_code?.toUpperCase() ?? null);
      }
    } else {
      throw new Error(`verda: response for an unknown endpoint ${url.pathname}`);
    }
  }
  return fetched;
}

function currencyOf(code: string): Currency | null {
  const upper = code.toUpperCase();
  return currencies.find((currency) => currency === upper) ?? null;
}

/** "8x H100 SXM5 80GB" → "H100 SXM5 80GB": the GPU string without Verda's count prefix. */
function gpuNameOf(type: VerdaInstanceType): string {
  const fromDescription = type.gpu.description.replace(/^\d+\s*x\s*/i, "").trim();
  return fromDescription || type.name?.trim() || type.instance_type;
}

function toOffer(
  type: VerdaInstanceType,
  currency: Currency,
  market: Market,
  pricePerHour: number,
  region: string,
  availability: AvailabilityStatus,
  country: string | null,
): RawOffer {
  const gpuCount = type.gpu.number_of_gpus;
  const totalVramGb = type.gpu_memory.size_in_gigabytes;
  return {
    provider,
    externalId: `${type.instance_type}:${region}${market === "spot" ? ":spot" : ""}`,
    instanceType: type.instance_type,
    gpuName: gpuNameOf(type),
    gpuCount,
    vramPerGpuGb: totalVramGb > 0 ? totalVramGb / gpuCount : null,
    cpuCores: type.cpu.number_of_cores,
    ramGb: type.memory.size_in_gigabytes,
    storageGb: null,
    pricePerHour,
    spotPricePerHour: null,
    currency,
    region,
    country,
    market,
    availability,
    availableCount: null,
    interconnect: type.p2p ?? null,
    complianceTags: [],
    reliability: null,
    storagePriceGbMonth: null,
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
  };
}

function offersOf(type: VerdaInstanceType, currency: Currency, fetched: Fetched, result: ParseResult): void {
  const prices: [Market, number | null | undefined][] = [
    ["on_demand", type.price_per_hour],
    ["spot", type.spot_price],
  ];
  for (const [market, price] of prices) {
    if (price == null || price <= 0) {
      result.skipped.push({ id: `${type.instance_type}:${market}`, reason: `no ${market} price` });
      continue;
    }
    const byLocation = fetched.availability.get(market);
    if (!byLocation) {
      result.offers.push(toOffer(type, currency, market, price, verdaUnknownRegion, "unknown", null));
      continue;
    }
    const locations = new Set([...byLocation.keys(), ...fetched.locations.keys()]);
    for (const location of [...locations].sort()) {
      const available = byLocation.get(location)?.has(type.instance_type) ?? false;
      const country = fetched.locations.get(location) ?? regionInfo(location).country;
      result.offers.push(
        toOffer(type, currency, market, price, location, available ? "available" : "sold_out", country),
      );
    }
  }
}

export const verdaAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Verda (ex-DataCrunch)",
    apiBaseUrl,
    kind: "api",
    credentialKeys: ["clientId", "clientSecret"],
    docsUrl: "https://api.datacrunch.io/v1/docs",
  },

  /** OAuth2 client credentials → `credentials.accessToken` before buildRequests runs. */
  authenticate: {
    request: verdaTokenRequest,
    apply: (credentials, body) => ({ ...credentials, accessToken: parseVerdaToken(body).accessToken }),
  },

  /** Needs `credentials.accessToken` from {@link verdaTokenRequest} / {@link parseVerdaToken}. */
  buildRequests(credentials: Credentials): ProviderRequest[] {
    const headers = bearer(credentials);
    return [
      { method: "GET", url: `${apiBaseUrl}/instance-types`, headers },
      { method: "GET", url: `${apiBaseUrl}/instance-availability?is_spot=false`, headers },
      { method: "GET", url: `${apiBaseUrl}/instance-availability?is_spot=true`, headers },
      { method: "GET", url: `${apiBaseUrl}/locations`, headers },
    ];
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const fetched = readResponses(responses);
    const result: ParseResult = { offers: [], skipped: [] };
    for (const type of fetched.instanceTypes) {
      if (type.gpu.number_of_gpus <= 0) {
        result.skipped.push({ id: type.instance_type, reason: "no GPU in instance type" });
        continue;
      }
      const currency = currencyOf(type.currency);
      if (!currency) {
        result.skipped.push({ id: type.instance_type, reason: `unsupported currency ${type.currency}` });
        continue;
      }
      offersOf(type, currency, fetched, result);
    }
    return result;
  },

  /** The client-credentials exchange itself proves the credentials. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    return verdaTokenRequest(credentials);
  },

  /**
   * `POST /instances` (datacrunch-python `InstancesService.create`). Verda takes SSH key IDs
   * registered in the account, so the key id comes from `credentials.sshKeyId`.
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    const sshKeyId = credentials.sshKeyId;
    if (!sshKeyId) throw new Error("verda: deploying needs credentials.sshKeyId (a key registered at Verda)");
    if (offer.region === verdaUnknownRegion)
      throw new Error(`verda: offer ${offer.externalId} has no location`);
    return {
      method: "POST",
      url: `${apiBaseUrl}/instances`,
      headers: { ...bearer(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        instance_type: offer.instanceType,
        image: options.image ?? "ubuntu-24.04-cuda-12.8-open-docker",
        ssh_key_ids: [sshKeyId],
        hostname: options.name,
        description: options.name,
        location_code: offer.region,
        is_spot: offer.market === "spot",
      }),
    };
  },
};
