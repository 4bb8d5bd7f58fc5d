import { z } from "zod";
import { availabilityStatuses, continents, markets, offerSources } from "@/lib/providers/types";

/**
 * The one filter object of the marketplace: built from REST query parameters, the tRPC input,
 * the compact query language (query-language.ts) and the assistant's tools alike. Prices are USD.
 */

export const sortFields = [
  "price_per_hour",
  "price_per_gpu_hour",
  "gpu_count",
  "vram_per_gpu_gb",
  "total_vram_gb",
  "reliability",
  "gpu_model",
  "provider",
  "region",
  "observed_at",
  "cost_per_1m_tokens_7b",
] as const;
export type SortField = (typeof sortFields)[number];

export const pageSizes = [10, 20, 50, 100] as const;

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(item),
  );

export const offerFiltersSchema = z.object({
  /** canonical models or aliases ("H100 SXM", "4090", "A100 80GB"), resolved by the service */
  gpu_type: list(z.string().min(1).max(100)).optional(),
  gpu_count_min: z.coerce.number().positive().optional(),
  gpu_count_max: z.coerce.number().positive().optional(),
  vram_min: z.coerce.number().nonnegative().optional().describe("GB per GPU"),
  vram_max: z.coerce.number().nonnegative().optional(),
  total_vram_min: z.coerce.number().nonnegative().optional(),
  total_vram_max: z.coerce.number().nonnegative().optional(),
  min_price: z.coerce.number().nonnegative().optional().describe("USD per hour, whole instance"),
  max_price: z.coerce.number().nonnegative().optional(),
  min_gpu_price: z.coerce.number().nonnegative().optional().describe("USD per GPU-hour"),
  max_gpu_price: z.coerce.number().nonnegative().optional(),
  provider: list(z.string().min(1).max(100)).optional(),
  region: list(z.string().min(1).max(50))
    .optional()
    .describe("region ids, or continent/country shortcuts eu, us, asia"),
  country: list(z.string().length(2)).optional(),
  continent: list(z.enum(continents)).optional(),
  market: list(z.enum(markets)).optional(),
  availability: list(z.enum(availabilityStatuses)).optional(),
  compliance: list(z.string().min(1).max(50)).optional().describe("all listed tags must be present"),
  interconnect: list(z.string().min(1).max(50)).optional(),
  form_factor: list(z.string().min(1).max(20)).optional(),
  source: list(z.enum(offerSources)).optional(),
  min_reliability: z.coerce.number().min(0).max(1).optional(),
  include_stale: z
    .union([z.boolean(), z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1")])
    .optional(),
  q: z.string().max(200).optional().describe("full-text search over GPU, provider, region and tags"),
});
export type OfferFilters = z.infer<typeof offerFiltersSchema>;

export const offerSortSchema = z.object({
  sort: z.enum(sortFields).default("price_per_hour"),
  order: z.enum(["asc", "desc"]).default("asc"),
});
export type OfferSort = z.infer<typeof offerSortSchema>;

export const pageSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce
    .number()
    .int()
    .refine((n) => (pageSizes as readonly number[]).includes(n), "must be one of 10, 20, 50, 100")
    .default(20),
  /**
   * Pagination snapshot: offers created after this instant are left out, so pages fetched while
   * ingestion inserts offers still partition one fixed set (design property 5). The first page's
   * response carries the value to send back.
   */
  as_of: z.coerce.date().optional(),
});

export const listOffersQuerySchema = offerFiltersSchema
  .extend(offerSortSchema.shape)
  .extend(pageSchema.shape);
export type ListOffersQuery = z.infer<typeof listOffersQuerySchema>;
