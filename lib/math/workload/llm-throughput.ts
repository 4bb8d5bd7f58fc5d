import { bytesPerParameter } from "./llm-memory";
import type { EstimateBasis, GpuCapability, Precision } from "./types";

/**
 * LLM decode speed (tokens/s). Decoding one token reads every active weight once, so a single
 * stream is memory-bandwidth bound (reference/gpu-benchmarks.md §2.6):
 *
 *   bound = bandwidth (GB/s) × GPUs / active weight bytes (GB)
 *
 * 1. Measured (basis "measured"): one GPU with a single-stream benchmark (`tokensPerSecond7b`,
 *    taken on a 3.83 GB Llama-2-7B Q4_0; `tokensPerSecond70b`, 38.9 GB 70B Q4_0) is scaled to
 *    the model by weight bytes: tps = tps_ref × bytes_ref / bytes_model. The reference closer in
 *    size (log scale) is used, since small models reach a smaller fraction of the bound. The
 *    7B column partly holds Llama-3-8B Q4_K_M rows (4.92 GB): those GPUs come out up to 22 %
 *    slow — conservative.
 * 2. Estimated (basis "estimated"): bound × efficiency, efficiency 0.5 below 30B active
 *    parameters and 0.6 above — the midpoints of the measured 26–69 % (7–8B) and 49–77 % (70B)
 *    of bound (ibid. §1, §4). Also used for tensor-parallel groups (gpuCount > 1), where the
 *    single-GPU measurements do not apply; NIM's 2×H100 Llama-3.3-70B FP8 51.7 tok/s (ibid. N1)
 *    sits 9 % below this estimate.
 *
 * Concurrent streams share each weight read, so served throughput grows ~linearly with
 * concurrency until compute-bound: total ≤ GPUs × TFLOPS × 0.3 / (2 × active params), the
 * 2-FLOPs-per-parameter-per-token count (Kaplan et al. 2020) at a 30 % decode MFU. Without
 * TFLOPS there is no compute cap. Degenerate input: zero bandwidth gives 0 tokens/s.
 */
const referenceWeights7bGb = 3.83;
const referenceWeights70bGb = 38.9;
const decodeMfu = 0.3;

export interface DecodeSpeed {
  tokensPerSecond: number;
  basis: EstimateBasis;
}

export function singleStreamDecode(
  gpu: GpuCapability,
  gpuCount: number,
  activeParamsBillions: number,
  precision: Precision,
): DecodeSpeed {
  const modelGb = activeParamsBillions * bytesPerParameter[precision];
  if (gpuCount === 1) {
    let best: { tps: number; gb: number } | null = null;
    for (const ref of [
      { tps: gpu.tokensPerSecond7b, gb: referenceWeights7bGb },
      { tps: gpu.tokensPerSecond70b, gb: referenceWeights70bGb },
    ]) {
      if (ref.tps === null || !(ref.tps > 0)) continue;
      const distance = Math.abs(Math.log(modelGb / ref.gb));
      if (best === null || distance < Math.abs(Math.log(modelGb / best.gb)))
        best = { tps: ref.tps, gb: ref.gb };
    }
    if (best !== null) return { tokensPerSecond: (best.tps * best.gb) / modelGb, basis: "measured" };
  }
  const efficiency = activeParamsBillions >= 30 ? 0.6 : 0.5;
  const bound = (gpu.memoryBandwidthGbps * gpuCount) / modelGb;
  return { tokensPerSecond: bound * efficiency, basis: "estimated" };
}

/** Total tokens/s for `concurrency` streams on a group of `gpuCount` GPUs. */
export function servedTokensPerSecond(
  singleStreamTokensPerSecond: number,
  concurrency: number,
  gpu: GpuCapability,
  gpuCount: number,
  activeParamsBillions: number,
): number {
  const memoryBound = singleStreamTokensPerSecond * concurrency;
  if (gpu.tflopsFp16 === null) return memoryBound;
  const computeBound = (gpuCount * gpu.tflopsFp16 * 1e12 * decodeMfu) / (2 * activeParamsBillions * 1e9);
  return Math.min(memoryBound, computeBound);
}
