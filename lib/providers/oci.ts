import { z } from "zod";
import { ociRegionCountries } from "./oci-regions";
import { parsePayload } from "./parse-helpers";
import type { ParseResult, ProviderAdapter, ProviderRequest, ProviderResponse, RawOffer } from "./types";

/**
 * Oracle Cloud Infrastructure adapter: cost-estimator shapes + apexapps price list.
 *
 * Source: shared/reference/providers.md §13 and §22, read from dstackai/gpuhunt `providers/oci.py`
 * (+ `src/tests/providers/test_oci.py`), skypilot `sky/catalog/data_fetchers/fetch_oci.py`
 * (price list URL, shape-name → accelerator table, per-GPU memory table, preemptible = 50 % of
 * on-demand per docs.oracle.com/en-us/iaas/Content/Compute/Concepts/preemptible.htm) and
 * zoom/karpenter-oci `pkg/providers/pricing/default_price.go` (recorded price list).
 *
 * Units and rules:
 * - A GPU shape's `ocpu` product is a "GPU Per Hour" SKU: instance price = value × `gpuQty`. Only
 *   rows with that metric in service category "Compute - GPU" / "Compute - GPU - Other" are used
 *   (NVIDIA AI Enterprise licence and Compute Cloud@Customer rows carry the same metric).
 * - Preemptible capacity is the same shape at half price, so it is `spotPricePerHour` on the same
 *   row, set only when `allowPreemptible`.
 * - `gpuMemoryQty` is usually the shape total but per-GPU for a few shapes (BM.GPU.MI355X.8,
 *   BM.GPU.GB300.4): see `vramPerGpu`.
 * - vCPUs = OCPUs × 2 on x86; Arm OCPUs have no SMT (×1). The estimator labels the Ampere-GPU
 *   shapes (GPU4, A10) "arm" although their hosts are x86 (gpuhunt `is_arm_cpu`).
 * - Names may carry a display suffix ("BM.GPU.GB200.4 (NVL72)"), stripped for the instance type.
 * - No per-region availability is published: every shape is listed in every commercial region
 *   (oci-regions.ts) with availability "unknown".
 */

const provider = "oci";
export const ociShapesUrl = "https://www.oracle.com/a/ocom/docs/cloudestimator2/data/shapes.json";
const ociPriceListBase = "https://apexapps.oracle.com/pls/apex/cetools/api/v1/products/";
export const ociPriceListUrl = `${ociPriceListBase}?currencyCode=USD`;

const preemptibleDiscount = 0.5;
const gpuServiceCategories: ReadonlySet<string> = new Set(["Compute - GPU", "Compute - GPU - Other"]);

/** skypilot `ACCELERATOR_NAME_OVERRIDES`: shape tokens that do not spell out the GPU. */
const acceleratorByToken: Readonly<Record<string, string>> = {
  GPU2: "P100",
  GPU3: "V100",
  GPU4: "A100",
  "A100-v2": "A100-80GB",
  RTXPRO: "RTXPRO6000",
};

/** skypilot `GPU_MEMORY_GB` (OCI shape documentation, computeshapes.htm): GB per GPU. */
const vramGbByAccelerator: Readonly<Record<string, number>> = {
  P100: 16,
  V100: 16,
  A10: 24,
  A100: 40,
  "A100-80GB": 80,
  H100: 80,
  H200: 141,
  L40S: 48,
  B200: 180,
  B300: 262.5,
  GB200: 192,
  GB300: 278,
  RTXPRO6000: 96,
  MI300X: 192,
  MI355X: 288,
};

const gpuShapeName = /^(?:BM|VM)\.(GPU\d?)(?:\.([A-Za-z0-9-]+))?\.(\d+)$/;

const valueField = z.looseObject({ value: z.string() });

