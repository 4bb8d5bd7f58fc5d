import type { TransformerShape } from "./models";
import type { Precision } from "./types";

/**
 * GPU memory to serve a decoder-only LLM (all sizes decimal GB):
 *
 *   weights  = params × bytes per parameter (fp32 4, fp16/bf16 2, fp8/int8 1, int4 0.5625)
 *   KV cache = 2 (K and V) × layers × kv_heads × head_dim × kv_bytes × context × concurrency
 *   overhead = 1 GB + 2 % of weights   (CUDA context, activation and sampling buffers)
 *   required = weights + KV cache + overhead
 *
 * The KV term uses the key/value head count, not hidden_size: under grouped-query attention
 * (Llama 2 70B, Llama 3, Mistral, Mixtral: 8 KV heads) the cache is 4–8× smaller than the
 * hidden-size formula claims (Ainslie et al., "GQA", 2023; vLLM's cache sizing). KV entries stay
 * in fp16 even for quantised weights (the default of vLLM, TensorRT-LLM and llama.cpp); fp32
 * models keep fp32 caches. int4 counts 4.5 bits: 4-bit codes plus an fp16 scale per 32 weights
 * (llama.cpp Q4_0; GPTQ/AWQ with group 128 are ~4.25). Checks against reference
 * gpu-benchmarks.md §2.6: Llama-2-7B fp16 weights 13.5 GB, 70B Q4_0 38.9 GB (here 38.8), which
 * runs on one 48 GB card (measured on L40S and RTX A6000, ibid. §4).
 *
 * A model without known architecture gets `estimatedShape`: the usual aspect ratio
 * params ≈ 12·layers·hidden² with hidden ≈ 128·layers (Kaplan et al. 2020, §2.1; Llama 2 7B:
 * 32 layers × 4096), GQA with 8 KV heads of dimension 128 as in current open models — an
 * older multi-head model needs up to 4–8× more KV memory than this assumes.
 * Degenerate input: zero context or concurrency gives a zero KV term.
 */
export const bytesPerParameter: Readonly<Record<Precision, number>> = {
  fp32: 4,
  fp16: 2,
  bf16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5625,
};

export function weightsGb(paramsBillions: number, precision: Precision): number {
  return paramsBillions * bytesPerParameter[precision];
}

export function estimatedShape(paramsBillions: number): TransformerShape {
  const layers = Math.max(1, Math.round(Math.cbrt((paramsBillions * 1e9) / (12 * 128 * 128))));
  const hiddenSize = 128 * layers;
  return { layers, hiddenSize, attentionHeads: layers, kvHeads: 8, headDim: 128 };
}

/** Bytes of K and V stored per token of context. */
export function kvBytesPerToken(shape: TransformerShape, precision: Precision): number {
  const kvBytes = precision === "fp32" ? 4 : 2;
  return 2 * shape.layers * shape.kvHeads * shape.headDim * kvBytes;
}

export interface LlmMemory {
  weightsGb: number;
  kvCacheGb: number;
  overheadGb: number;
  requiredGb: number;
}

export function llmServingMemory(
  paramsBillions: number,
  precision: Precision,
  shape: TransformerShape,
  contextLength: number,
  concurrency: number,
): LlmMemory {
  const weights = weightsGb(paramsBillions, precision);
  const kvCache = (kvBytesPerToken(shape, precision) * contextLength * concurrency) / 1e9;
  const overhead = 1 + 0.02 * weights;
  return {
    weightsGb: weights,
    kvCacheGb: kvCache,
    overheadGb: overhead,
    requiredGb: weights + kvCache + overhead,
  };
}
