import { z } from "zod";
import { azureVmSizes } from "./azure-vm-sizes";
import { parsePayload } from "./parse-helpers";
import {
  type Credentials,
  type Currency,
  currencies,
  type Market,
  type ParseResult,
  type ProviderAdapter,
  type ProviderRequest,
  type ProviderResponse,
} from "./types";

/**
 * Microsoft Azure from the public Retail Prices API (providers.md §17, source: dstackai/gpuhunt
 * providers/azure.py). Each item is one meter: `retailPrice` per hour for a VM size in a region.
 * Kept: type "Consumption" (Reservation rows quote the whole term, DevTestConsumption is a
 * dev/test discount), Linux (Windows meters carry "Windows" in productName), not "Low Priority"
 * (Azure Batch). Meters whose name ends in " Spot" become separate spot offers. Paged through
 * `NextPageLink` (null on the last page).
 *
 * No booking: creating and deleting a VM are ARM PUT/DELETE requests, which ProviderRequest
 * (GET | POST) cannot express.
 */

const PROVIDER = "azure";
const PRICES_URL = "https://prices.azure.com/api/retail/prices";
const API_VERSION = "2023-01-01-preview";

const itemSchema = z.looseObject({
  currencyCode: z.string(),
  retailPrice: z.number().nonnegative(),
  armRegionName: z.string(),
  location: z.string().optional(),
  meterName: z.string(),
  productName: z.string(),
  skuName: z.string().optional(),
  serviceName: z.string(),
  type: z.string(),
  armSkuName: z.string(),
  unitOfMeasure: z.string(),
  reservationTerm: z.string().optional(),
});

const pageSchema = z.looseObject({
  BillingCurrency: z.string().optional(),
  Items: z.array(itemSchema),
  NextPageLink: z.string().nullable().optional(),
  Count: z.number().optional(),
});

type Item = z.infer<typeof itemSchema>;

function pricesUrl(region: string | null): string {
  const regionClause = region ? ` and armRegionName eq '${region}'` : "";
  const filter = `serviceName eq 'Virtual Machines' and priceType eq 'Consumption'${regionClause}`;
  return `${PRICES_URL}?api-version=${API_VERSION}&$filter=${encodeURIComponent(filter)}`;
}

/** Regions to fetch (credentials.regions = "eastus,westus3"); default: one query over all regions. */
function regions(credentials: Credentials): (string | null)[] {
  const configured = credentials.regions
    ?.split(",")
    .map((region) => region.trim())
    .filter((region) => /^[a-z0-9]+$/.test(region));
  return configured && configured.length > 0 ? configured : [null];
}

function isCurrency(code: string): code is Currency {
  return (currencies as readonly string[]).includes(code);
}

/** Only US regions are unambiguous from the name ("eastus", "westus3", "southcentralus", …). */
function countryOfRegion(region: string): string | null {
  return /^(east|west|central|northcentral|southcentral|westcentral)us\d*$/.test(region) ? "US" : null;
}

/** Why an item is not an offer, or null when it is one. */
function rejection(item: Item): string | null {
  if (item.serviceName !== "Virtual Machines") return `service ${item.serviceName}`;
  if (item.type === "Reservation")
    return `Reservation price is the total for ${item.reservationTerm ?? "the term"}`;
  if (item.type === "DevTestConsumption") return "DevTestConsumption (dev/test subscription pricing)";
  if (item.type !== "Consumption") return `price type ${item.type}`;
  if (item.unitOfMeasure !== "1 Hour") return `unit ${item.unitOfMeasure}`;
  if (item.productName.includes("Windows")) return "Windows meter (licence included)";
  if (item.meterName.includes("Low Priority")) return "Low Priority meter (Azure Batch)";
  if (!item.armSkuName.startsWith("Standard_N")) return "not a GPU VM size";
  if (!azureVmSizes[item.armSkuName]) return "GPU VM size not in the size table (azure-vm-sizes.ts)";
  if (!isCurrency(item.currencyCode)) return `currency ${item.currencyCode} not supported`;
  return null;
}

function parsePage(response: ProviderResponse, result: ParseResult, seen: Set<string>): void {
  const page = parsePayload(pageSchema, response.body, PROVIDER, "retail prices");
  for (const item of page.Items) {
    const market: Market = item.meterName.endsWith(" Spot") ? "spot" : "on_demand";
    const externalId = `${item.armSkuName || item.meterName}:${item.armRegionName}${market === "spot" ? ":spot" : ""}`;
    const reason = rejection(item);
    const size = azureVmSizes[item.armSkuName];
    if (reason || !size || !isCurrency(item.currencyCode)) {
      result.skipped.push({
        id: `${externalId}:${item.type}:${item.productName}`,
        reason: reason ?? "unsupported",
      });
      continue;
    }
    if (seen.has(externalId)) {
      result.skipped.push({
        id: `${externalId}:${item.productName}`,
        reason: "duplicate meter for size and region",
      });
      continue;
    }
    seen.add(externalId);
    result.offers.push({
      provider: PROVIDER,
      externalId,
      instanceType: item.armSkuName,
      gpuName: size.gpuName,
      gpuCount: size.gpuCount,
      vramPerGpuGb: size.vramPerGpuGb,
      cpuCores: size.cpuCores,
      ramGb: size.ramGb,
      storageGb: null,
      pricePerHour: item.retailPrice,
      spotPricePerHour: null,
      currency: item.currencyCode,
      region: item.armRegionName,
      country: countryOfRegion(item.armRegionName),
      market,
      availability: "unknown",
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

export const azureAdapter: ProviderAdapter = {
  info: {
    slug: PROVIDER,
    displayName: "Microsoft Azure",
    apiBaseUrl: "https://prices.azure.com",
    kind: "api",
    credentialKeys: [],
    docsUrl: "https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices",
  },
  buildRequests(credentials) {
    return regions(credentials).map(
      (region): ProviderRequest => ({
        method: "GET",
        url: pricesUrl(region),
        headers: { Accept: "application/json" },
      }),
    );
  },
  nextPage(response) {
    const page = z.looseObject({ NextPageLink: z.string().nullable().optional() }).safeParse(response.body);
    const next = page.success ? page.data.NextPageLink : null;
    if (!next) return null;
    return { method: "GET", url: next, headers: response.request.headers };
  },
  parse(responses) {
    const result: ParseResult = { offers: [], skipped: [] };
    const seen = new Set<string>();
    for (const response of responses) parsePage(response, result, seen);
    return result;
  },
};
