import { sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { gpuBenchmarks as benchmarksTable } from "@/drizzle/schema";
import { gpuBenchmarks } from "@/lib/gpu/benchmarks-data";
import type { Executor } from "./client";

const num = (v: number | null): string | null => (v === null ? null : String(v));

/**
 * Reference data every install needs: the cited GPU benchmark table. Idempotent: re-running
 * refreshes the rows from lib/gpu (the data file is the source of truth; PUT /math/benchmarks
 * edits survive only until the next release changes the same row).
 */
export async function seedBenchmarks(db: Executor): Promise<number> {
  const rows = gpuBenchmarks.map((b) => ({
    gpuModel: b.gpuModel,
    vendor: b.vendor,
    architecture: b.architecture,
    year: b.year,
    vramGb: b.vramGb,
    memoryBandwidthGbps: num(b.memoryBandwidthGbps),
    tflopsFp32: num(b.tflopsFp32),
    tflopsFp16: num(b.tflopsFp16),
    tflopsBf16: num(b.tflopsBf16),
    tflopsInt8: num(b.tflopsInt8),
    tdpWatts: num(b.tdpWatts),
    tokensPerSecond7b: num(b.tokensPerSecond7b),
    tokensPerSecond13b: num(b.tokensPerSecond13b),
    tokensPerSecond70b: num(b.tokensPerSecond70b),
    tpsNote: b.tpsNote,
    imageGenPerMinute: num(b.imageGenPerMinute),
    imageNote: b.imageNote,
    source: b.source.join(";"),
  }));
  await db
    .insert(benchmarksTable)
    .values(rows)
    .onConflictDoUpdate({
      target: benchmarksTable.gpuModel,
      set: Object.fromEntries(
        Object.keys(rows[0] ?? {})
          .filter((k) => k !== "gpuModel")
          .map((k) => [k, sql.raw(`excluded.${toSnakeCase(k)}`)]),
      ),
    });
  return rows.length;
}
