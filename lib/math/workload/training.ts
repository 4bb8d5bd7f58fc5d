import { type EstimateNotes, resolveModel, type WorkloadDemand } from "./demand";
import { bytesPerParameter, estimatedShape } from "./llm-memory";
import type { TransformerShape } from "./models";
import { gpuCountForMemory, maxTrainingGpus } from "./sizing";
import type { FineTuneMethod, GpuCapability, Precision, WorkloadInput } from "./types";

/**
 * Memory and time to train or fine-tune a transformer (sizes decimal GB, time hours).
 *
 * Model states (sharded across GPUs by ZeRO-3 / FSDP):
 *   full   16 bytes/param: bf16 weights 2 + bf16 gradients 2 + fp32 master weights 4 + Adam's two
 *          fp32 moments 8 (Rajbhandari et al., "ZeRO", SC 2020, §3.1: 16Ψ); fp32 training is
 *          4 + 4 + 8 = 16 as well
 *   lora   frozen weights at the chosen precision + adapters (rank 16 on every linear layer
 *          ≈ 0.6 % of the parameters for Llama-2-7B; Hu et al., "LoRA", 2021) with full 16-byte
 *          state
 *   qlora  frozen weights in 4-bit NormalFloat with double quantisation, 4.127 bits
 *          (Dettmers et al., "QLoRA", 2023, §3) + adapters as above
 * Activations (per GPU, its own micro-batch b of sequence length s), with full activation
 * recomputation and flash attention (Korthikanti et al., "Reducing Activation Recomputation",
 * 2022, §4): 2·s·b·h bytes saved per layer + 34·s·b·h for the layer being recomputed, plus 1 GB
 * of CUDA context and buffers.
 *
 * Time: FLOPs = 6·N·D for full training (forward 2ND + backward 4ND; Kaplan et al. 2020) with
 * N active parameters and D tokens; 4·N·D for LoRA/QLoRA (frozen weights need no weight
 * gradients). hours = FLOPs / (GPUs × dense FP16 TFLOPS × MFU) / 3600 with MFU 0.35 — below
 * the 38–43 % Meta reports for Llama 3 on H100 (Llama 3 paper, 2024, Table 4), as rented
 * clusters have slower interconnects — and 0.25 for QLoRA (every matmul dequantises 4-bit
 * weights). Degenerate input: no TFLOPS gives null time; zero tokens give zero time.
 */
const adapterFraction = 0.006;
const qloraBytesPerParameter = 4.127 / 8;

export interface TrainingMemory {
  /** divides across the GPUs of the group */
  modelStatesGb: number;
  /** needed whole on every GPU */
  perGpuGb: number;
  requiredGb: number;
}

export function trainingMemory(
  paramsBillions: number,
  shape: TransformerShape,
  method: FineTuneMethod,
  precision: Precision,
  sequenceLength: number,
  microBatch: number,
): TrainingMemory {
  const adapters = paramsBillions * adapterFraction * 16;
  let modelStatesGb: number;
  if (method === "full") modelStatesGb = paramsBillions * 16;
  else if (method === "qlora") modelStatesGb = paramsBillions * qloraBytesPerParameter + adapters;
  else modelStatesGb = paramsBillions * bytesPerParameter[precision] + adapters;
  const tokenWidth = sequenceLength * microBatch * shape.hiddenSize;
  const activationsGb = (2 * tokenWidth * shape.layers + 34 * tokenWidth) / 1e9;
  const perGpuGb = activationsGb + 1;
  return { modelStatesGb, perGpuGb, requiredGb: modelStatesGb + perGpuGb };
}

export function trainingFlopsPerToken(activeParamsBillions: number, method: FineTuneMethod): number {
  return (method === "full" ? 6 : 4) * activeParamsBillions * 1e9;
}

/** Training tokens per second of a group of `gpuCount` GPUs, or null without TFLOPS. */
export function trainingTokensPerSecond(
  gpu: GpuCapability,
  gpuCount: number,
  activeParamsBillions: number,
  method: FineTuneMethod,
): number | null {
  if (gpu.tflopsFp16 === null || !(gpu.tflopsFp16 > 0)) return null;
  const mfu = method === "qlora" ? 0.25 : 0.35;
  return (gpuCount * gpu.tflopsFp16 * 1e12 * mfu) / trainingFlopsPerToken(activeParamsBillions, method);
}

/**
 * training / fine_tuning: work = training tokens × epochs. Defaults, each an assumption: Llama
 * 3.1 8B, full training for `training` and LoRA for `fine_tuning`, bf16, sequences of 2,048
 * tokens, micro-batch 1 per GPU, 1 epoch.
 */
export function trainingDemand(input: WorkloadInput, notes: EstimateNotes): WorkloadDemand {
  const spec = resolveModel(input, ["llm", "image", "video", "speech", "embedding"], "llama-3.1-8b", notes);
  const method = input.method ?? (input.workloadType === "training" ? "full" : "lora");
  if (input.method === undefined || input.method === null) {
    notes.assumptions.push(`method not given: ${method}`);
  }
  const precision = input.precision ?? "bf16";
  const sequenceLength = input.contextLength ?? 2048;
  const microBatch = input.concurrency ?? 1;
  if (input.contextLength === undefined || input.contextLength === null) {
    notes.assumptions.push(`sequence length not given: 2048 tokens, micro-batch ${microBatch}`);
  }
  const perEpoch = input.trainingTokens ?? (input.unit === "tokens" ? (input.quantity ?? null) : null);
  const epochs = input.epochs ?? 1;
  if (perEpoch !== null && (input.epochs === undefined || input.epochs === null)) {
    notes.assumptions.push("epochs not given: 1 pass over the training tokens");
  }
  const tokens = perEpoch === null ? null : perEpoch * epochs;
  const shape = spec.shape ?? estimatedShape(spec.paramsBillions);
  const memory = trainingMemory(spec.paramsBillions, shape, method, precision, sequenceLength, microBatch);
  const active = spec.activeParamsBillions;
  return {
    requiredVramGb: memory.requiredGb,
    hasWork: tokens !== null,
    workField: "training_tokens",
    groupSize: (gpu) => gpuCountForMemory(memory.modelStatesGb, memory.perGpuGb, gpu.vramGb, maxTrainingGpus),
    run: (gpu, groupSize) => {
      const rate = trainingTokensPerSecond(gpu, groupSize, active, method);
      if (rate === null) return { computeHours: null, throughput: null, basis: "estimated" };
      return {
        computeHours: tokens === null ? null : tokens / rate / 3600,
        throughput: { value: rate, unit: "training tokens/s" },
        basis: "estimated",
      };
    },
  };
}
