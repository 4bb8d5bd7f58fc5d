import { type EstimateNotes, resolveModel, type WorkloadDemand } from "./demand";
import { diffusionMemoryGb, ditStepPeakTflop } from "./diffusion-cost";
import type { ModelSpec } from "./models";
import { gpuCountForMemory, maxInferenceGpus } from "./sizing";
import type { GpuCapability, Precision, WorkloadInput } from "./types";

/**
 * Seconds per generated clip and VRAM for text-to-video diffusion transformers (Wan 2.1,
 * HunyuanVideo, CogVideoX) at the model's default resolution, frame count and 50 steps:
 *
 *   seconds per clip = steps × peak-equivalent TFLOP per step / dense FP16 TFLOPS
 *   clip length (s)  = frames / fps          (Wan 81/16 ≈ 5.1 s, HunyuanVideo 129/24 ≈ 5.4 s)
 *
 * with the DiT FLOP count of diffusion-cost.ts (attention over all latent tokens dominates at
 * 720p). No GPU in the reference table has a measured video figure, so the basis is always
 * "estimated"; the CogVideoX-5B card's ~180 s (A100) and ~90 s (H100) are the check (see
 * diffusion-cost.ts). A group of GPUs holding one pipeline is counted as fast as one GPU:
 * sequence-parallel speed-ups (xDiT) need software the renter may not run.
 *
 * `clipsFor` turns a request in videos or in seconds of video into whole clips (a 12 s request
 * on 5.1 s clips is 3 clips). Degenerate input: no TFLOPS gives null (unknown speed).
 */
export function videoVramGb(spec: ModelSpec, precision: Precision): number {
  return diffusionMemoryGb(spec, precision);
}

export function secondsPerClip(spec: ModelSpec, gpu: GpuCapability): number | null {
  const perStep = ditStepPeakTflop(spec);
  const steps = spec.diffusion?.defaultSteps ?? 0;
  if (perStep === null || gpu.tflopsFp16 === null || !(gpu.tflopsFp16 > 0)) return null;
  return (steps * perStep) / gpu.tflopsFp16;
}

export function clipSeconds(spec: ModelSpec): number | null {
  const d = spec.diffusion;
  if (d === null || d.frames === null || d.fps === null || !(d.fps > 0)) return null;
  return d.frames / d.fps;
}

export function clipsFor(spec: ModelSpec, quantity: number, unit: "videos" | "video_seconds"): number {
  if (unit === "videos") return Math.ceil(quantity);
  const length = clipSeconds(spec);
  return length === null ? Math.ceil(quantity) : Math.ceil(quantity / length);
}

/** video_generation: `quantity` videos or seconds of video; default Wan 2.1 14B in bf16. */
export function videoDemand(input: WorkloadInput, notes: EstimateNotes): WorkloadDemand {
  const spec = resolveModel(input, ["video"], "wan-2.1-t2v-14b", notes);
  const precision = input.precision ?? "bf16";
  const unit = input.unit ?? "videos";
  const quantity = input.quantity ?? null;
  const clips =
    quantity !== null && (unit === "videos" || unit === "video_seconds")
      ? clipsFor(spec, quantity, unit)
      : null;
  const requiredVramGb = videoVramGb(spec, precision);
  return {
    requiredVramGb,
    hasWork: clips !== null,
    workField: "quantity",
    groupSize: (gpu) => gpuCountForMemory(requiredVramGb, 0, gpu.vramGb, maxInferenceGpus),
    run: (gpu) => {
      const seconds = secondsPerClip(spec, gpu);
      if (seconds === null || !(seconds > 0))
        return { computeHours: null, throughput: null, basis: "estimated" };
      return {
        computeHours: clips === null ? null : (clips * seconds) / 3600,
        throughput: { value: 3600 / seconds, unit: "videos/hour" },
        basis: "estimated",
      };
    },
  };
}
