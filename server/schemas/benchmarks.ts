import { z } from "zod";

export const benchmarkSchema = z
  .object({
    gpu_model: z.string(),
    vendor: z.string(),
    architecture: z.string().nullable(),
    year: z.number().int().nullable(),
    vram_gb: z.number().nullable(),
    memory_bandwidth_gbps: z.number().nullable(),
    tflops_fp32: z.number().nullable(),
    tflops_fp16: z.number().nullable().describe("dense tensor FP16 (GeForce: FP32-accumulate rate)"),
    tflops_bf16: z.number().nullable(),
    tflops_int8: z.number().nullable(),
    tdp_watts: z.number().nullable(),
    tokens_per_second_7b: z
      .number()
      .nullable()
      .describe("single-stream decode, measured; null = no measurement"),
    tokens_per_second_13b: z.number().nullable(),
    tokens_per_second_70b: z.number().nullable(),
    image_gen_per_minute: z.number().nullable(),
    source: z.string().describe("source ids, see the benchmark reference"),
    verified_at: z.string().nullable(),
  })
  .meta({ id: "GpuBenchmark" });

export const listBenchmarksQuerySchema = z.object({
  vendor: z.enum(["NVIDIA", "AMD", "Intel"]).optional(),
  min_vram_gb: z.coerce.number().positive().optional(),
});
export type ListBenchmarksQuery = z.infer<typeof listBenchmarksQuerySchema>;

export const benchmarkListSchema = z.object({
  total: z.number().int(),
  items: z.array(benchmarkSchema),
  warnings: z.array(z.string()),
});

export const gpuTypeParamsSchema = z.object({ gpu_type: z.string().min(1).max(100) });
