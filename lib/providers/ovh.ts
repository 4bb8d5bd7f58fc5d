import { z } from "zod";
import { parsePayload } from "./parse-helpers";
import {
  type AvailabilityStatus,
  type Credentials,
  type Currency,
  currencies,
  type ParseResult,
  type ProviderAdapter,
  type ProviderRequest,
  type ProviderResponse,
  type RawOffer,
} from "./types";

/**
 * OVHcloud Public Cloud adapter: the public order catalog (+ the project flavor list when a token
 * is configured).
 *
 * Source: shared/reference/providers.md §19 and §22, read from SpareCores/sc-crawler
 * `src/sc_crawler/vendors/_ovh.py` / `ovh.py` and `tests/test_ovh.py` (filters, micro-cents,
 * flavor-name GPU table, region lists in `configurations[{name: "region"}]` with the
 * `/cloud/project/{id}/flavor` list as fallback, `.consumption.LZ.*` / `.3AZ` variants skipped,
 * datacentre → country table, no spot market).
 *
 * Units: `pricings[].price` is in micro-cents (÷ 1e8) of `locale.currencyCode`, the subsidiary's
 * currency (US → USD, IE/FR/DE → EUR, GB → GBP); a currency the offer schema lacks is skipped.
 * Hourly offers are the `publiccloud-instance` addons whose planCode ends in `.consumption`, Linux,
 * tagged "active". `technical.gpu.memory.size` is GB per GPU. The GPU blob can be incomplete, so
 * count, model and memory fall back to the flavor name (h100-380 = 1 × H100, h100-1520 = 4 × …).
 * Without region data (catalog or flavors) an offer carries the `global` pseudo-region; flavor
 * `available` maps to available / sold_out, otherwise availability is "unknown".
 * Non-instance addons (volumes, bandwidth, …) are not server rows and are ignored silently.
 */

const provider = "ovh";
/** providers.md §19: the US subsidiary's API lives on api.us.ovhcloud.com, the others on eu.api.ovh.com. */
const usApiBaseUrl = "https://api.us.ovhcloud.com/1.0";
const euApiBaseUrl = "https://eu.api.ovh.com/1.0";
export const ovhDefaultSubsidiary = "US";
/** Region of offers whose catalog entry and flavor list name no region. */
export const ovhUnknownRegion = "global";
const microCentsPerUnit = 1e8;

/** sc-crawler `_get_gpu_info`: flavor prefix → GPU model, GB per GPU, RAM (GB) per GPU. */
const gpuByFlavorPrefix: Readonly<Record<string, { model: string; vramGb: number; ramGbPerGpu: number }>> = {
  h100: { model: "H100", vramGb: 80, ramGbPerGpu: 380 },
  a100: { model: "A100", vramGb: 80, ramGbPerGpu: 180 },
  a10: { model: "A10", vramGb: 24, ramGbPerGpu: 45 },
  l40s: { model: "L40S", vramGb: 48, ramGbPerGpu: 90 },
  l4: { model: "L4", vramGb: 24, ramGbPerGpu: 90 },
  t2: { model: "V100S", vramGb: 32, ramGbPerGpu: 45 },
  t1: { model: "V100", vramGb: 16, ramGbPerGpu: 45 },
  rtx5000: { model: "Quadro RTX 5000", vramGb: 16, ramGbPerGpu: 28 },
};

/** sc-crawler `inventory_regions` datacentre codes → country. */
const countryByDatacenter: Readonly<Record<string, string>> = {
  SBG: "FR",
  GRA: "FR",
  RBX: "FR",
  PAR: "FR",
  UK: "GB",
  DE: "DE",
  WAW: "PL",
  MIL: "IT",
  BHS: "CA",
  TOR: "CA",
  HIL: "US",
  VIN: "US",
  SGP: "SG",
  SYD: "AU",
  YNM: "IN",
};

const pricingSchema = z.looseObject({
  /** micro-cents of the catalog currency */
  price: z.number().nonnegative(),
  intervalUnit: z.string().optional(),
});

const addonSchema = z.looseObject({
  planCode: z.string().min(1),
  invoiceName: z.string().min(1),
  product: z.string().optional(),
  pricings: z.array(pricingSchema),
  configurations: z
    .array(z.looseObject({ name: z.string(), values: z.array(z.string()).optional() }))
    .optional(),
  blobs: z
    .looseObject({
      technical: z
        .looseObject({
          cpu: z.looseObject({ cores: z.number().nonnegative().optional() }).optional(),
          /** GB */
          memory: z.looseObject({ size: z.number().nonnegative().optional() }).optional(),
          os: z.looseObject({ family: z.string().optional() }).optional(),
          storage: z
            .looseObject({
              disks: z
                .array(z.looseObject({ capacity: z.number().nonnegative(), number: z.number().optional() }))
                .optional(),
            })
            .optional(),
          gpu: z
            .looseObject({
              number: z.number().int().nonnegative().optional(),
              model: z.string().optional(),
              /** GB per GPU */
              memory: z.looseObject({ size: z.number().nonnegative().optional() }).optional(),
            })
            .optional(),
        })
        .optional(),
      tags: z.array(z.string()).optional(),
    })
    .nullable()
    .optional(),
});
type Addon = z.infer<typeof addonSchema>;

