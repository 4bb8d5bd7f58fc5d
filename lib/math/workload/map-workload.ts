import { clarify, createNotes, type WorkloadDemand } from "./demand";
import { demandFor } from "./route-workload";
import { maxTrainingGpus } from "./sizing";
import type {
  GpuCapability,
  GpuRecommendation,
  PricePerGpuHourUsd,
  WorkloadEstimate,
  WorkloadInput,
} from "./types";
import { validateGpus, validateWorkloadInput } from "./validate";

/**
 * Maps a workload request onto the GPUs on offer (design requirements 22.2–22.4, 27.1–27.3;
 * property 13). Per GPU model:
 *
 *   group    = GPUs holding one copy of the job (sizing.ts; memory from the workload's estimator)
 *   hours    = compute hours of the job on one group. With a duration D the user rents for D:
 *              a job longer than D is split over ⌈hours / D⌉ data-parallel groups (≤ 64 GPUs
 *              in all; past that cap the time exceeds D). Without any amount of work, D alone
 *              (1 hour, asked back, when D is missing too)
 *   cost     = hours × GPUs × price per GPU-hour
 *
 * GPUs that hold the job come first, ordered by cost when prices are given (else by time), then
 * fewer GPUs, then name; GPUs that cannot hold it follow with fits = false and gpuCount 0.
 * Confidence = 0.8 for a measured top pick, 0.6 for an estimated one, 0.4 when its time is
 * unknown, 0.1 when nothing fits; × 0.8 for each field to clarify. It ranks how much to trust
 * the answer; it is not a probability. Degenerate input: an empty GPU list gives no
 * recommendations and null totals. Invalid input throws `MathInputError`.
 */
function priceOf(prices: PricePerGpuHourUsd | undefined, model: string): number | null {
  if (prices === undefined || !Object.hasOwn(prices, model)) return null;
  const price = prices[model];
  return typeof price === "number" ? price : null;
}

function recommend(
  gpu: GpuCapability,
  demand: WorkloadDemand,
  durationHours: number | null,
  price: number | null,
): GpuRecommendation {
  const groupSize = demand.groupSize(gpu);
  if (groupSize === null) {
    const none = { estimatedHours: null, estimatedCostUsd: null, throughput: null };
    return { model: gpu.model, gpuCount: 0, fits: false, ...none, basis: "estimated" };
  }
  const run = demand.run(gpu, groupSize);
  let replicas = 1;
  let hours = durationHours;
  if (run.computeHours !== null && durationHours === null) hours = run.computeHours;
  if (run.computeHours !== null && durationHours !== null && run.computeHours > durationHours) {
    const wanted = Math.ceil(run.computeHours / durationHours);
    replicas = Math.max(1, Math.min(wanted, Math.floor(maxTrainingGpus / groupSize)));
    hours = Math.max(durationHours, run.computeHours / replicas);
  }
  const gpuCount = groupSize * replicas;
  const throughput =
    run.throughput === null ? null : { ...run.throughput, value: run.throughput.value * replicas };
  const estimatedCostUsd = hours === null || price === null ? null : hours * gpuCount * price;
  return {
    model: gpu.model,
    gpuCount,
    fits: true,
    estimatedHours: hours,
    estimatedCostUsd,
    throughput,
    basis: run.basis,
  };
}

function nullsLast(a: number | null, b: number | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return a - b;
}

export function estimateWorkload(
  input: WorkloadInput,
  gpus: readonly GpuCapability[],
  prices?: PricePerGpuHourUsd,
): WorkloadEstimate {
  validateWorkloadInput(input);
  validateGpus(gpus, prices);
  const notes = createNotes();
  const demand = demandFor(input, notes);
  let durationHours = input.durationHours ?? null;
  if (!demand.hasWork && durationHours === null) {
    if (demand.workField !== "duration_hours") clarify(notes, demand.workField, "amount of work not given");
    clarify(notes, "duration_hours", "no duration given: priced for 1 hour");
    durationHours = 1;
  }
  const recommendations = gpus.map((gpu) =>
    recommend(gpu, demand, durationHours, priceOf(prices, gpu.model)),
  );
  const byCost = recommendations.some((r) => r.estimatedCostUsd !== null);
  recommendations.sort(
    (a, b) =>
      Number(b.fits) - Number(a.fits) ||
      (byCost ? nullsLast(a.estimatedCostUsd, b.estimatedCostUsd) : 0) ||
      nullsLast(a.estimatedHours, b.estimatedHours) ||
      a.gpuCount - b.gpuCount ||
      (a.model < b.model ? -1 : a.model > b.model ? 1 : 0),
  );
  const best = recommendations.find((r) => r.fits) ?? null;
  let confidence = 0.1;
  if (best !== null) confidence = best.estimatedHours === null ? 0.4 : best.basis === "measured" ? 0.8 : 0.6;
  confidence *= 0.8 ** notes.clarificationFields.length;
  return {
    workloadType: input.workloadType,
    requiredVramGb: demand.requiredVramGb,
    gpuCount: best?.gpuCount ?? null,
    recommendedGpus: recommendations,
    estimatedDurationHours: best?.estimatedHours ?? null,
    estimatedCostUsd: best?.estimatedCostUsd ?? null,
    confidence: Math.round(confidence * 100) / 100,
    clarificationFields: notes.clarificationFields,
    assumptions: notes.assumptions,
  };
}