const shapeSchema = z.looseObject({
  name: z.string().min(1),
  hidden: z.boolean().optional(),
  status: z.string().optional(),
  allowPreemptible: z.boolean().optional(),
  /** GB of host memory */
  bundleMemoryQty: z.number().nonnegative().nullable().optional(),
  gpuQty: z.number().int().nonnegative().nullable().optional(),
  /** GB: the shape total, or per GPU for a few shapes */
  gpuMemoryQty: z.number().nonnegative().nullable().optional(),
  processorType: valueField.optional(),
  subType: valueField.optional(),
  products: z
    .array(
      z.looseObject({
        partNumber: z.string().min(1),
        qty: z.number().nonnegative().nullable().optional(),
        type: valueField,
      }),
    )
    .nullable()
    .optional(),
});
type Shape = z.infer<typeof shapeSchema>;

const shapesResponseSchema = z.looseObject({ items: z.array(shapeSchema) });

const priceListResponseSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      partNumber: z.string().min(1),
      displayName: z.string().optional(),
      metricName: z.string().optional(),
      serviceCategory: z.string().optional(),
      currencyCodeLocalizations: z.array(
        z.looseObject({
          currencyCode: z.string(),
          prices: z.array(
            z.looseObject({
              model: z.string(),
              value: z.number().nonnegative(),
              rangeMin: z.number().nullable().optional(),
            }),
          ),
        }),
      ),
    }),
  ),
});
type PriceItem = z.infer<typeof priceListResponseSchema>["items"][number];

interface GpuPrice {
  usdPerGpuHour: number;
  metricName: string;
  serviceCategory: string;
}

/** "BM.GPU.GB200.4 (NVL72)" → "BM.GPU.GB200.4" (skypilot `normalize_shape_name`). */
function shapeName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, "").trim();
}

/** "BM.GPU.H100.8" → "H100", "VM.GPU3.1" → "V100", "BM.GPU.A100-v2.8" → "A100-80GB". */
function acceleratorOf(name: string): string | null {
  const match = gpuShapeName.exec(name);
  if (!match) return null;
  const token = match[2] ?? match[1] ?? "";
  return acceleratorByToken[token] ?? token;
}

function nearlyEqual(value: number, reference: number): boolean {
  return Math.abs(value - reference) <= 0.07 * reference;
}

/**
 * GB per GPU. With the documented size of the accelerator: `gpuMemoryQty / gpuQty` when that
 * matches (shape total), `gpuMemoryQty` itself when that matches (per-GPU shapes), else the
 * documented size. Without one (a new GPU), gpuhunt's `gpuMemoryQty / gpuQty`.
 */
function vramPerGpu(shape: Shape, accelerator: string, gpuCount: number): number | null {
  const documented = vramGbByAccelerator[accelerator];
  const reported = shape.gpuMemoryQty;
  if (reported == null || reported === 0) return documented ?? null;
  const perGpuIfTotal = reported / gpuCount;
  if (documented === undefined) return perGpuIfTotal;
  if (nearlyEqual(perGpuIfTotal, documented)) return perGpuIfTotal;
  if (nearlyEqual(reported, documented)) return reported;
  return documented;
}

function vcpusOf(shape: Shape, name: string, ocpus: number | null): number | null {
  if (ocpus == null) return null;
  const ampereGpuHost = name.includes("GPU4") || name.includes("GPU.A10");
  const arm = shape.processorType?.value === "arm" && !ampereGpuHost;
  return arm ? ocpus : ocpus * 2;
}

/** USD PAY_AS_YOU_GO price of each part number (the lowest tier when a part has several). */
function gpuPricesByPart(items: PriceItem[]): Map<string, GpuPrice> {
  const prices = new Map<string, GpuPrice>();
  for (const item of items) {
    const usd = item.currencyCodeLocalizations.find((localization) => localization.currencyCode === "USD");
    const tiers = (usd?.prices ?? [])
      .filter((price) => price.model === "PAY_AS_YOU_GO")
      .sort((a, b) => (a.rangeMin ?? 0) - (b.rangeMin ?? 0));
    const first = tiers[0];
    if (first === undefined) continue;
    prices.set(item.partNumber, {
      usdPerGpuHour: first.value,
      metricName: item.metricName ?? "",
      serviceCategory: item.serviceCategory ?? "",
    });
  }
  return prices;
}