const catalogSchema = z.looseObject({
  locale: z.looseObject({ currencyCode: z.string().min(1), subsidiary: z.string().optional() }),
  addons: z.array(addonSchema),
});

const flavorsSchema = z.array(
  z.looseObject({
    region: z.string().min(1),
    osType: z.string().optional(),
    planCodes: z.looseObject({ hourly: z.string().nullable().optional() }).optional(),
    available: z.boolean().optional(),
  }),
);

interface RegionStock {
  region: string;
  availability: AvailabilityStatus;
}

interface GpuSpec {
  model: string;
  count: number;
  vramGb: number | null;
}

function apiBaseUrl(subsidiary: string): string {
  return subsidiary === "US" ? usApiBaseUrl : euApiBaseUrl;
}

function subsidiaryOf(credentials: Credentials): string {
  return (credentials.subsidiary ?? ovhDefaultSubsidiary).toUpperCase();
}

function isCurrency(code: string): code is Currency {
  return (currencies as readonly string[]).includes(code);
}

/** "h100-1520" → 4 × H100 (1520 GB ÷ 380 GB per GPU); "t1-le-90" → 2 × V100. */
function gpuFromFlavorName(name: string): GpuSpec | null {
  const parts = name.toLowerCase().split("-");
  const known = gpuByFlavorPrefix[parts[0] ?? ""];
  const size = Number(parts[parts.length - 1]);
  if (!known || !Number.isFinite(size)) return null;
  const count = Math.floor(size / known.ramGbPerGpu);
  return count > 0 ? { model: known.model, count, vramGb: known.vramGb } : null;
}

function gpuOf(addon: Addon): GpuSpec | null {
  const blob = addon.blobs?.technical?.gpu;
  const derived = gpuFromFlavorName(addon.invoiceName);
  const model = blob?.model || derived?.model;
  const count = blob?.number || derived?.count;
  if (!model || !count) return null;
  return { model, count, vramGb: blob?.memory?.size || derived?.vramGb || null };
}

/** "GRA11" → FR, "EU-WEST-PAR" → FR, "BHS5" → CA; unknown codes → null. */
function countryOfRegion(region: string): string | null {
  for (const token of region.toUpperCase().split("-")) {
    const country = countryByDatacenter[token.replace(/\d+$/, "")];
    if (country) return country;
  }
  return null;
}

function skipReason(addon: Addon): string | null {
  const technical = addon.blobs?.technical;
  if (!addon.planCode.endsWith(".consumption")) return "not a plain hourly (.consumption) plan";
  if (technical?.os?.family !== "linux") return `os family ${technical?.os?.family ?? "missing"}`;
  if (!addon.blobs?.tags?.includes("active")) return "not tagged active";
  return null;
}

function regionsOf(addon: Addon, flavors: Map<string, RegionStock[]>): RegionStock[] {
  const fromCatalog =
    addon.configurations?.find((configuration) => configuration.name === "region")?.values ?? [];
  if (fromCatalog.length > 0) {
    const stock = new Map(
      (flavors.get(addon.planCode) ?? []).map((entry) => [entry.region, entry.availability]),
    );
    return fromCatalog.map((region) => ({ region, availability: stock.get(region) ?? "unknown" }));
  }
  return flavors.get(addon.planCode) ?? [{ region: ovhUnknownRegion, availability: "unknown" }];
}

