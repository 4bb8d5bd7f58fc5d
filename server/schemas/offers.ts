import { z } from "zod";
import { listOffersQuerySchema, offerFiltersSchema } from "@/lib/marketplace/filters";

export const offerIdParamsSchema = z.object({ id: z.uuid() });
export const gpuModelParamsSchema = z.object({ gpu_model: z.string().min(1).max(100) });
export const historyQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(90).default(30) });
export const exportQuerySchema = offerFiltersSchema.extend({
  format: z.enum(["csv", "json"]).default("csv"),
});
/** POST /providers/search: the same filters as GET /providers, as a JSON body */
export const searchBodySchema = listOffersQuerySchema;

const kpisSchema = z.object({
  cost_per_1m_tokens_7b: z.number().nullable(),
  cost_per_1m_tokens_70b: z.number().nullable(),
  cost_per_gflop: z.number().nullable(),
  cost_per_1k_images: z.number().nullable(),
  basis: z.string(),
});

export const offerSchema = z
  .object({
    id: z.string(),
    provider: z.string(),
    provider_name: z.string(),
    instance_type: z.string(),
    gpu_type: z.string().describe("the provider's GPU name, verbatim"),
    gpu_model: z.string().nullable().describe("canonical model; null when unknown or ambiguous"),
    gpu_identity: z.string(),
    gpu_count: z.number(),
    vram_per_gpu_gb: z.number().nullable(),
    total_vram_gb: z.number(),
    form_factor: z.string().nullable(),
    interconnect: z.string().nullable(),
    cpu_cores: z.number().nullable(),
    ram_gb: z.number().nullable(),
    storage_gb: z.number().nullable(),
    price_per_hour: z.number().describe("USD per hour, whole instance"),
    price_per_gpu_hour: z.number(),
    spot_price_per_hour: z.number().nullable(),
    currency: z.literal("USD"),
    list_price_per_hour: z.number(),
    list_currency: z.string(),
    region: z.string(),
    country: z.string().nullable(),
    continent: z.string().nullable(),
    market: z.string(),
    availability_status: z.string(),
    available_count: z.number().nullable(),
    compliance_tags: z.array(z.string()),
    reliability: z.number().nullable(),
    kpis: kpisSchema,
    provenance: z.object({
      source: z.string(),
      observed_at: z.string(),
      stale: z.boolean(),
      age_s: z.number(),
    }),
  })
  .meta({ id: "ProviderOffer" });

export const offerListSchema = z.object({
  total: z.number().int(),
  items: z.array(offerSchema),
  warnings: z.array(z.string()),
  page: z.number().int(),
  per_page: z.number().int(),
  pages: z.number().int(),
  as_of: z.string().describe("send back as `as_of` when fetching further pages"),
});

export const pricePointSchema = z.object({
  bucket: z.string(),
  min: z.number(),
  max: z.number(),
  avg: z.number(),
  observations: z.number().int(),
});

export const insightsSchema = z.object({
  total_providers: z.number().int(),
  total_offers: z.number().int(),
  average_price_per_gpu_hour: z.number().nullable(),
  cheapest_by_gpu: z.array(
    z.object({
      gpu_model: z.string(),
      offer_id: z.string(),
      provider: z.string(),
      price_per_gpu_hour: z.number(),
    }),
  ),
  trend_7d: z.array(
    z.object({ day: z.string(), average_price_per_gpu_hour: z.number(), observations: z.number() }),
  ),
  generated_at: z.string(),
});
