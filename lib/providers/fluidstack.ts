import { z } from "zod";
import { numberOrDecimalStringSchema, parsePayload } from "./parse-helpers";
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
 * FluidStack adapter.
 *
 * Source: shared/reference/providers.md §9 and §22, read from skypilot
 * `sky/catalog/data_fetchers/fetch_fluidstack.py` (endpoint, `api-key` header, price × count,
 * instance type `<gpu_type>::<count>`, memory parsed from the `_80GB` suffix) and
 * `sky/provision/fluidstack/fluidstack_utils.py` (platform.fluidstack.io client: `POST /instances`
 * with gpu_type, gpu_count, region, operating_system_label, name, ssh_key = a registered key's name).
 *
 * `price_per_gpu_hr` is USD per GPU-hour (skypilot multiplies by the count); whether it is a JSON
 * number or a string is unverified, so both are accepted. An empty `regions` list means sold out:
 * such a type is kept once per count in the `global` pseudo-region with availability "sold_out".
 * FluidStack has no spot market in this API. Terminating is `DELETE /instances/{id}`, which the
 * GET/POST request contract cannot express, so `terminate` is not provided.
 */

const provider = "fluidstack";
const apiBaseUrl = "https://platform.fluidstack.io";

/** Region of the offers of a GPU type whose `regions` list is empty (sold out everywhere). */
export const fluidstackSoldOutRegion = "global";

/** skypilot fluidstack_utils `default_operating_system`. */
const defaultOperatingSystem = "ubuntu_22_04_lts_nvidia";

const configurationSchema = z.looseObject({
  /** "H100_SXM5_80GB" */
  gpu_type: z.string().min(1),
  gpu_counts: z.array(z.number().int().positive()),
  /** USD per GPU-hour */
  price_per_gpu_hr: numberOrDecimalStringSchema,
  /** "ICELAND", "UTAH_USA", ...; empty when sold out */
  regions: z.array(z.string().min(1)),
});
type Configuration = z.infer<typeof configurationSchema>;

const responseSchema = z.array(configurationSchema);

/** Region names seen in the payload (fixture + skypilot); `<STATE>_USA` names are US states. */
const countryByRegion: Readonly<Record<string, string>> = {
  CANADA: "CA",
  FINLAND: "FI",
  ICELAND: "IS",
  NORWAY: "NO",
};

function countryOfRegion(region: string): string | null {
  if (region.endsWith("_USA")) return "US";
  return countryByRegion[region] ?? null;
}

/** "H100_SXM5_80GB" → 80 (skypilot: `gpu_type.split('_')[-1].replace('GB', '')`). */
function vramFromGpuType(gpuType: string): number | null {
  const match = /_(\d+(?:\.\d+)?)GB$/i.exec(gpuType);
  return match?.[1] ? Number(match[1]) : null;
}

function headers(credentials: Credentials): Record<string, string> {
  const apiKey = credentials.apiKey;
  if (!apiKey) throw new Error("fluidstack: credentials.apiKey is required");
  return { "api-key": apiKey, Accept: "application/json" };
}

function toOffers(configuration: Configuration): RawOffer[] {
  const regions = configuration.regions.length > 0 ? configuration.regions : [fluidstackSoldOutRegion];
  const soldOut = configuration.regions.length === 0;
  const offers: RawOffer[] = [];
  for (const gpuCount of configuration.gpu_counts) {
    const instanceType = `${configuration.gpu_type}::${gpuCount}`;
    for (const region of regions) {
      offers.push({
        provider,
        externalId: `${instanceType}@${region}`,
        instanceType,
        gpuName: configuration.gpu_type,
        gpuCount,
        vramPerGpuGb: vramFromGpuType(configuration.gpu_type),
        cpuCores: null,
        ramGb: null,
        storageGb: null,
        pricePerHour: configuration.price_per_gpu_hr * gpuCount,
        spotPricePerHour: null,
        currency: "USD",
        region,
        country: soldOut ? null : countryOfRegion(region),
        market: "on_demand",
        availability: soldOut ? "sold_out" : "available",
        availableCount: null,
        interconnect: null,
        complianceTags: [],
        reliability: null,
        storagePriceGbMonth: null,
        egressPriceGb: null,
        bootTimeS: null,
        source: "api",
      });
    }
  }
  return offers;
}

export const fluidstackAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "FluidStack",
    apiBaseUrl,
    kind: "api",
    credentialKeys: ["apiKey"],
    docsUrl: "https://docs.fluidstack.io/",
  },

  buildRequests(credentials: Credentials): ProviderRequest[] {
    return [
      { method: "GET", url: `${apiBaseUrl}/list_available_configurations`, headers: headers(credentials) },
    ];
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const result: ParseResult = { offers: [], skipped: [] };
    for (const response of responses) {
      const configurations = parsePayload(
        responseSchema,
        response.body,
        provider,
        "list_available_configurations",
      );
      for (const configuration of configurations) {
        if (configuration.gpu_counts.length === 0) {
          result.skipped.push({ id: configuration.gpu_type, reason: "no GPU counts offered" });
          continue;
        }
        result.offers.push(...toOffers(configuration));
      }
    }
    return result;
  },

  /** The configuration listing needs the key, so a 2xx proves it. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    return {
      method: "GET",
      url: `${apiBaseUrl}/list_available_configurations`,
      headers: headers(credentials),
    };
  },

  /**
   * `POST /instances`. FluidStack takes the *name* of an SSH key registered in the account
   * (`POST /ssh_keys` beforehand), so it comes from `credentials.sshKeyName`.
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    const sshKeyName = credentials.sshKeyName;
    if (!sshKeyName)
      throw new Error("fluidstack: booking needs credentials.sshKeyName (a key registered at FluidStack)");
    if (offer.availability === "sold_out" || offer.region === fluidstackSoldOutRegion) {
      throw new Error(`fluidstack: ${offer.instanceType} is sold out`);
    }
    return {
      method: "POST",
      url: `${apiBaseUrl}/instances`,
      headers: { ...headers(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        gpu_type: offer.gpuName,
        gpu_count: offer.gpuCount,
        region: offer.region,
        operating_system_label: options.image ?? defaultOperatingSystem,
        name: options.name,
        ssh_key: sshKeyName,
      }),
    };
  },
};
