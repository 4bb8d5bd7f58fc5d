import { and, asc, count, eq, gte } from "drizzle-orm";
import { gpuBenchmarks } from "@/drizzle/schema";
import type { Executor } from "@/server/db";
import { AppError } from "@/server/errors";
import type { ListBenchmarksQuery } from "@/server/schemas/benchmarks";

const numberOrNull = (v: string | null): number | null => (v === null ? null : Number(v));

/** Explicitly selected columns → the API's benchmark DTO (numbers, not numeric strings). */
const columns = {
  gpuModel: gpuBenchmarks.gpuModel,
  vendor: gpuBenchmarks.vendor,
  architecture: gpuBenchmarks.architecture,
  year: gpuBenchmarks.year,
  vramGb: gpuBenchmarks.vramGb,
  memoryBandwidthGbps: gpuBenchmarks.memoryBandwidthGbps,
  tflopsFp32: gpuBenchmarks.tflopsFp32,
  tflopsFp16: gpuBenchmarks.tflopsFp16,
  tflopsBf16: gpuBenchmarks.tflopsBf16,
  tflopsInt8: gpuBenchmarks.tflopsInt8,
  tdpWatts: gpuBenchmarks.tdpWatts,
  tokensPerSecond7b: gpuBenchmarks.tokensPerSecond7b,
  tokensPerSecond13b: gpuBenchmarks.tokensPerSecond13b,
  tokensPerSecond70b: gpuBenchmarks.tokensPerSecond70b,
  imageGenPerMinute: gpuBenchmarks.imageGenPerMinute,
  source: gpuBenchmarks.source,
  verifiedAt: gpuBenchmarks.verifiedAt,
};

const selectBenchmarks = (db: Executor) => db.select(columns).from(gpuBenchmarks);
type Row = Awaited<ReturnType<typeof selectBenchmarks>>[number];

export interface BenchmarkDto {
  gpu_model: string;
  vendor: string;
  architecture: string | null;
  year: number | null;
  vram_gb: number | null;
  memory_bandwidth_gbps: number | null;
  tflops_fp32: number | null;
  tflops_fp16: number | null;
  tflops_bf16: number | null;
  tflops_int8: number | null;
  tdp_watts: number | null;
  tokens_per_second_7b: number | null;
  tokens_per_second_13b: number | null;
  tokens_per_second_70b: number | null;
  image_gen_per_minute: number | null;
  source: string;
  verified_at: string | null;
}

function toDto(r: Row): BenchmarkDto {
  return {
    gpu_model: r.gpuModel,
    vendor: r.vendor,
    architecture: r.architecture,
    year: r.year,
    vram_gb: r.vramGb,
    memory_bandwidth_gbps: numberOrNull(r.memoryBandwidthGbps),
    tflops_fp32: numberOrNull(r.tflopsFp32),
    tflops_fp16: numberOrNull(r.tflopsFp16),
    tflops_bf16: numberOrNull(r.tflopsBf16),
    tflops_int8: numberOrNull(r.tflopsInt8),
    tdp_watts: numberOrNull(r.tdpWatts),
    tokens_per_second_7b: numberOrNull(r.tokensPerSecond7b),
    tokens_per_second_13b: numberOrNull(r.tokensPerSecond13b),
    tokens_per_second_70b: numberOrNull(r.tokensPerSecond70b),
    image_gen_per_minute: numberOrNull(r.imageGenPerMinute),
    source: r.source,
    verified_at: r.verifiedAt?.toISOString() ?? null,
  };
}

export async function listBenchmarks(
  db: Executor,
  filter: ListBenchmarksQuery = {},
): Promise<BenchmarkDto[]> {
  const conditions = [
    filter.vendor ? eq(gpuBenchmarks.vendor, filter.vendor) : undefined,
    filter.min_vram_gb !== undefined ? gte(gpuBenchmarks.vramGb, filter.min_vram_gb) : undefined,
  ];
  const rows = await selectBenchmarks(db)
    .where(and(...conditions))
    .orderBy(asc(gpuBenchmarks.gpuModel));
  return rows.map(toDto);
}

export async function countBenchmarks(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(gpuBenchmarks);
  return row?.n ?? 0;
}

export async function getBenchmark(db: Executor, gpuModel: string): Promise<BenchmarkDto> {
  const [row] = await selectBenchmarks(db).where(eq(gpuBenchmarks.gpuModel, gpuModel)).limit(1);
  if (!row)
    throw new AppError("NOT_FOUND", `No benchmark for GPU model '${gpuModel}'`, { gpu_type: gpuModel });
  return toDto(row);
}
