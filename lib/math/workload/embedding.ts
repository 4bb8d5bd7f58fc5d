import { clarify, type EstimateNotes, resolveModel, type WorkloadDemand } from "./demand";
import { bytesPerParameter } from "./llm-memory";
import type { ModelSpec } from "./models";
import { gpuCountForMemory } from "./sizing";
import type { GpuCapability, Precision, WorkloadInput } from "./types";

/**
 * Embedding throughput (tokens/s) and VRAM for encoder models (BGE, E5) on large batches, where
 * encoding is compute-bound:
 *
 *   FLOPs per token = 2·N + 4·L·s·d        (matmuls, plus attention over a sequence of s tokens)
 *   tokens/s        = GPUs × dense FP16 TFLOPS × 10¹² × MFU / FLOPs per token,   MFU 0.3
 *
 * (Kaplan et al. 2020, §2.1 FLOP count; 0.3 is an assumed MFU for short-sequence encoder
 * inference with padding — no measurement in the reference table, so always "estimated").
 * Documents are counted at 256 tokens each unless the user gives tokens (half of BGE/E5's 512
 * limit). bge-large at 256 tokens on an A100: ≈ 135,000 tokens/s ≈ 525 documents/s.
 *
 * VRAM = weights + 2 GB for a batch of padded sequences and the CUDA context. Degenerate
 * input: no TFLOPS gives null throughput.
 */
export const tokensPerDocument = 256;
const encoderMfu = 0.3;

export function embeddingVramGb(spec: ModelSpec, precision: Precision): number {
  return spec.paramsBillions * bytesPerParameter[precision] + 2;
}

export function embeddingTokensPerSecond(
  spec: ModelSpec,
  gpu: GpuCapability,
  gpuCount: number,
): number | null {
  if (gpu.tflopsFp16 === null || !(gpu.tflopsFp16 > 0)) return null;
  const sequence = Math.min(tokensPerDocument, spec.contextLength ?? tokensPerDocument);
  const attention = spec.shape === null ? 0 : 4 * spec.shape.layers * sequence * spec.shape.hiddenSize;
  const flopsPerToken = 2 * spec.activeParamsBillions * 1e9 + attention;
  return (gpuCount * gpu.tflopsFp16 * 1e12 * encoderMfu) / flopsPerToken;
}

/** embedding: `quantity` documents (or tokens); default bge-large-en-v1.5 in fp16. */
export function embeddingDemand(input: WorkloadInput, notes: EstimateNotes): WorkloadDemand {
  const spec = resolveModel(input, ["embedding"], "bge-large-en-v1.5", notes);
  const precision = input.precision ?? "fp16";
  const quantity = input.quantity ?? null;
  let tokens: number | null = null;
  if (quantity !== null && input.unit === "tokens") tokens = quantity;
  else if (quantity !== null) {
    tokens = quantity * tokensPerDocument;
    if (input.unit !== "documents") clarify(notes, "unit", `quantity read as ${quantity} documents`);
    notes.assumptions.push(`${tokensPerDocument} tokens per document`);
  }
  const requiredVramGb = embeddingVramGb(spec, precision);
  return {
    requiredVramGb,
    hasWork: tokens !== null,
    workField: "quantity",
    groupSize: (gpu) => gpuCountForMemory(requiredVramGb, 0, gpu.vramGb, 1),
    run: (gpu, groupSize) => {
      const rate = embeddingTokensPerSecond(spec, gpu, groupSize);
      if (rate === null || !(rate > 0)) return { computeHours: null, throughput: null, basis: "estimated" };
      return {
        computeHours: tokens === null ? null : tokens / rate / 3600,
        throughput: { value: rate, unit: "tokens/s" },
        basis: "estimated",
      };
    },
  };
}
