/**
 * How many GPUs of one model a job needs.
 *
 *   usable = 0.9 × VRAM          (serving headroom: vLLM's default gpu_memory_utilization is 0.9;
 *                                 the rest goes to the CUDA context, allocator fragmentation and
 *                                 framework buffers)
 *   n = smallest power of two ≤ maxGpus with  shardedGb / n + perGpuGb ≤ usable
 *
 * Powers of two because tensor parallelism splits attention heads and hidden dimensions evenly
 * (vLLM and TensorRT-LLM require the head count to be divisible by the TP size, and heads come in
 * powers of two); a node holds at most 8 GPUs, so inference stops at 8. Training shards model
 * states with ZeRO-3/FSDP across nodes and may go to 64. `perGpuGb` is memory every GPU needs
 * whole (training activations of its own micro-batch); `shardedGb` divides across the group.
 *
 * All sizes in decimal GB (10⁹ bytes), as GPU specs are quoted. Degenerate input: a non-positive
 * VRAM or a job that does not fit even at maxGpus gives null ("does not fit").
 */
export const servingHeadroom = 0.9;
export const maxInferenceGpus = 8;
export const maxTrainingGpus = 64;

export function usableVramGb(vramGb: number): number {
  return servingHeadroom * vramGb;
}

export function gpuCountForMemory(
  shardedGb: number,
  perGpuGb: number,
  vramGb: number,
  maxGpus: number,
): number | null {
  const usable = usableVramGb(vramGb);
  if (!(usable > 0) || perGpuGb > usable) return null;
  for (let n = 1; n <= maxGpus; n *= 2) {
    if (shardedGb / n + perGpuGb <= usable) return n;
  }
  return null;
}
