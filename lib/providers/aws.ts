import { z } from "zod";
import { awsAcceleratorFor } from "./aws-instance-families";
import { decimalStringSchema, parsePayload } from "./parse-helpers";
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
 * AWS EC2 from the public bulk price list (providers.md §15, sources: dstackai/gpuhunt
 * providers/aws.py, opencost pkg/cloud/aws/provider_test.go). One JSON file per region with
 * `products{sku → attributes}` and `terms.OnDemand{sku → term → priceDimensions}`; the price is a
 * decimal string per instance-hour. The us-east-1 file is ~480 MB: the worker must stream it.
 *
 * Booking uses the EC2 Query API (RunInstances / TerminateInstances, API version 2016-11-15) and
 * credentials are checked with STS GetCallerIdentity. These requests must be SigV4-signed with
 * credentials.accessKeyId / credentials.secretAccessKey by the caller: signing needs HMAC over the final
 * request and a clock, which this pure module does not own.
 */

const PROVIDER = "aws";
const PRICE_LIST_BASE = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current";
const EC2_API_VERSION = "2016-11-15";

/** Regions fetched by default; override with credentials.priceRegions ("us-east-1,eu-west-1"). */
export const AWS_DEFAULT_PRICE_REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1"] as const;

const attributesSchema = z.looseObject({
  instanceType: z.string().optional(),
  regionCode: z.string().optional(),
  vcpu: z.string().optional(),
  memory: z.string().optional(),
  storage: z.string().optional(),
  gpu: z.string().optional(),
  tenancy: z.string().optional(),
  operatingSystem: z.string().optional(),
  preInstalledSw: z.string().optional(),
  capacitystatus: z.string().optional(),
  marketoption: z.string().optional(),
  networkPerformance: z.string().optional(),
});

const productSchema = z.looseObject({
  sku: z.string(),
  productFamily: z.string().optional(),
  attributes: attributesSchema,
});

const priceDimensionSchema = z.looseObject({
  unit: z.string(),
  pricePerUnit: z.looseObject({ USD: decimalStringSchema.optional() }),
});

const termSchema = z.looseObject({
  priceDimensions: z.record(z.string(), priceDimensionSchema),
});

const priceListSchema = z.looseObject({
  products: z.record(z.string(), productSchema),
  terms: z.looseObject({
    OnDemand: z.record(z.string(), z.record(z.string(), termSchema)).optional(),
  }),
});

type PriceList = z.infer<typeof priceListSchema>;
type Attributes = z.infer<typeof attributesSchema>;

function priceRegions(credentials: Credentials): string[] {
  const configured = credentials.priceRegions
    ?.split(",")
    .map((region) => region.trim())
    .filter((region) => region.length > 0);
  return configured && configured.length > 0 ? configured : [...AWS_DEFAULT_PRICE_REGIONS];
}

function regionFromUrl(url: string): string | null {
  return /\/current\/([a-z0-9-]+)\/index\.json/.exec(url)?.[1] ?? null;
}

/** Only regions whose country is unambiguous from the code prefix; the rest stay null. */
function countryOfRegion(region: string): string | null {
  if (region.startsWith("us-")) return "US";
  if (region.startsWith("ca-")) return "CA";
  const exact: Record<string, string> = {
    "eu-west-1": "IE",
    "eu-west-2": "GB",
    "eu-west-3": "FR",
    "eu-central-1": "DE",
    "eu-north-1": "SE",
    "ap-northeast-1": "JP",
    "ap-southeast-1": "SG",
    "ap-southeast-2": "AU",
    "sa-east-1": "BR",
  };
  return exact[region] ?? null;
}

/** "2048 GiB" → 2048 (GiB, kept as the RAM figure); null when absent or not in that form. */
function memoryGib(memory: string | undefined): number | null {
  const match = /^([\d,.]+) GiB$/.exec(memory ?? "");
  return match?.[1] ? Number(match[1].replace(/,/g, "")) : null;
}

/** "8 x 3840 SSD" → 30720; "EBS only" → null. */
function localStorageGb(storage: string | undefined): number | null {
  const match = /^(\d+) x ([\d,]+)/.exec(storage ?? "");
  if (!match?.[1] || !match[2]) return null;
  return Number(match[1]) * Number(match[2].replace(/,/g, ""));
}

/** gpuhunt's filter: shared-tenancy Linux, no pre-installed software, on-demand, used capacity. */
function filterReason(attributes: Attributes): string | null {
  if (attributes.operatingSystem !== "Linux")
    return `operatingSystem ${attributes.operatingSystem ?? "missing"}`;
  if (attributes.tenancy !== "Shared") return `tenancy ${attributes.tenancy ?? "missing"}`;
  if (attributes.preInstalledSw !== undefined && attributes.preInstalledSw !== "NA") {
    return `preInstalledSw ${attributes.preInstalledSw}`;
  }
  if (attributes.capacitystatus !== undefined && attributes.capacitystatus !== "Used") {
    return `capacitystatus ${attributes.capacitystatus}`;
  }
  if (attributes.marketoption !== undefined && attributes.marketoption !== "OnDemand") {
    return `marketoption ${attributes.marketoption}`;
  }
  return null;
}

/** The hourly on-demand USD price of a SKU, or null when the list has no such term. */
function onDemandHourlyUsd(priceList: PriceList, sku: string): number | null {
  const terms = priceList.terms.OnDemand?.[sku];
  if (!terms) return null;
  for (const term of Object.values(terms)) {
    for (const dimension of Object.values(term.priceDimensions)) {
      if (dimension.unit === "Hrs" && dimension.pricePerUnit.USD !== undefined)
        return dimension.pricePerUnit.USD;
    }
  }
  return null;
}

