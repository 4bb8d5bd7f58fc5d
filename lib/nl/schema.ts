import { z } from "zod";

/**
 * Output contract of the deterministic workload parser. Every field is nullable: the parser
 * reports what the sentence says and never fills gaps with guesses; `missingFields` tells the
 * planner what to ask instead.
 */

export const workloadTypes = [
  "image_generation",
  "llm_inference",
  "training",
  "fine_tuning",
  "video_generation",
  "embedding",
  "transcription",
  "batch_inference",
  "rendering",
  "other",
] as const;
export const workloadTypeSchema = z.enum(workloadTypes);
export type WorkloadType = z.infer<typeof workloadTypeSchema>;

export const quantityUnits = [
  "images",
  "videos",
  "video_seconds",
  "tokens",
  "requests",
  "documents",
  "audio_hours",
  "audio_minutes",
  "frames",
  "samples",
  "epochs",
] as const;
export const quantityUnitSchema = z.enum(quantityUnits);
export type QuantityUnit = z.infer<typeof quantityUnitSchema>;

/** Numeric precision or quantisation; "4-bit", GPTQ, AWQ, NF4 and QLoRA all mean int4. */
export const precisions = ["fp32", "fp16", "bf16", "fp8", "fp4", "int8", "int4"] as const;
export const precisionSchema = z.enum(precisions);
export type Precision = z.infer<typeof precisionSchema>;

export const currencies = ["USD", "EUR", "GBP"] as const;
export const budgetPeriods = ["total", "hour", "day", "month"] as const;
export const budgetSchema = z.object({
  amount: z.number().nonnegative(),
  currency: z.enum(currencies),
  per: z.enum(budgetPeriods),
});
export type Budget = z.infer<typeof budgetSchema>;

export const modelRefSchema = z.object({
  /** normalised family-version-size, e.g. "llama-3-70b", "sdxl", "whisper-large-v3"; null = size only */
  name: z.string().nullable(),
  paramsBillions: z.number().positive().nullable(),
});
export type ModelRef = z.infer<typeof modelRefSchema>;

export const gpuRequestSchema = z.object({
  /** canonical-ish name ("RTX 4090", "H100 SXM", "A100 80GB"); null when only a count was given */
  model: z.string().nullable(),
  count: z.number().int().positive().nullable(),
});
export type GpuRequest = z.infer<typeof gpuRequestSchema>;

export const continents = [
  "north_america",
  "south_america",
  "europe",
  "asia",
  "oceania",
  "africa",
  "middle_east",
] as const;
export const continentSchema = z.enum(continents);
export type Continent = z.infer<typeof continentSchema>;

export const regionSchema = z.object({
  /** the phrase as matched in the lower-cased text */
  raw: z.string(),
  /** ISO 3166-1 alpha-2, e.g. "DE"; null for multi-country areas such as "the EU" */
  country: z.string().length(2).nullable(),
  continent: continentSchema.nullable(),
});
export type Region = z.infer<typeof regionSchema>;

export const hintsSchema = z.object({
  quality: z.enum(["draft", "standard", "high"]).nullable(),
  latency: z.enum(["realtime", "interactive", "batch"]).nullable(),
  priority: z.enum(["cheapest", "fastest", "balanced"]).nullable(),
});
export type Hints = z.infer<typeof hintsSchema>;

export const missingFieldNames = ["workload_type", "quantity", "duration_hours", "model"] as const;
export const missingFieldSchema = z.enum(missingFieldNames);
export type MissingField = z.infer<typeof missingFieldSchema>;

export const parsedWorkloadSchema = z.object({
  workloadType: workloadTypeSchema,
  /** total amount of work; null when unknown or only a rate was given */
  quantity: z.number().nonnegative().nullable(),
  /** unit of `quantity`, also set when only a rate is known */
  quantityUnit: quantityUnitSchema.nullable(),
  /** stated rate normalised to units per hour ("200 images per hour" → 200) */
  quantityPerHour: z.number().nonnegative().nullable(),
  durationHours: z.number().positive().nullable(),
  model: modelRefSchema.nullable(),
  precision: precisionSchema.nullable(),
  budget: budgetSchema.nullable(),
  gpu: gpuRequestSchema.nullable(),
  minVramGb: z.number().positive().nullable(),
  region: regionSchema.nullable(),
  concurrentUsers: z.number().int().positive().nullable(),
  /** context window in tokens; "8k" = 8192 for powers of two, else ×1000 */
  contextLength: z.number().int().positive().nullable(),
  hints: hintsSchema,
  /** 0..1; off-topic text stays below 0.3, a clear request with quantity and duration above 0.8 */
  confidence: z.number().min(0).max(1),
  missingFields: z.array(missingFieldSchema),
});
export type ParsedWorkload = z.infer<typeof parsedWorkloadSchema>;
