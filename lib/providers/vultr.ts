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
 * Vultr Cloud GPU (`vcg`) and bare-metal GPU plans adapter.
 *
 * Source: shared/reference/providers.md §6 and §22, read from dstackai/gpuhunt
 * `providers/vultr.py` (+ test), SpareCores/sc-crawler `vendors/_vultr.py` (per-GPU VRAM table,
 * `gpu_count` as "n/d" fraction strings, `GET /v2/regions` for countries),
 * koen-nebius/price-monitor `fetchers/vultr.py`. Plan listing is public; booking needs an API key
 * (Vultr API v2 `POST /instances`, `POST /bare-metals`, Bearer auth).
 *
 * Quirks: `ram` is MB (MiB: 122880 → 120 GB); `gpu_vram_gb` is the plan TOTAL and cloud GPU plans
 * may be fractions of one GPU (20 GB of an 80 GB A100 = 0.25 GPU), so the count is derived from the
 * per-GPU size; the preemptible price counts only when `deploy_preemptible`; empty `locations` ⇒
 * not deployable anywhere.
 */

const provider = "vultr";
const apiBaseUrl = "https://api.vultr.com/v2";

/** Region of a plan that lists no location (not deployable anywhere). */
export const vultrNoRegion = "global";

/**
 * Per-GPU VRAM (GB) of Vultr `gpu_type` values, from sc-crawler `_GPU_TYPES`. One deviation:
 * sc-crawler lists `NVIDIA_A100` as 40 GB, but Vultr's own A100 plans are slices of an 80 GB board
 * (`vcg-a100-12c-120g-80vram` is the whole GPU; `vcg-a100-3c-30g-20vram` has exactly ¼ of its
 * vCPUs, RAM and VRAM), so 80 is used.
 */
export const vultrVramPerGpuGb: Readonly<Record<string, number>> = {
  NVIDIA_A16: 16,
  NVIDIA_A40: 48,
  NVIDIA_L40S: 48,
  NVIDIA_A100: 80,
  NVIDIA_A100_PCIE: 80,
  NVIDIA_A100_SXM: 80,
  NVIDIA_H100: 80,
  NVIDIA_B200: 192,
  NVIDIA_GH200: 96,
  AMD_MI300X: 192,
  AMD_MI325X: 256,
  AMD_MI355X: 288,
};

const nullableNumber = z.number().nullable().optional();

const planSchema = z.looseObject({
  id: z.string().min(1),
  vcpu_count: nullableNumber,
  cpu_count: nullableNumber,
  cpu_threads: nullableNumber,
  /** MB */
  ram: z.number().nonnegative(),
  /** GB per disk */
  disk: nullableNumber,
  disk_count: nullableNumber,
  hourly_cost: z.number().nonnegative(),
  hourly_cost_preemptible: nullableNumber,
  deploy_ondemand: z.boolean().nullable().optional(),
  deploy_preemptible: z.boolean().nullable().optional(),
  locations: z.array(z.string()),
  gpu_type: z.string().nullable().optional(),
  /** total VRAM of the plan, GB */
  gpu_vram_gb: nullableNumber,
  /** metal plans; newer payloads may send a fraction string such as "1/4" */
  gpu_count: z.union([z.number(), z.string()]).nullable().optional(),
  location_cost: z
    .record(
      z.string(),
      z.looseObject({ hourly_cost: nullableNumber, hourly_cost_preemptible: nullableNumber }),
    )
    .nullable()
    .optional(),
});
type VultrPlan = z.infer<typeof planSchema>;

const metaSchema = z.looseObject({
  meta: z
    .looseObject({ links: z.looseObject({ next: z.string().nullable().optional() }).optional() })
    .optional(),
});
const plansSchema = z.looseObject({ plans: z.array(z.unknown()) });
const metalPlansSchema = z.looseObject({ plans_metal: z.array(z.unknown()) });
const regionsSchema = z.looseObject({
  regions: z.array(
    z.looseObject({ id: z.string().min(1), city: z.string().optional(), country: z.string() }),
  ),
});

