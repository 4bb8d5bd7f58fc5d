import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { gpuBenchmarks } from "@/drizzle/schema";
import type { Executor } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import type { benchmarkUpdateSchema } from "@/server/schemas/math";
import { getBenchmark } from "./benchmarks";

/**
 * Admin-only until accounts and roles land: a Bearer ADMIN_API_TOKEN. Unset token = the
 * endpoint is disabled, never open.
 */
export function requireAdmin(headers: Headers): void {
  const expected = env().ADMIN_API_TOKEN;
  if (!expected) {
    throw new AppError("AUTHORIZATION_ERROR", "Admin API disabled: set ADMIN_API_TOKEN to enable it", {});
  }
  const given = headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (!given) throw new AppError("AUTHENTICATION_ERROR", "Missing bearer token", {});
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new AppError("AUTHORIZATION_ERROR", "This action needs an admin token", {});
  }
}

const num = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : String(v));

export async function updateBenchmark(
  db: Executor,
  gpuModel: string,
  patch: z.infer<typeof benchmarkUpdateSchema>,
) {
  await getBenchmark(db, gpuModel);
  const now = new Date();
  await db
    .update(gpuBenchmarks)
    .set({
      tflopsFp32: num(patch.tflops_fp32),
      tflopsFp16: num(patch.tflops_fp16),
      tflopsInt8: num(patch.tflops_int8),
      memoryBandwidthGbps: num(patch.memory_bandwidth_gbps),
      vramGb: patch.vram_gb,
      tokensPerSecond7b: num(patch.tokens_per_second_7b),
      tokensPerSecond13b: num(patch.tokens_per_second_13b),
      tokensPerSecond70b: num(patch.tokens_per_second_70b),
      imageGenPerMinute: num(patch.image_gen_per_minute),
      source: patch.source,
      verifiedAt: now,
      updatedAt: now,
    })
    .where(eq(gpuBenchmarks.gpuModel, gpuModel));
  return { updated: true, benchmark: await getBenchmark(db, gpuModel) };
}
