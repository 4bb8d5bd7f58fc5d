import type { WorkloadInput } from "@/lib/math/workload";
import type { ParsedWorkload } from "@/lib/nl";

/**
 * The parser's vocabulary → the workload estimator's. Units the estimator does not model
 * (requests, frames, samples) are dropped, which makes it ask for clarification rather than guess.
 */
export function toWorkloadInput(p: ParsedWorkload): WorkloadInput {
  let quantity = p.quantity;
  let unit: WorkloadInput["unit"] = null;
  switch (p.quantityUnit) {
    case "images":
    case "videos":
    case "video_seconds":
    case "audio_hours":
    case "tokens":
    case "documents":
      unit = p.quantityUnit;
      break;
    case "audio_minutes":
      unit = "audio_hours";
      quantity = quantity === null ? null : quantity / 60;
      break;
    default:
      quantity = null;
  }
  if (quantity === null && p.quantityPerHour !== null && p.durationHours !== null && unit !== null) {
    quantity = p.quantityPerHour * p.durationHours;
  }
  return {
    workloadType: p.workloadType,
    model: p.model?.name ?? null,
    paramsBillions: p.model?.paramsBillions ?? null,
    precision: p.precision === "fp4" ? "int4" : p.precision,
    contextLength: p.contextLength,
    concurrency: p.concurrentUsers,
    tokensToGenerate: unit === "tokens" ? quantity : null,
    quantity,
    unit,
    durationHours: p.durationHours,
    trainingTokens: null,
    epochs: p.quantityUnit === "epochs" ? p.quantity : null,
    method: p.workloadType === "fine_tuning" && p.precision === "int4" ? "qlora" : null,
    vramGb: p.minVramGb,
  };
}