function publicHeaders(): Record<string, string> {
  return { Accept: "application/json" };
}

function authHeaders(credentials: Credentials): Record<string, string> {
  const apiKey = credentials.apiKey;
  if (!apiKey) throw new Error("vultr: credentials.apiKey is required");
  return {
    Authorization: `Bearer ${apiKey}`,
    Accept: "application/json",
    "Content-Type": "application/json",
  };
}

/** 8, "8", "0.25" or "1/4" → number; anything else → null. */
function parseGpuCount(value: number | string | null | undefined): number | null {
  if (value == null) return null;
  if (typeof value === "number") return value > 0 ? value : null;
  const fraction = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (fraction?.[1] && fraction[2]) {
    const denominator = Number(fraction[2]);
    return denominator > 0 ? Number(fraction[1]) / denominator : null;
  }
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : null;
}

/** GPU count and per-GPU VRAM of a plan, or why they cannot be known. */
function gpuShape(
  plan: VultrPlan,
  gpuType: string,
): { gpuCount: number; vramPerGpuGb: number | null } | string {
  const tableVramGb = vultrVramPerGpuGb[gpuType] ?? null;
  const totalVramGb = plan.gpu_vram_gb ?? null;
  const explicitCount = parseGpuCount(plan.gpu_count);
  if (explicitCount !== null) {
    const vramPerGpuGb = totalVramGb !== null && totalVramGb > 0 ? totalVramGb / explicitCount : tableVramGb;
    return { gpuCount: explicitCount, vramPerGpuGb };
  }
  if (totalVramGb !== null && totalVramGb > 0 && tableVramGb !== null) {
    return { gpuCount: totalVramGb / tableVramGb, vramPerGpuGb: tableVramGb };
  }
  return `cannot derive the GPU count of ${gpuType}`;
}

