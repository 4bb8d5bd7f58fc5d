import { clarify, type EstimateNotes, resolveModel, type WorkloadDemand } from "./demand";
import { bytesPerParameter } from "./llm-memory";
import type { ModelSpec } from "./models";
import { gpuCountForMemory } from "./sizing";
import type { GpuCapability, Precision, WorkloadInput } from "./types";

/**
 * Speech-to-text throughput for Whisper-class encoder-decoder models, in hours of audio per
 * wall-clock hour (the real-time factor), batched over 30-second chunks.
 *
 * Anchor: Whisper large-v3 on one A100 80 GB transcribes 150 min of audio in 5 min 2 s with
 * fp16, batch 24 and SDPA attention (Vaibhavs10/insanely-fast-whisper README benchmark table)
 * → 29.8× real time. Another GPU scales by dense FP16 TFLOPS relative to the A100's 312 (the
 * batched encoder dominates), or by memory bandwidth relative to 2,039 GB/s when TFLOPS is
 * unknown; a smaller Whisper scales by parameter count. Flash Attention 2 reaches 92× on the
 * same card (ibid.), so this is a middle, not a best case. Always "estimated".
 *
 * VRAM = weights + key/value caches of the batch (24 chunks × (1,500 encoder positions for
 * cross-attention + 448 decoder positions) × 2 × layers × d_model × 2 bytes) + 1 GB; for
 * large-v3 in fp16 ≈ 3.1 + 7.7 + 1 = 11.8 GB, consistent with the README's batch-24 runs on a
 * 16 GB T4. Degenerate input: zero TFLOPS and bandwidth give 0 (no progress).
 */
const referenceRealTimeFactor = 29.8;
const referenceTflops = 312;
const referenceBandwidthGbps = 2039;
const referenceParamsBillions = 1.55;
const batchChunks = 24;

export function transcriptionVramGb(spec: ModelSpec, precision: Precision): number {
  const weights = spec.paramsBillions * bytesPerParameter[precision];
  const shape = spec.shape;
  const positions = 1500 + (spec.contextLength ?? 448);
  const caches =
    shape === null ? 0 : (batchChunks * positions * 2 * shape.layers * shape.hiddenSize * 2) / 1e9;
  return weights + caches + 1;
}

export function audioHoursPerHour(spec: ModelSpec, gpu: GpuCapability, gpuCount: number): number {
  const gpuScale =
    gpu.tflopsFp16 !== null && gpu.tflopsFp16 > 0
      ? gpu.tflopsFp16 / referenceTflops
      : gpu.memoryBandwidthGbps / referenceBandwidthGbps;
  const modelScale = referenceParamsBillions / spec.activeParamsBillions;
  return referenceRealTimeFactor * gpuScale * modelScale * gpuCount;
}

/** transcription: `quantity` hours of audio; default Whisper large-v3 in fp16. */
export function transcriptionDemand(input: WorkloadInput, notes: EstimateNotes): WorkloadDemand {
  const spec = resolveModel(input, ["speech"], "whisper-large-v3", notes);
  const precision = input.precision ?? "fp16";
  const audioHours = input.quantity ?? null;
  if (audioHours !== null && input.unit !== "audio_hours") {
    clarify(notes, "unit", `quantity read as ${audioHours} hours of audio`);
  }
  const requiredVramGb = transcriptionVramGb(spec, precision);
  return {
    requiredVramGb,
    hasWork: audioHours !== null,
    workField: "quantity",
    groupSize: (gpu) => gpuCountForMemory(requiredVramGb, 0, gpu.vramGb, 1),
    run: (gpu, groupSize) => {
      const rate = audioHoursPerHour(spec, gpu, groupSize);
      if (!(rate > 0)) return { computeHours: null, throughput: null, basis: "estimated" };
      return {
        computeHours: audioHours === null ? null : audioHours / rate,
        throughput: { value: rate, unit: "audio hours/hour" },
        basis: "estimated",
      };
    },
  };
}
