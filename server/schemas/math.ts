import { z } from "zod";
import { fineTuneMethods, precisions, quantityUnits, workloadTypes } from "@/lib/math/workload";

const positive = z.number().positive();
const nonNegative = z.number().nonnegative();

export const costPerTokenSchema = z
  .object({
    price_per_hour: nonNegative.describe("USD per hour"),
    tokens_per_second: positive.optional(),
    gpu_type: z.string().min(1).optional().describe("use the measured 7B single-stream figure of this GPU"),
  })
  .refine((v) => v.tokens_per_second !== undefined || v.gpu_type !== undefined, {
    message: "give tokens_per_second or gpu_type",
    path: ["tokens_per_second"],
  });

export const costPerGflopSchema = z
  .object({
    price_per_hour: nonNegative,
    tflops: positive.optional(),
    gpu_type: z.string().min(1).optional(),
    utilization: z.number().gt(0).max(1).default(1),
  })
  .refine((v) => v.tflops !== undefined || v.gpu_type !== undefined, {
    message: "give tflops or gpu_type",
    path: ["tflops"],
  });

export const efficiencyScoreSchema = z.object({
  price_per_hour: nonNegative,
  gpu_count: positive.default(1),
  vram_gb: positive,
  memory_bandwidth_gbps: positive,
  tflops_bf16: positive.nullable().optional(),
  tokens_per_second: positive.nullable().optional(),
});

export const topsisSchema = z.object({
  decision_matrix: z.array(z.array(z.number())).min(1).max(10_000),
  weights: z.array(z.number()).min(1),
  criteria_types: z.array(z.enum(["benefit", "cost"])).min(1),
  criteria_names: z.array(z.string()).optional(),
});

export const collaborativeFilterSchema = z.object({
  interactions: z
    .array(z.object({ user: z.string().min(1), item: z.string().min(1), value: nonNegative.default(1) }))
    .min(1)
    .max(200_000),
  user: z.string().min(1),
  n: z.number().int().min(1).max(100).default(5),
  factors: z.number().int().min(1).max(200).default(50),
  iterations: z.number().int().min(1).max(50).default(15),
  regularization: nonNegative.default(0.1),
  seed: z.number().int().default(42),
});

const offerFactsSchema = z.object({
  id: z.string().min(1),
  price_per_hour: nonNegative,
  gpu_count: positive.default(1),
  vram_gb: positive,
  memory_bandwidth_gbps: positive,
  tflops_bf16: positive.nullable().optional(),
  reliability: z.number().min(0).max(1).nullable().optional(),
  availability: z.number().min(0).max(1).nullable().optional(),
});

export const contentSimilaritySchema = z.object({
  offers: z.array(offerFactsSchema).min(1).max(100_000),
  profile: z.object({
    budget_per_gpu_hour: positive.optional(),
    vram_gb: positive.optional(),
    memory_bandwidth_gbps: positive.optional(),
    tflops_bf16: positive.optional(),
    reliability: z.number().min(0).max(1).optional(),
    availability: z.number().min(0).max(1).optional(),
  }),
  n: z.number().int().min(1).max(1000).default(10),
});

const componentScores = z.array(z.number().nullable());
export const ensembleSchema = z.object({
  item_ids: z.array(z.string().min(1)).min(1),
  scores: z.object({
    topsis: componentScores.optional(),
    collaborative: componentScores.optional(),
    content: componentScores.optional(),
  }),
  weights: z
    .object({
      topsis: nonNegative.optional(),
      collaborative: nonNegative.optional(),
      content: nonNegative.optional(),
    })
    .optional(),
});

export const workloadSchema = z.object({
  workload_type: z.enum(workloadTypes),
  model: z.string().min(1).nullable().optional(),
  params_billions: positive.nullable().optional(),
  precision: z.enum(precisions).nullable().optional(),
  context_length: z.number().int().positive().nullable().optional(),
  concurrency: z.number().int().positive().nullable().optional(),
  tokens_to_generate: positive.nullable().optional(),
  quantity: positive.nullable().optional(),
  unit: z.enum(quantityUnits).nullable().optional(),
  duration_hours: positive.nullable().optional(),
  training_tokens: positive.nullable().optional(),
  epochs: positive.nullable().optional(),
  method: z.enum(fineTuneMethods).nullable().optional(),
  vram_gb: positive.nullable().optional(),
});

export const predictPriceSchema = z.object({
  history: z
    .array(z.object({ timestamp: z.iso.datetime({ offset: true }), price_per_hour: nonNegative }))
    .min(1)
    .max(100_000),
  horizon_hours: positive.default(1),
  level: z.number().gt(0).lt(1).default(0.95),
});

export const detectAnomalySchema = z.object({
  history: z.array(z.number()).min(1).max(100_000),
  value: z.number(),
  method: z.enum(["z-score", "modified-z-score"]).default("z-score"),
  threshold: positive.optional(),
});

export const benchmarkUpdateSchema = z
  .object({
    tflops_fp32: positive.nullable(),
    tflops_fp16: positive.nullable(),
    tflops_int8: positive.nullable(),
    memory_bandwidth_gbps: positive.nullable(),
    vram_gb: z.number().int().positive().nullable(),
    tokens_per_second_7b: positive.nullable(),
    tokens_per_second_13b: positive.nullable(),
    tokens_per_second_70b: positive.nullable(),
    image_gen_per_minute: positive.nullable(),
    source: z.string().min(3).max(255),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "nothing to update" })
  .refine((v) => !(Object.keys(v).length === 1 && v.source !== undefined), {
    message: "a source alone changes nothing",
  })
  .refine((v) => v.source !== undefined, { message: "every change must cite its source", path: ["source"] });