function toOffers(plan: VultrPlan, countryByRegion: Map<string, string>, result: ParseResult): void {
  const gpuType = plan.gpu_type?.trim();
  if (!gpuType) {
    result.skipped.push({ id: plan.id, reason: "no GPU in plan" });
    return;
  }
  const shape = gpuShape(plan, gpuType);
  if (typeof shape === "string") {
    result.skipped.push({ id: plan.id, reason: shape });
    return;
  }
  const deployable = plan.locations.length > 0 && plan.deploy_ondemand !== false;
  const regions = plan.locations.length > 0 ? plan.locations : [vultrNoRegion];
  for (const region of regions) {
    const override = plan.location_cost?.[region];
    const preemptible = override?.hourly_cost_preemptible ?? plan.hourly_cost_preemptible ?? null;
    result.offers.push({
      provider,
      externalId: `${plan.id}:${region}`,
      instanceType: plan.id,
      gpuName: gpuType,
      gpuCount: shape.gpuCount,
      vramPerGpuGb: shape.vramPerGpuGb,
      cpuCores: plan.vcpu_count ?? plan.cpu_threads ?? plan.cpu_count ?? null,
      ramGb: plan.ram / 1024,
      storageGb: plan.disk != null ? plan.disk * (plan.disk_count ?? 1) : null,
      pricePerHour: override?.hourly_cost ?? plan.hourly_cost,
      spotPricePerHour: plan.deploy_preemptible === true ? preemptible : null,
      currency: "USD",
      region,
      country: countryByRegion.get(region) ?? null,
      market: "on_demand",
      availability: deployable ? "available" : "sold_out",
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

function readPlans(items: unknown[], what: string): VultrPlan[] {
  return items.map((item, index) => parsePayload(planSchema, item, provider, `${what}.${index}`));
}

/** Cloud-init user data authorising `sshPublicKey`, base64 as Vultr's `user_data` wants it. */
function sshUserData(sshPublicKey: string): string {
  const cloudConfig = `#cloud-config\nssh_authorized_keys:\n  - ${sshPublicKey}\n`;
  return btoa(cloudConfig);
}

export const vultrAdapter: ProviderAdapter = {
  info: {
    slug: provider,
    displayName: "Vultr",
    apiBaseUrl,
    kind: "api",
    credentialKeys: [],
    docsUrl: "https://www.vultr.com/api/",
  },

  buildRequests(): ProviderRequest[] {
    return [
      { method: "GET", url: `${apiBaseUrl}/plans?type=vcg&per_page=500`, headers: publicHeaders() },
      { method: "GET", url: `${apiBaseUrl}/plans-metal?per_page=500`, headers: publicHeaders() },
      { method: "GET", url: `${apiBaseUrl}/regions?per_page=500`, headers: publicHeaders() },
    ];
  },

  /** Cursor pagination: a non-empty `meta.links.next` is sent back as `cursor`. */
  nextPage(response: ProviderResponse): ProviderRequest | null {
    const meta = metaSchema.safeParse(response.body);
    const cursor = meta.success ? meta.data.meta?.links?.next : null;
    if (!cursor) return null;
    const url = new URL(response.request.url);
    url.searchParams.set("cursor", cursor);
    return { ...response.request, url: url.toString() };
  },

  parse(responses: ProviderResponse[]): ParseResult {
    const plans: VultrPlan[] = [];
    const countryByRegion = new Map<string, string>();
    for (const response of responses) {
      const path = new URL(response.request.url).pathname;
      if (path.endsWith("/plans-metal")) {
        const body = parsePayload(metalPlansSchema, response.body, provider, "plans-metal");
        plans.push(...readPlans(body.plans_metal, "plans-metal plans_metal"));
      } else if (path.endsWith("/plans")) {
        const body = parsePayload(plansSchema, response.body, provider, "plans");
        plans.push(...readPlans(body.plans, "plans plans"));
      } else if (path.endsWith("/regions")) {
        const body = parsePayload(regionsSchema, response.body, provider, "regions");
        for (const region of body.regions) countryByRegion.set(region.id, region.country.toUpperCase());
      } else {
        throw new Error(`vultr: response for an unknown endpoint ${path}`);
      }
    }
    const result: ParseResult = { offers: [], skipped: [] };
    for (const plan of plans) toOffers(plan, countryByRegion, result);
    return result;
  },

  /** `GET /v2/account` answers only for a valid key. */
  validateCredentials(credentials: Credentials): ProviderRequest {
    const { "Content-Type": _contentType, ...headers } = authHeaders(credentials);
    return { method: "GET", url: `${apiBaseUrl}/account`, headers };
  },

  /**
   * Cloud GPU plans deploy with `POST /v2/instances`, bare-metal plans (`vbm-*`) with
   * `POST /v2/bare-metals`. `options.image` is an `os_id` (numeric) or a marketplace `image_id`.
   */
  bookInstance(credentials: Credentials, offer: RawOffer, options: BookOptions): ProviderRequest {
    const image = options.image;
    if (!image) throw new Error("vultr: options.image (an os_id or image_id) is required");
    if (offer.region === vultrNoRegion) throw new Error(`vultr: plan ${offer.instanceType} has no location`);
    const endpoint = offer.instanceType.startsWith("vbm-") ? "bare-metals" : "instances";
    return {
      method: "POST",
      url: `${apiBaseUrl}/${endpoint}`,
      headers: authHeaders(credentials),
      body: JSON.stringify({
        region: offer.region,
        plan: offer.instanceType,
        label: options.name,
        ...(/^\d+$/.test(image) ? { os_id: Number(image) } : { image_id: image }),
        ...(options.sshPublicKey ? { user_data: sshUserData(options.sshPublicKey) } : {}),
      }),
    };
  },
};