function toOffers(
  addon: Addon,
  subsidiary: string,
  currency: Currency,
  gpu: GpuSpec,
  pricePerHour: number,
  regions: RegionStock[],
): RawOffer[] {
  const technical = addon.blobs?.technical;
  const disks = technical?.storage?.disks ?? [];
  const storageGb = disks.reduce((total, disk) => total + disk.capacity * (disk.number ?? 1), 0);
  return regions.map(({ region, availability }) => ({
    provider,
    externalId: `${subsidiary}:${addon.invoiceName}@${region}`,
    instanceType: addon.invoiceName,
    gpuName: gpu.model,
    gpuCount: gpu.count,
    vramPerGpuGb: gpu.vramGb,
    cpuCores: technical?.cpu?.cores ?? null,
    ramGb: technical?.memory?.size ?? null,
    storageGb: storageGb > 0 ? storageGb : null,
    pricePerHour,
    spotPricePerHour: null,
    currency,
    region,
    country: region === ovhUnknownRegion ? null : countryOfRegion(region),
    market: "on_demand",
    availability,
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

function parseCatalog(
  response: ProviderResponse,
  flavors: Map<string, RegionStock[]>,
  result: ParseResult,
): void {
  const catalog = parsePayload(catalogSchema, response.body, provider, "order/catalog/public/cloud");
  const subsidiary =
    new URL(response.request.url).searchParams.get("ovhSubsidiary") ?? catalog.locale.subsidiary ?? "";
  const currency = catalog.locale.currencyCode;
  for (const addon of catalog.addons) {
    if (addon.product !== "publiccloud-instance") continue;
    const id = `${subsidiary}:${addon.planCode}`;
    const skip = skipReason(addon);
    const gpu = gpuOf(addon);
    const hourly = addon.pricings.find((pricing) => pricing.intervalUnit === "hour");
    if (skip) result.skipped.push({ id, reason: skip });
    else if (!gpu) result.skipped.push({ id, reason: "no GPU" });
    else if (!hourly) result.skipped.push({ id, reason: "no hourly pricing" });
    else if (!isCurrency(currency))
      result.skipped.push({ id, reason: `catalog currency ${currency} is not supported` });
    else
      result.offers.push(
        ...toOffers(
          addon,
          subsidiary,
          currency,
          gpu,
          hourly.price / microCentsPerUnit,
          regionsOf(addon, flavors),
        ),
      );
  }
}

/** Linux flavors of the project: hourly planCode → regions (with stock when `available` is sent). */
function parseFlavors(body: unknown, flavors: Map<string, RegionStock[]>): void {
  for (const flavor of parsePayload(flavorsSchema, body, provider, "cloud/project/{id}/flavor")) {
    const planCode = flavor.planCodes?.hourly;
    if (flavor.osType !== "linux" || !planCode) continue;
    const availability: AvailabilityStatus =
      flavor.available === undefined ? "unknown" : flavor.available ? "available" : "sold_out";
    const entries = flavors.get(planCode) ?? [];
    if (!entries.some((entry) => entry.region === flavor.region))
      entries.push({ region: flavor.region, availability });
    flavors.set(planCode, entries);
  }
}

function parseAll(responses: ProviderResponse[]): ParseResult {
  const result: ParseResult = { offers: [], skipped: [] };
  const flavors = new Map<string, RegionStock[]>();
  const catalogs: ProviderResponse[] = [];
  for (const response of responses) {
    const path = new URL(response.request.url).pathname;
    if (path.endsWith("/order/catalog/public/cloud")) catalogs.push(response);
    else if (/\/cloud\/project\/[^/]+\/flavor$/.test(path)) parseFlavors(response.body, flavors);
    else throw new Error(`ovh: response from an unexpected URL ${response.request.url}`);
  }
  for (const response of catalogs) parseCatalog(response, flavors, result);
  return result;
}

function bearer(credentials: Credentials): Record<string, string> {
  const { accessToken } = credentials;
  if (!accessToken) throw new Error("ovh: credentials.accessToken is required");
  return { Authorization: `Bearer ${accessToken}`, Accept: "application/json" };
}

export const ovhAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "OVHcloud",
    apiBaseUrl: usApiBaseUrl,
    kind: "api",
    credentialKeys: [],
    docsUrl: "https://api.ovh.com/console/",
  },

  /**
   * The public catalog of `credentials.subsidiary` (default US). With an OAuth2 service-account
   * token (`credentials.accessToken`) and `credentials.projectId`, also the project's flavor list,
   * which says in which regions each flavor exists.
   */
  buildRequests(credentials: Credentials): ProviderRequest[] {
    const subsidiary = subsidiaryOf(credentials);
    const base = apiBaseUrl(subsidiary);
    const requests: ProviderRequest[] = [
      {
        method: "GET",
        url: `${base}/order/catalog/public/cloud?ovhSubsidiary=${encodeURIComponent(subsidiary)}`,
        headers: { Accept: "application/json" },
      },
    ];
    if (credentials.accessToken && credentials.projectId) {
      requests.push({
        method: "GET",
        url: `${base}/cloud/project/${encodeURIComponent(credentials.projectId)}/flavor`,
        headers: bearer(credentials),
      });
    }
    return requests;
  },

  parse: parseAll,

  /** Only the optional flavor lookup is authenticated: `GET /cloud/project/{id}/region`. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    const { projectId } = credentials;
    if (!projectId) throw new Error("ovh: credentials.projectId is required");
    return {
      method: "GET",
      url: `${apiBaseUrl(subsidiaryOf(credentials))}/cloud/project/${encodeURIComponent(projectId)}/region`,
      headers: bearer(credentials),
    };
  },
};