function parsePriceList(response: ProviderResponse, result: ParseResult, seen: Set<string>): void {
  const priceList = parsePayload(priceListSchema, response.body, PROVIDER, "EC2 price list");
  const urlRegion = regionFromUrl(response.request.url);
  for (const product of Object.values(priceList.products)) {
    const { attributes } = product;
    const instanceType = attributes.instanceType;
    const region = attributes.regionCode ?? urlRegion;
    const id = `${instanceType ?? product.sku}:${region ?? "unknown-region"}`;
    if (product.productFamily !== "Compute Instance" || !instanceType || !region) {
      result.skipped.push({
        id: product.sku,
        reason: `not a compute instance (${product.productFamily ?? "?"})`,
      });
      continue;
    }
    const gpuCount = Number(attributes.gpu ?? "0");
    if (!(gpuCount > 0)) {
      result.skipped.push({ id, reason: "no GPU (attributes.gpu absent or 0)" });
      continue;
    }
    const filtered = filterReason(attributes);
    if (filtered) {
      result.skipped.push({ id: `${id}:${product.sku}`, reason: filtered });
      continue;
    }
    const accelerator = awsAcceleratorFor(instanceType);
    if (!accelerator) {
      result.skipped.push({
        id,
        reason: "instance family not in the GPU family table (gpu-benchmarks.md §8)",
      });
      continue;
    }
    const pricePerHour = onDemandHourlyUsd(priceList, product.sku);
    if (pricePerHour === null) {
      result.skipped.push({ id, reason: "no OnDemand hourly USD price" });
      continue;
    }
    if (seen.has(id)) {
      result.skipped.push({ id: `${id}:${product.sku}`, reason: "duplicate instance type in region" });
      continue;
    }
    seen.add(id);
    const vcpu = Number(attributes.vcpu);
    result.offers.push({
      provider: PROVIDER,
      externalId: id,
      instanceType,
      gpuName: accelerator.gpuName,
      gpuCount,
      vramPerGpuGb: accelerator.vramPerGpuGb,
      cpuCores: Number.isFinite(vcpu) ? vcpu : null,
      ramGb: memoryGib(attributes.memory),
      storageGb: localStorageGb(attributes.storage),
      pricePerHour,
      spotPricePerHour: null,
      currency: "USD",
      region,
      country: countryOfRegion(region),
      market: "on_demand",
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

function queryRequest(url: string, params: Record<string, string>): ProviderRequest {
  return {
    method: "POST",
    url,
    headers: { "Content-Type": "application/x-www-form-urlencoded; charset=utf-8" },
    body: new URLSearchParams(params).toString(),
  };
}

/** cloud-init that authorises the key for the default user (RunInstances needs a pre-registered KeyName otherwise). */
function sshUserData(sshPublicKey: string): string {
  return btoa(`#cloud-config\nssh_authorized_keys:\n  - ${sshPublicKey.trim()}\n`);
}

function bookInstance(_credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
  if (!options.image)
    throw new Error("aws: bookInstance needs options.image (an AMI id, e.g. ami-0123456789abcdef0)");
  const params: Record<string, string> = {
    Action: "RunInstances",
    Version: EC2_API_VERSION,
    ImageId: options.image,
    InstanceType: offer.instanceType,
    MinCount: "1",
    MaxCount: "1",
    "TagSpecification.1.ResourceType": "instance",
    "TagSpecification.1.Tag.1.Key": "Name",
    "TagSpecification.1.Tag.1.Value": options.name,
  };
  if (options.sshPublicKey) params.UserData = sshUserData(options.sshPublicKey);
  if (offer.market === "spot") params["InstanceMarketOptions.MarketType"] = "spot";
  return queryRequest(`https://ec2.${offer.region}.amazonaws.com/`, params);
}

/** `providerInstanceId` is "<region>/<instance-id>" (or a bare id with credentials.region). */
function terminate(credentials: Credentials, providerInstanceId: string): ProviderRequest {
  const [first, second] = providerInstanceId.split("/");
  const region = second ? first : credentials.region;
  const instanceId = second ?? first;
  if (!region || !instanceId) {
    throw new Error(
      `aws: terminate needs "<region>/<instance-id>" or credentials.region, got "${providerInstanceId}"`,
    );
  }
  return queryRequest(`https://ec2.${region}.amazonaws.com/`, {
    Action: "TerminateInstances",
    Version: EC2_API_VERSION,
    "InstanceId.1": instanceId,
  });
}

export const awsAdapter: ProviderAdapter = {
  info: {
    slug: PROVIDER,
    displayName: "Amazon Web Services (EC2)",
    apiBaseUrl: "https://pricing.us-east-1.amazonaws.com",
    kind: "api",
    credentialKeys: [],
    docsUrl: "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-ppslong.html",
  },
  buildRequests(credentials) {
    return priceRegions(credentials).map((region) => ({
      method: "GET",
      url: `${PRICE_LIST_BASE}/${region}/index.json`,
      headers: { Accept: "application/json" },
    }));
  },
  parse(responses) {
    const result: ParseResult = { offers: [], skipped: [] };
    const seen = new Set<string>();
    for (const response of responses) parsePriceList(response, result, seen);
    return result;
  },
  validateCredentials() {
    return queryRequest("https://sts.amazonaws.com/", { Action: "GetCallerIdentity", Version: "2011-06-15" });
  },
  bookInstance,
  terminate,
};
