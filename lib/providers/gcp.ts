import { z } from "zod";
import { parsePayload } from "./parse-helpers";
import {
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
 * Google Compute Engine (providers.md §16, sources: dstackai/gpuhunt providers/gcp.py, opencost
 * pkg/cloud/gcp/test/skus.json, skypilot fetch_gcp.py). The Cloud Billing catalog prices
 * COMPONENTS per region — "<Family> Instance Core" per vCPU-hour, "<Family> Instance Ram" per
 * GiB-hour, "Nvidia <model> GPU" per GPU-hour — and Compute `machineTypes` gives each shape's
 * vCPUs, memory and accelerators. Instance price = cores × core + GiB × RAM + GPUs × GPU.
 * Spot = the "Preemptible" SKUs of all three components, emitted as a separate offer.
 *
 * Offers exist where a zone's machineTypes listing has the shape; externalId is
 * "<machineType>:<zone>" so the booking request can target that zone.
 */

const PROVIDER = "gcp";
const SKUS_URL = "https://cloudbilling.googleapis.com/v1/services/6F81-5844-456A/skus";
const COMPUTE_URL = "https://compute.googleapis.com/compute/v1/projects";

/** Zones whose machineTypes are fetched by default; override with credentials.zones ("a,b"). */
export const GCP_DEFAULT_ZONES = [
  "us-central1-a",
  "us-east4-a",
  "us-west1-a",
  "europe-west4-a",
  "asia-southeast1-a",
] as const;

const unitPriceSchema = z.looseObject({
  currencyCode: z.string(),
  units: z.string().regex(/^-?\d+$/, "expected an integer string"),
  nanos: z.number().int(),
});

const skuSchema = z.looseObject({
  skuId: z.string(),
  description: z.string(),
  category: z.looseObject({
    resourceFamily: z.string(),
    resourceGroup: z.string(),
    usageType: z.string(),
  }),
  serviceRegions: z.array(z.string()),
  pricingInfo: z.array(
    z.looseObject({
      pricingExpression: z.looseObject({
        usageUnit: z.string(),
        tieredRates: z.array(z.looseObject({ startUsageAmount: z.number(), unitPrice: unitPriceSchema })),
      }),
    }),
  ),
});

const skuPageSchema = z.looseObject({
  skus: z.array(skuSchema).optional(),
  nextPageToken: z.string().optional(),
});

const machineTypeSchema = z.looseObject({
  name: z.string(),
  zone: z.string(),
  guestCpus: z.number().nonnegative(),
  memoryMb: z.number().nonnegative(),
  accelerators: z
    .array(z.looseObject({ guestAcceleratorType: z.string(), guestAcceleratorCount: z.number().positive() }))
    .optional(),
});

const machineTypeListSchema = z.looseObject({
  items: z.array(machineTypeSchema).optional(),
  nextPageToken: z.string().optional(),
});

type Sku = z.infer<typeof skuSchema>;
type MachineType = z.infer<typeof machineTypeSchema>;

/** SKU descriptions gpuhunt leaves out: other billing models or not a plain on-demand/spot VM. */
const EXCLUDED_DESCRIPTION =
  /Sole Tenancy|Reserved|Premium|Custom|suspended|DWS|Calendar Mode|gpu slice|Commitment/i;

/**
 * GPU SKU model (description minus "Nvidia"/" GPU running in …") → accelerator type. Default rule:
 * lower-case and hyphenate ("Nvidia Tesla T4" → nvidia-tesla-t4, "Nvidia L4" → nvidia-l4); the
 * exceptions are the ones providers.md §16 names (A100 80GB, H100 Plus/Mega).
 */
const ACCELERATOR_OVERRIDES: Readonly<Record<string, string>> = {
  "Nvidia Tesla A100 80GB": "nvidia-a100-80gb",
  "Nvidia H100 80GB Plus": "nvidia-h100-mega-80gb",
  "Nvidia H100 80GB Mega": "nvidia-h100-mega-80gb",
};

/** Per-GPU memory where gpu-benchmarks.md §8 states it or the accelerator name carries it. */
const ACCELERATOR_VRAM_GB: Readonly<Record<string, number>> = {
  "nvidia-tesla-a100": 40,
  "nvidia-l4": 24,
  "nvidia-b200": 180,
};

function acceleratorType(skuGpuName: string): string {
  return ACCELERATOR_OVERRIDES[skuGpuName] ?? skuGpuName.toLowerCase().replace(/\s+/g, "-");
}

function vramPerGpuGb(accelerator: string): number | null {
  const fromName = /-(\d+)gb$/.exec(accelerator)?.[1];
  return ACCELERATOR_VRAM_GB[accelerator] ?? (fromName ? Number(fromName) : null);
}

interface ComponentPrice {
  price: number;
  currency: Currency;
  skuId: string;
}

type ComponentKind = "gpu" | "core" | "ram";

/** key = kind|family-or-accelerator|market|region */
type PriceBook = Map<string, ComponentPrice>;

function priceKey(kind: ComponentKind, what: string, market: Market, region: string): string {
  return `${kind}|${what}|${market}|${region}`;
}

function isCurrency(code: string): code is Currency {
  return (currencies as readonly string[]).includes(code);
}

/** Classifies a SKU as a GPU / core / RAM component price; null for everything else. */
function component(sku: Sku): { kind: ComponentKind; what: string; market: Market; unit: string } | null {
  const { category } = sku;
  if (category.resourceFamily !== "Compute") return null;
  const market: Market | null =
    category.usageType === "OnDemand" ? "on_demand" : category.usageType === "Preemptible" ? "spot" : null;
  if (!market || EXCLUDED_DESCRIPTION.test(sku.description)) return null;
  const description = sku.description.replace(/^(Spot )?Preemptible /, "");
  const unit = sku.pricingInfo[0]?.pricingExpression.usageUnit ?? "";
  const gpu = /^(Nvidia .+?) GPU running in /.exec(description)?.[1];
  if (category.resourceGroup === "GPU" && gpu)
    return { kind: "gpu", what: acceleratorType(gpu), market, unit };
  const core = /^(\w+) Instance Core running in /.exec(description)?.[1];
  if (category.resourceGroup === "CPU" && core)
    return { kind: "core", what: core.toUpperCase(), market, unit };
  const ram = /^(\w+) Instance Ram running in /.exec(description)?.[1];
  if (category.resourceGroup === "RAM" && ram) return { kind: "ram", what: ram.toUpperCase(), market, unit };
  return null;
}

const EXPECTED_UNIT: Record<ComponentKind, string> = { gpu: "h", core: "h", ram: "GiBy.h" };

/** Adds the SKU's last tier (the steady-state rate) to the book; explains rejected components. */
function addSku(sku: Sku, book: PriceBook, result: ParseResult): void {
  const parsed = component(sku);
  if (!parsed) return;
  const rates = sku.pricingInfo[0]?.pricingExpression.tieredRates ?? [];
  const rate = rates[rates.length - 1];
  if (parsed.unit !== EXPECTED_UNIT[parsed.kind] || !rate) {
    result.skipped.push({
      id: `sku:${sku.skuId}`,
      reason: `unexpected usage unit "${parsed.unit}" or no rate`,
    });
    return;
  }
  const { currencyCode, units, nanos } = rate.unitPrice;
  if (!isCurrency(currencyCode)) {
    result.skipped.push({ id: `sku:${sku.skuId}`, reason: `currency ${currencyCode} not supported` });
    return;
  }
  const price = Number(units) + nanos / 1e9;
  for (const region of sku.serviceRegions) {
    const key = priceKey(parsed.kind, parsed.what, parsed.market, region);
    if (!book.has(key)) book.set(key, { price, currency: currencyCode, skuId: sku.skuId });
  }
}

function regionOfZone(zone: string): string {
  return zone.replace(/-[a-z]$/, "");
}

function countryOfRegion(region: string): string | null {
  if (region.startsWith("us-")) return "US";
  if (region.startsWith("northamerica-northeast")) return "CA";
  return null;
}

/** Machine type family as the SKU descriptions spell it: "a2-highgpu-1g" → "A2". */
function familyOf(machineType: string): string {
  return (machineType.split("-")[0] ?? "").toUpperCase();
}

function machineOffer(
  machine: MachineType,
  zone: string,
  market: Market,
  book: PriceBook,
): { offer: RawOffer } | { missing: string } {
  const region = regionOfZone(zone);
  const accelerator = machine.accelerators?.[0];
  if (!accelerator) return { missing: "no accelerator" };
  const family = familyOf(machine.name);
  const gpu = book.get(priceKey("gpu", accelerator.guestAcceleratorType, market, region));
  const core = book.get(priceKey("core", family, market, region));
  const ram = book.get(priceKey("ram", family, market, region));
  const missing = [
    gpu ? null : `${accelerator.guestAcceleratorType} GPU`,
    core ? null : `${family} core`,
    ram ? null : `${family} RAM`,
  ].filter((name) => name !== null);
  if (!gpu || !core || !ram) return { missing: `no ${market} SKU for ${missing.join(", ")} in ${region}` };
  if (gpu.currency !== core.currency || gpu.currency !== ram.currency) {
    return { missing: `component SKUs priced in different currencies in ${region}` };
  }
  const memoryGib = machine.memoryMb / 1024;
  const total =
    machine.guestCpus * core.price + memoryGib * ram.price + accelerator.guestAcceleratorCount * gpu.price;
  const suffix = market === "spot" ? ":spot" : "";
  return {
    offer: {
      provider: PROVIDER,
      externalId: `${machine.name}:${zone}${suffix}`,
      instanceType: machine.name,
      gpuName: accelerator.guestAcceleratorType,
      gpuCount: accelerator.guestAcceleratorCount,
      vramPerGpuGb: vramPerGpuGb(accelerator.guestAcceleratorType),
      cpuCores: machine.guestCpus,
      ramGb: memoryGib,
      storageGb: null,
      pricePerHour: Math.round(total * 1e9) / 1e9,
      spotPricePerHour: null,
      currency: gpu.currency,
      region,
      country: countryOfRegion(region),
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
    },
  };
}

function zones(credentials: Credentials): string[] {
  const configured = credentials.zones
    ?.split(",")
    .map((zone) => zone.trim())
    .filter((zone) => zone.length > 0);
  return configured && configured.length > 0 ? configured : [...GCP_DEFAULT_ZONES];
}

function skuRequest(credentials: Credentials, pageSize: number): ProviderRequest {
  const url = new URL(SKUS_URL);
  url.searchParams.set("pageSize", String(pageSize));
  if (credentials.apiKey) url.searchParams.set("key", credentials.apiKey);
  const headers: Record<string, string> = { Accept: "application/json" };
  if (!credentials.apiKey && credentials.accessToken)
    headers.Authorization = `Bearer ${credentials.accessToken}`;
  if (!credentials.apiKey && !credentials.accessToken) {
    throw new Error(
      "gcp: credentials.apiKey or credentials.accessToken is required for the Cloud Billing catalog",
    );
  }
  return { method: "GET", url: url.toString(), headers };
}

function bearer(credentials: Credentials, purpose: string): string {
  if (!credentials.accessToken || !credentials.projectId) {
    throw new Error(`gcp: ${purpose} needs credentials.accessToken (OAuth) and credentials.projectId`);
  }
  return `Bearer ${credentials.accessToken}`;
}

function isSkuResponse(response: ProviderResponse): boolean {
  return response.request.url.startsWith(SKUS_URL);
}

/**
 * instances.insert for the offer's zone. GPU VMs must not live-migrate, so onHostMaintenance is
 * TERMINATE; spot offers request provisioningModel SPOT. (instances.delete is an HTTP DELETE,
 * which ProviderRequest cannot express yet, so no `terminate` here.)
 */
function bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
  const authorization = bearer(credentials, "bookInstance");
  const zone = offer.externalId.split(":")[1];
  if (!zone) throw new Error(`gcp: offer ${offer.externalId} carries no zone`);
  const body = {
    name: options.name,
    machineType: `zones/${zone}/machineTypes/${offer.instanceType}`,
    disks: [
      {
        boot: true,
        autoDelete: true,
        initializeParams: {
          sourceImage: options.image ?? "projects/debian-cloud/global/images/family/debian-12",
        },
      },
    ],
    networkInterfaces: [
      {
        network: "global/networks/default",
        accessConfigs: [{ type: "ONE_TO_ONE_NAT", name: "External NAT" }],
      },
    ],
    scheduling:
      offer.market === "spot"
        ? { provisioningModel: "SPOT", onHostMaintenance: "TERMINATE", automaticRestart: false }
        : { onHostMaintenance: "TERMINATE", automaticRestart: true },
    ...(options.sshPublicKey
      ? { metadata: { items: [{ key: "ssh-keys", value: `gpubroker:${options.sshPublicKey.trim()}` }] } }
      : {}),
  };
  return {
    method: "POST",
    url: `${COMPUTE_URL}/${credentials.projectId}/zones/${zone}/instances`,
    headers: { Authorization: authorization, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
}

export const gcpAdapter: ProviderAdapter = {
  info: {
    slug: PROVIDER,
    displayName: "Google Cloud (Compute Engine)",
    apiBaseUrl: "https://cloudbilling.googleapis.com",
    kind: "api",
    credentialKeys: ["apiKey", "accessToken", "projectId"],
    docsUrl: "https://cloud.google.com/billing/docs/reference/rest/v1/services.skus/list",
  },
  buildRequests(credentials) {
    const authorization = bearer(credentials, "machineTypes");
    return [
      skuRequest(credentials, 5000),
      ...zones(credentials).map(
        (zone): ProviderRequest => ({
          method: "GET",
          url: `${COMPUTE_URL}/${credentials.projectId}/zones/${zone}/machineTypes?maxResults=500`,
          headers: { Authorization: authorization, Accept: "application/json" },
        }),
      ),
    ];
  },
  nextPage(response) {
    const token = z.looseObject({ nextPageToken: z.string().optional() }).safeParse(response.body);
    const next = token.success ? token.data.nextPageToken : undefined;
    if (!next) return null;
    const url = new URL(response.request.url);
    url.searchParams.set("pageToken", next);
    return { ...response.request, url: url.toString() };
  },
  parse(responses) {
    const result: ParseResult = { offers: [], skipped: [] };
    const book: PriceBook = new Map();
    for (const response of responses.filter(isSkuResponse)) {
      const page = parsePayload(skuPageSchema, response.body, PROVIDER, "Cloud Billing skus");
      for (const sku of page.skus ?? []) addSku(sku, book, result);
    }
    const seen = new Set<string>();
    for (const response of responses.filter((r) => !isSkuResponse(r))) {
      const list = parsePayload(machineTypeListSchema, response.body, PROVIDER, "Compute machineTypes");
      for (const machine of list.items ?? []) {
        const id = `${machine.name}:${machine.zone}`;
        if (!machine.accelerators || machine.accelerators.length === 0) {
          result.skipped.push({ id, reason: "no GPU accelerator" });
          continue;
        }
        if (seen.has(id)) continue;
        seen.add(id);
        for (const market of ["on_demand", "spot"] as const) {
          const built = machineOffer(machine, machine.zone, market, book);
          if ("offer" in built) result.offers.push(built.offer);
          else result.skipped.push({ id: market === "spot" ? `${id}:spot` : id, reason: built.missing });
        }
      }
    }
    return result;
  },
  validateCredentials(credentials) {
    return skuRequest(credentials, 1);
  },
  bookInstance,
};
