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
 * DigitalOcean GPU Droplets adapter.
 *
 * Source: shared/reference/providers.md §8 and §22, read from dstackai/gpuhunt
 * `providers/digitalocean.py` + its test fixture. Account check and droplet creation: DigitalOcean
 * API v2 (`GET /v2/account`, `POST /v2/droplets` with name/region/size/image/user_data; pagination
 * through `links.pages.next`).
 *
 * Quirks: `memory` is MB (245760 → 240 GB); `gpu_info.vram.amount` is the TOTAL over all GPUs in
 * `vram.unit`; `price_hourly` is per droplet. Sizes without `gpu_info` are CPU droplets.
 */

const provider = "digitalocean";
const apiBaseUrl = "https://api.digitalocean.com/v2";

/** Region of a size that lists no region. */
export const digitaloceanNoRegion = "global";

const sizeSchema = z.looseObject({
  slug: z.string().min(1),
  /** MB */
  memory: z.number().nonnegative(),
  vcpus: z.number().nonnegative(),
  /** GB */
  disk: z.number().nonnegative(),
  price_hourly: z.number().nonnegative(),
  regions: z.array(z.string()),
  available: z.boolean(),
  description: z.string().optional(),
  gpu_info: z
    .looseObject({
      count: z.number().positive(),
      /** TOTAL over all GPUs */
      vram: z.looseObject({ amount: z.number().positive(), unit: z.string() }),
      model: z.string().min(1),
    })
    .nullable()
    .optional(),
});
type DigitaloceanSize = z.infer<typeof sizeSchema>;

const responseSchema = z.looseObject({ sizes: z.array(z.unknown()) });
const linksSchema = z.looseObject({
  links: z.looseObject({ pages: z.looseObject({ next: z.string().optional() }).optional() }).optional(),
});

function bearer(credentials: Credentials): Record<string, string> {
  const token = credentials.apiToken;
  if (!token) throw new Error("digitalocean: credentials.apiToken is required");
  return { Authorization: `Bearer ${token}`, Accept: "application/json" };
}

/** Total VRAM in GB from `{amount, unit}` ("gib" as reported, "mib" ÷ 1024). */
function totalVramGb(vram: { amount: number; unit: string }): number | null {
  const unit = vram.unit.toLowerCase();
  if (unit === "gib" || unit === "gb") return vram.amount;
  if (unit === "mib" || unit === "mb") return vram.amount / 1024;
  return null;
}

function toOffers(size: DigitaloceanSize, gpu: NonNullable<DigitaloceanSize["gpu_info"]>): RawOffer[] {
  const total = totalVramGb(gpu.vram);
  const regions = size.regions.length > 0 ? size.regions : [digitaloceanNoRegion];
  return regions.map((region) => ({
    provider,
    externalId: `${size.slug}:${region}`,
    instanceType: size.slug,
    gpuName: gpu.model,
    gpuCount: gpu.count,
    vramPerGpuGb: total !== null ? total / gpu.count : null,
    cpuCores: size.vcpus,
    ramGb: size.memory / 1024,
    storageGb: size.disk,
    pricePerHour: size.price_hourly,
    spotPricePerHour: null,
    currency: "USD",
    region,
    country: regionInfo(region).country,
    market: "on_demand",
    availability: size.available && size.regions.length > 0 ? "available" : "sold_out",
    availableCount: null,
    interconnect: null,
    complianceTags: [],
    reliability: null,
    storagePriceGbMonth: null,
    egressPriceGb: null,
    bootTimeS: null,
    source: "api",
  }));
}

export const digitaloceanAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "DigitalOcean",
    apiBaseUrl,
    kind: "api",
    credentialKeys: ["apiToken"],
    docsUrl: "https://docs.digitalocean.com/reference/api/",
  },

  buildRequests(credentials: Credentials): ProviderRequest[] {
    return [{ method: "GET", url: `${apiBaseUrl}/sizes?per_page=500`, headers: bearer(credentials) }];
  },

  /** `links.pages.next` is the absolute URL of the next page; only DigitalOcean's own API is followed. */
  nextPage(response: ProviderResponse): ProviderRequest | null {
    const links = linksSchema.safeParse(response.body);
    const next = links.success ? links.data.links?.pages?.next : undefined;
    if (!next?.startsWith(`${apiBaseUrl}/`)) return null;
    return { ...response.request, url: next };
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const result: ParseResult = { offers: [], skipped: [] };
    for (const response of responses) {
      const body = parsePayload(responseSchema, response.body, provider, "sizes");
      body.sizes.forEach((item, index) => {
        const size = parsePayload(sizeSchema, item, provider, `sizes sizes.${index}`);
        if (!size.gpu_info) {
          result.skipped.push({ id: size.slug, reason: "no GPU in size" });
          return;
        }
        result.offers.push(...toOffers(size, size.gpu_info));
      });
    }
    return result;
  },

  validateCredentials(credentials: Credentials): ProviderRequest {
    return { method: "GET", url: `${apiBaseUrl}/account`, headers: bearer(credentials) };
  },

  /**
   * `POST /v2/droplets`. DigitalOcean's `ssh_keys` takes key ids or fingerprints, so a public key
   * text is installed through cloud-init `user_data` instead. `options.image` is a droplet image
   * slug or id.
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    if (!options.image) throw new Error("digitalocean: options.image (an image slug or id) is required");
    if (offer.region === digitaloceanNoRegion)
      throw new Error(`digitalocean: size ${offer.instanceType} has no region`);
    const userData = options.sshPublicKey
      ? { user_data: `#cloud-config\nssh_authorized_keys:\n  - ${options.sshPublicKey}\n` }
      : {};
    return {
      method: "POST",
      url: `${apiBaseUrl}/droplets`,
      headers: { ...bearer(credentials), "Content-Type": "application/json" },
      body: JSON.stringify({
        name: options.name,
        region: offer.region,
        size: offer.instanceType,
        image: /^\d+$/.test(options.image) ? Number(options.image) : options.image,
        ...userData,
      }),
    };
  },
};
