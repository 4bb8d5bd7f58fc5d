import { MathInputError } from "../errors";
import {
  fineTuneMethods,
  type GpuCapability,
  imageBenchmarks,
  type PricePerGpuHourUsd,
  precisions,
  quantityUnits,
  type WorkloadInput,
  workloadTypes,
} from "./types";

/**
 * Input checks for the workload estimator. Every number that is given must be finite and > 0
 * (a zero context, quantity or duration is a parser slip, not a request); counts of sequences
 * and tokens of context must be whole; enumerations must be one of their listed values. GPU rows
 * need a name, VRAM > 0 and bandwidth ≥ 0; optional figures may be null but not negative.
 * Violations throw `MathInputError` naming the field (e.g. `gpus[2].vramGb`).
 */
const positiveFields = [
  "paramsBillions",
  "contextLength",
  "concurrency",
  "tokensToGenerate",
  "quantity",
  "durationHours",
  "trainingTokens",
  "epochs",
  "vramGb",
] as const;

function oneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new MathInputError(field, `must be one of ${allowed.join(", ")}, got ${String(value)}`);
  }
}

function optionalNonNegative(field: string, value: number | null | undefined): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new MathInputError(field, `must be a finite number ≥ 0 or null, got ${String(value)}`);
  }
}

export function validateWorkloadInput(input: WorkloadInput): void {
  if (!workloadTypes.includes(input.workloadType)) {
    throw new MathInputError("workloadType", `must be one of ${workloadTypes.join(", ")}`);
  }
  oneOf("precision", input.precision, precisions);
  oneOf("unit", input.unit, quantityUnits);
  oneOf("method", input.method, fineTuneMethods);
  if (input.model !== undefined && input.model !== null && typeof input.model !== "string") {
    throw new MathInputError("model", "must be a string");
  }
  for (const field of positiveFields) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      throw new MathInputError(field, `must be a finite number > 0, got ${String(value)}`);
    }
  }
  for (const field of ["contextLength", "concurrency"] as const) {
    const value = input[field];
    if (typeof value === "number" && !Number.isInteger(value))
      throw new MathInputError(field, "must be an integer");
  }
}

export function validateGpus(gpus: readonly GpuCapability[], prices: PricePerGpuHourUsd | undefined): void {
  gpus.forEach((gpu, i) => {
    const at = `gpus[${i}]`;
    if (typeof gpu.model !== "string" || gpu.model.trim() === "")
      throw new MathInputError(`${at}.model`, "is empty");
    if (!Number.isFinite(gpu.vramGb) || gpu.vramGb <= 0)
      throw new MathInputError(`${at}.vramGb`, "must be > 0");
    optionalNonNegative(`${at}.memoryBandwidthGbps`, gpu.memoryBandwidthGbps);
    if (gpu.memoryBandwidthGbps === null)
      throw new MathInputError(`${at}.memoryBandwidthGbps`, "is required");
    optionalNonNegative(`${at}.tflopsFp16`, gpu.tflopsFp16);
    optionalNonNegative(`${at}.tokensPerSecond7b`, gpu.tokensPerSecond7b);
    optionalNonNegative(`${at}.tokensPerSecond70b`, gpu.tokensPerSecond70b);
    optionalNonNegative(`${at}.imageGenPerMinute`, gpu.imageGenPerMinute);
    oneOf(`${at}.imageGenBenchmark`, gpu.imageGenBenchmark, imageBenchmarks);
  });
  if (prices === undefined) return;
  for (const [model, price] of Object.entries(prices)) optionalNonNegative(`prices.${model}`, price);
}
