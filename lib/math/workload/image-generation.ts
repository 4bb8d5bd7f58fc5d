import { type EstimateNotes, resolveModel, type WorkloadDemand } from "./demand";
import { diffusionMemoryGb, ditStepPeakTflop } from "./diffusion-cost";
import type { ModelSpec } from "./models";
import { gpuCountForMemory } from "./sizing";
import type { EstimateBasis, GpuCapability, ImageBenchmark, Precision, WorkloadInput } from "./types";

/**
 * Seconds per generated image and VRAM for SD 1.5, SDXL and Flux-class pipelines, batch 1 at
 * the model's native resolution and default step count (models.ts).
 *
 * Measured (basis "measured"): when the GPU's `imageGenPerMinute` comes from the benchmark of
 * the same model and step count — SDXL 1024², 20 steps (MLPerf Inference Offline, TensorRT,
 * batched: a best case) or SD 1.5 512², 50 steps (diffusers + PyTorch 2 SDPA, batch 4–16) —
 * seconds = 60 / images per minute. The two benchmarks are never converted into each other
 * (reference/gpu-benchmarks.md §2.7, §6).
 *
 * Estimated (basis "estimated"): seconds = steps × peak-equivalent TFLOP per step / dense FP16
 * TFLOPS. UNet models use a per-step cost calibrated on the reference table (§6): the median of
 * TFLOPS × 60 / (images/min) / steps over the measured GPUs — SDXL 24.2 (GH200, H200, H100 SXM,
 * Gaudi 2, L40S: 430–578 per 20-step image, median 484) and SD 1.5 5.34 (RTX 4090, A100, RTX
 * 3090, V100, A10, T4: 131–454 per 50-step image, median 267). Flux uses the DiT FLOP count of
 * diffusion-cost.ts. Expect ±50 %: the SDXL calibration inherits MLPerf's TensorRT speed.
 *
 * The whole pipeline must fit one GPU: splitting an image pipeline across cards is possible but
 * never a good buy (Flux in bf16 needs a 48 GB card; in fp8 it fits 24 GB). More GPUs only add
 * replicas. Degenerate input: no matching measurement and no TFLOPS gives null (unknown speed,
 * still sized for memory).
 */
const calibrated: Readonly<
  Record<string, { peakTflopPerStep: number; benchmark: ImageBenchmark; steps: number }>
> = {
  "sd-1.5": { peakTflopPerStep: 5.34, benchmark: "sd15-512-50-steps", steps: 50 },
  sdxl: { peakTflopPerStep: 24.2, benchmark: "sdxl-1024-20-steps", steps: 20 },
};

export interface ImageSpeed {
  secondsPerImage: number;
  basis: EstimateBasis;
}

export function imageVramGb(spec: ModelSpec, precision: Precision): number {
  return diffusionMemoryGb(spec, precision);
}

export function secondsPerImage(spec: ModelSpec, gpu: GpuCapability): ImageSpeed | null {
  const steps = spec.diffusion?.defaultSteps ?? 0;
  const calibration = Object.hasOwn(calibrated, spec.id) ? calibrated[spec.id] : undefined;
  const measured = gpu.imageGenPerMinute;
  if (
    calibration !== undefined &&
    measured !== null &&
    measured > 0 &&
    gpu.imageGenBenchmark === calibration.benchmark &&
    steps === calibration.steps
  ) {
    return { secondsPerImage: 60 / measured, basis: "measured" };
  }
  const perStep = calibration?.peakTflopPerStep ?? ditStepPeakTflop(spec);
  if (perStep === null || gpu.tflopsFp16 === null || !(gpu.tflopsFp16 > 0)) return null;
  return { secondsPerImage: (steps * perStep) / gpu.tflopsFp16, basis: "estimated" };
}

/** image_generation: `quantity` images (unit "images" or none); default model SDXL in fp16. */
export function imageDemand(input: WorkloadInput, notes: EstimateNotes): WorkloadDemand {
  const spec = resolveModel(input, ["image"], "sdxl", notes);
  const precision = input.precision ?? "fp16";
  const unitFits = input.unit === undefined || input.unit === null || input.unit === "images";
  const images = unitFits ? (input.quantity ?? null) : null;
  const requiredVramGb = imageVramGb(spec, precision);
  return {
    requiredVramGb,
    hasWork: images !== null,
    workField: "quantity",
    groupSize: (gpu) => gpuCountForMemory(requiredVramGb, 0, gpu.vramGb, 1),
    run: (gpu) => {
      const speed = secondsPerImage(spec, gpu);
      if (speed === null) return { computeHours: null, throughput: null, basis: "estimated" };
      const computeHours = images === null ? null : (images * speed.secondsPerImage) / 3600;
      return {
        computeHours,
        throughput: { value: 60 / speed.secondsPerImage, unit: "images/min" },
        basis: speed.basis,
      };
    },
  };
}
