import { clarify, type EstimateNotes, type WorkloadDemand } from "./demand";
import type { WorkloadInput } from "./types";

/**
 * rendering and other: work the estimator has no throughput model for. The user's `vramGb` is a
 * per-GPU minimum compared with the card's full memory (a renderer such as Blender Cycles keeps
 * the whole scene on each GPU, so memory does not add up across cards); without it 12 GB is
 * assumed for rendering (typical production scenes) and 16 GB otherwise, and "vram_gb" is asked.
 * Time is whatever duration the user rents for, so the basis is always "estimated" and
 * throughput is unknown.
 */
export function generalComputeDemand(input: WorkloadInput, notes: EstimateNotes): WorkloadDemand {
  let requiredVramGb = input.vramGb ?? null;
  if (requiredVramGb === null) {
    requiredVramGb = input.workloadType === "rendering" ? 12 : 16;
    clarify(notes, "vram_gb", `GPU memory need not given: assumed ${requiredVramGb} GB`);
  }
  const need = requiredVramGb;
  return {
    requiredVramGb: need,
    hasWork: false,
    workField: "duration_hours",
    groupSize: (gpu) => (gpu.vramGb >= need ? 1 : null),
    run: () => ({ computeHours: null, throughput: null, basis: "estimated" }),
  };
}
