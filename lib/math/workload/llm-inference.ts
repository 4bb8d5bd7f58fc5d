import { type EstimateNotes, resolveModel, type WorkloadDemand } from "./demand";
import { estimatedShape, llmServingMemory } from "./llm-memory";
import { servedTokensPerSecond, singleStreamDecode } from "./llm-throughput";
import { gpuCountForMemory, maxInferenceGpus } from "./sizing";
import type { WorkloadInput } from "./types";

/**
 * LLM serving (llm_inference) and offline generation (batch_inference): memory from
 * llm-memory.ts, a tensor-parallel group of a power of two ≤ 8 GPUs (sizing.ts), speed from
 * llm-throughput.ts. Work = tokens to generate; time = tokens / served tokens per second.
 *
 * Defaults when the request is silent, each recorded as an assumption: Llama 3.1 8B, fp16,
 * 4,096 tokens of context (or the model's limit if smaller — long contexts are opt-in because
 * the KV cache grows linearly with them), 1 concurrent stream for serving and 32 for batch jobs.
 * Of these only the model is asked back (it decides the memory); the amount of work and the
 * duration are asked by map-workload.ts when both are missing.
 */
export const defaultContextTokens = 4096;
export const defaultBatchConcurrency = 32;

export function llmDemand(input: WorkloadInput, notes: EstimateNotes): WorkloadDemand {
  const spec = resolveModel(input, ["llm"], "llama-3.1-8b", notes);
  const batch = input.workloadType === "batch_inference";
  const precision = input.precision ?? "fp16";
  if (input.precision === undefined || input.precision === null) {
    notes.assumptions.push("precision not given: fp16 weights");
  }
  let contextLength = input.contextLength ?? null;
  if (contextLength === null) {
    contextLength = Math.min(defaultContextTokens, spec.contextLength ?? defaultContextTokens);
    notes.assumptions.push(`context length not given: ${contextLength} tokens per sequence`);
  }
  let concurrency = input.concurrency ?? null;
  if (concurrency === null) {
    concurrency = batch ? defaultBatchConcurrency : 1;
    notes.assumptions.push(`concurrency not given: ${concurrency} simultaneous sequence(s)`);
  }
  const tokens = input.tokensToGenerate ?? (input.unit === "tokens" ? (input.quantity ?? null) : null);
  const shape = spec.shape ?? estimatedShape(spec.paramsBillions);
  const memory = llmServingMemory(spec.paramsBillions, precision, shape, contextLength, concurrency);
  const active = spec.activeParamsBillions;
  const streams = concurrency;
  return {
    requiredVramGb: memory.requiredGb,
    hasWork: tokens !== null,
    workField: "tokens_to_generate",
    groupSize: (gpu) => gpuCountForMemory(memory.requiredGb, 0, gpu.vramGb, maxInferenceGpus),
    run: (gpu, groupSize) => {
      const single = singleStreamDecode(gpu, groupSize, active, precision);
      const served = servedTokensPerSecond(single.tokensPerSecond, streams, gpu, groupSize, active);
      const computeHours = tokens === null || !(served > 0) ? null : tokens / served / 3600;
      return { computeHours, throughput: { value: served, unit: "tokens/s" }, basis: single.basis };
    },
  };
}
