import { and, eq, isNotNull, min, ne } from "drizzle-orm";
import { gpuBenchmarks, gpuOffers } from "@/drizzle/schema";
import type { GpuCapability, PricePerGpuHourUsd } from "@/lib/math/workload";
import type { Executor } from "@/server/db";

/**
 * The benchmark table as the workload mapper's GpuCapability list. The image figure is tagged
 * with its workload (SDXL MLPerf vs SD 1.5 diffusers are not comparable), read from image_note.
 */
export async function gpuCapabilities(db: Executor): Promise<GpuCapability[]> {
  const rows = await db
    .select({
      model: gpuBenchmarks.gpuModel,
      vramGb: gpuBenchmarks.vramGb,
      bandwidth: gpuBenchmarks.memoryBandwidthGbps,
      tflopsFp16: gpuBenchmarks.tflopsFp16,
      tps7b: gpuBenchmarks.tokensPerSecond7b,
      tps70b: gpuBenchmarks.tokensPerSecond70b,
      images: gpuBenchmarks.imageGenPerMinute,
      imageNote: gpuBenchmarks.imageNote,
    })
    .from(gpuBenchmarks);
  const n = (v: string | null) => (v === null ? null : Number(v));
  return rows
    .filter((r) => r.vramGb !== null && r.bandwidth !== null)
    .map((r) => ({
      model: r.model,
      vramGb: r.vramGb ?? 0,
      memoryBandwidthGbps: Number(r.bandwidth),
      tflopsFp16: n(r.tflopsFp16),
      tokensPerSecond7b: n(r.tps7b),
      tokensPerSecond70b: n(r.tps70b),
      imageGenPerMinute: n(r.images),
      imageGenBenchmark: r.imageNote?.startsWith("SDXL")
        ? "sdxl-1024-20-steps"
        : r.imageNote?.startsWith("SD1.5")
          ? "sd15-512-50-steps"
          : null,
    }));
}

/** Cheapest live, not-sold-out price per GPU-hour for each canonical model. */
export async function cheapestGpuHourPrices(db: Executor): Promise<PricePerGpuHourUsd> {
  const rows = await db
    .select({ model: gpuOffers.gpuModel, price: min(gpuOffers.pricePerGpuHour) })
    .from(gpuOffers)
    .where(
      and(
        eq(gpuOffers.stale, false),
        ne(gpuOffers.availabilityStatus, "sold_out"),
        isNotNull(gpuOffers.gpuModel),
      ),
    )
    .groupBy(gpuOffers.gpuModel);
  const prices: Record<string, number> = {};
  for (const r of rows) if (r.model && r.price !== null) prices[r.model] = Number(r.price);
  return prices;
}
