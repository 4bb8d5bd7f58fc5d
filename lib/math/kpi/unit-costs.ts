import { MathInputError, requireFiniteResult, requireNonNegative, requirePositive } from "../errors";

/**
 * Unit costs of renting a GPU: what one token, one GFLOP or one image costs at an hourly price.
 * All prices are USD; an hour is 3600 s. Results are raw doubles — round only for display
 * (rounding.ts). Reference: reference/gpu-benchmarks.md §1 (how the math core uses benchmarks).
 *
 * Degenerate input: a price must be finite and ≥ 0 (a free offer costs 0 per unit); a
 * throughput (tokens/s, TFLOPS, images/min, GPU count) must be finite and > 0 — zero throughput
 * would mean an infinite unit cost, so it throws `MathInputError` instead of returning Infinity;
 * so does a valid but tiny throughput whose quotient overflows (e.g. 5e-324 tokens/s).
 */

/**
 * USD per token = pricePerHourUsd / (tokensPerSecond × 3600), evaluated as exactly that IEEE-754
 * expression (design Property 6). `tokensPerSecond` is decode throughput of the benchmark used;
 * single-stream (batch 1) figures give the latency-bound, worst-case cost, batched figures the
 * full-load cost — never mix the two regimes in one ranking (gpu-benchmarks.md §1).
 */
export function costPerToken(pricePerHourUsd: number, tokensPerSecond: number): number {
  requireNonNegative("pricePerHourUsd", pricePerHourUsd);
  requirePositive("tokensPerSecond", tokensPerSecond);
  return requireFiniteResult("tokensPerSecond", pricePerHourUsd / (tokensPerSecond * 3600));
}

/** USD per 1,000,000 tokens = pricePerHourUsd / (tokensPerSecond × 3600) × 1e6; $1.00/h at 120 tok/s → $2.31. */
export function costPer1MTokens(pricePerHourUsd: number, tokensPerSecond: number): number {
  return requireFiniteResult("tokensPerSecond", costPerToken(pricePerHourUsd, tokensPerSecond) * 1e6);
}

/**
 * Measured maximum achievable matmul efficiency (MAMF ÷ datasheet dense peak), from the MAMF table
 * of stas00/ml-engineering (source S1 of reference/gpu-benchmarks.md §1). Keys are that table's
 * labels. Real training MFU is lower still, so treat these as upper bounds for `utilization`.
 */
export const measuredMatmulEfficiency = {
  "A100 SXM": 0.869,
  "H100 SXM": 0.803,
  B200: 0.776,
  MI300X: 0.514,
  MI325X: 0.604,
  "Gaudi 2": 0.969,
  "Gaudi 3": 0.741,
} as const satisfies Record<string, number>;

/**
 * USD per GFLOP = pricePerHourUsd / (tflops × utilization × 1000 × 3600), where tflops is the
 * datasheet dense peak (TFLOP/s; × 1000 → GFLOP/s; × 3600 → GFLOP per hour).
 *
 * Assumption made explicit: `utilization` ∈ (0, 1] is the fraction of peak actually achieved.
 * The default 1 prices the *peak*, which no GPU reaches: measured matmul efficiency is 51–97% of
 * peak (A100 SXM 86.9%, H100 SXM 80.3%, B200 77.6%, MI300X 51.4%, MI325X 60.4%, Gaudi 2 96.9%,
 * Gaudi 3 74.1%; gpu-benchmarks.md §1, `measuredMatmulEfficiency`). At the default the result is
 * bitwise `pricePerHourUsd / (tflops × 1000 × 3600)`; pass the vendor's efficiency to compare
 * achievable cost across vendors fairly.
 */
export function costPerGflop(pricePerHourUsd: number, tflops: number, utilization = 1): number {
  requireNonNegative("pricePerHourUsd", pricePerHourUsd);
  requirePositive("tflops", tflops);
  requirePositive("utilization", utilization);
  if (utilization > 1)
    throw new MathInputError("utilization", `is a fraction of peak in (0, 1], got ${utilization}`);
  return requireFiniteResult("tflops", pricePerHourUsd / (tflops * utilization * 1000 * 3600));
}

/**
 * USD per 1,000 images = pricePerHourUsd / (imagesPerMinute × 60) × 1000. Image figures of
 * different workloads (SDXL 20 steps vs SD 1.5 50 steps) are not comparable (§2 item 7).
 */
export function costPer1kImages(pricePerHourUsd: number, imagesPerMinute: number): number {
  requireNonNegative("pricePerHourUsd", pricePerHourUsd);
  requirePositive("imagesPerMinute", imagesPerMinute);
  return requireFiniteResult("imagesPerMinute", (pricePerHourUsd / (imagesPerMinute * 60)) * 1000);
}

/**
 * USD per GPU-hour of a multi-GPU offer = pricePerHourUsd / gpuCount. Fractional counts are
 * allowed: vGPU slices such as Azure NVads A10 v5 sell 1/6 to 1 GPU (gpu-benchmarks.md §8).
 */
export function pricePerGpuHour(pricePerHourUsd: number, gpuCount: number): number {
  requireNonNegative("pricePerHourUsd", pricePerHourUsd);
  requirePositive("gpuCount", gpuCount);
  return requireFiniteResult("gpuCount", pricePerHourUsd / gpuCount);
}