type ShapeOutcome = { offer: Omit<RawOffer, "externalId" | "region" | "country"> } | { skip: string };

function shapeOutcome(shape: Shape, prices: Map<string, GpuPrice>): ShapeOutcome {
  if (shape.hidden) return { skip: "hidden shape" };
  if (shape.status !== undefined && shape.status !== "ACTIVE") return { skip: `status ${shape.status}` };
  if (shape.subType?.value !== "gpu" || !shape.gpuQty) return { skip: "not a GPU shape" };
  const name = shapeName(shape.name);
  const accelerator = acceleratorOf(name);
  if (accelerator === null) return { skip: "GPU shape name not recognised" };
  const ocpuProduct = shape.products?.find((product) => product.type.value === "ocpu");
  if (!ocpuProduct) return { skip: "no ocpu product" };
  const price = prices.get(ocpuProduct.partNumber);
  if (!price) return { skip: `part ${ocpuProduct.partNumber} has no USD PAY_AS_YOU_GO price` };
  if (price.metricName !== "GPU Per Hour" || !gpuServiceCategories.has(price.serviceCategory)) {
    return {
      skip: `part ${ocpuProduct.partNumber} is "${price.metricName}" in "${price.serviceCategory}", not a GPU-hour SKU`,
    };
  }
  const pricePerHour = price.usdPerGpuHour * shape.gpuQty;
  return {
    offer: {
      provider,
      instanceType: name,
      gpuName: accelerator,
      gpuCount: shape.gpuQty,
      vramPerGpuGb: vramPerGpu(shape, accelerator, shape.gpuQty),
      cpuCores: vcpusOf(shape, name, ocpuProduct.qty ?? null),
      ramGb: shape.bundleMemoryQty || null,
      storageGb: null,
      pricePerHour,
      spotPricePerHour: shape.allowPreemptible ? pricePerHour * preemptibleDiscount : null,
      currency: "USD",
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
    },
  };
}

function parseAll(responses: ProviderResponse[]): ParseResult {
  const shapeBodies: unknown[] = [];
  const prices = new Map<string, GpuPrice>();
  for (const response of responses) {
    const url = response.request.url;
    if (url.startsWith(ociShapesUrl)) shapeBodies.push(response.body);
    else if (url.startsWith(ociPriceListBase)) {
      const list = parsePayload(priceListResponseSchema, response.body, provider, "apexapps products");
      for (const [part, price] of gpuPricesByPart(list.items)) prices.set(part, price);
    } else throw new Error(`oci: response from an unexpected URL ${url}`);
  }
  if (shapeBodies.length > 0 && prices.size === 0)
    throw new Error("oci: shapes fetched without the price list");
  const result: ParseResult = { offers: [], skipped: [] };
  for (const body of shapeBodies) {
    for (const shape of parsePayload(shapesResponseSchema, body, provider, "shapes.json").items) {
      const outcome = shapeOutcome(shape, prices);
      if ("skip" in outcome) {
        result.skipped.push({ id: shape.name, reason: outcome.skip });
        continue;
      }
      for (const [region, country] of Object.entries(ociRegionCountries)) {
        result.offers.push({
          ...outcome.offer,
          externalId: `${outcome.offer.instanceType}@${region}`,
          region,
          country,
        });
      }
    }
  }
  return result;
}

export const ociAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Oracle Cloud (OCI)",
    apiBaseUrl: "https://apexapps.oracle.com/pls/apex/cetools/api/v1",
    kind: "api",
    credentialKeys: [],
    docsUrl: "https://www.oracle.com/cloud/price-list/",
  },

  /** Both documents are public; no credentials. */
  buildRequests(): ProviderRequest[] {
    const headers = { Accept: "application/json" };
    return [
      { method: "GET", url: ociShapesUrl, headers },
      { method: "GET", url: ociPriceListUrl, headers },
    ];
  },

  parse: parseAll,
};
