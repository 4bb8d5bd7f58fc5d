import { bytesPerParameter } from "./llm-memory";
import type { ModelSpec } from "./models";
import type { Precision } from "./types";

/**
 * Compute and memory of one diffusion-transformer (DiT) sample — shared by the image (Flux) and
 * video estimators.
 *
 *   latent tokens  T = ⌈(F−1)/s_t + 1⌉/p_t × ⌈H/s_h/p_h⌉ × ⌈W/s_w/p_w⌉   (frames F; 1 for images)
 *   FLOPs per step = g × (2·N·T + 4·L·T²·d)       (g = 2 with classifier-free guidance, else 1)
 *
 * 2·N·T is the matmul work of N active parameters over T tokens (Kaplan et al. 2020, §2.1);
 * 4·L·T²·d the attention scores and weighted values of L layers of width d, which dominates for
 * video (Wan 2.1 14B at 720p: T = 75,600). Returned as "peak-equivalent TFLOP": FLOPs / MFU
 * / 10¹², so seconds = value / the GPU's dense FP16 TFLOPS. MFU 0.4 — checked against the
 * CogVideoX-5B model card (50 steps, 49 frames 720×480: ~180 s on one A100, ~90 s on one H100;
 * this model gives 268 s and 85 s).
 *
 * Memory = all pipeline weights × bytes + working set. Images: 3 GB per megapixel (latents,
 * attention buffers and the fp16 VAE decode, whose peak dominates at 1024²). Video: 12 bytes ×
 * T × d × g for live activations plus 4 GB for a tiled VAE decode; CogVideoX-5B comes out at
 * 25.2 GB vs its card's 26 GB (SAT, BF16), HunyuanVideo 720p at 51 GB vs its README's 60 GB.
 * Degenerate input: a model without DiT shape has no FLOP figure (null).
 */
export const ditMfu = 0.4;

export function latentTokens(spec: ModelSpec): number {
  const d = spec.diffusion;
  if (d === null) return 0;
  const [strideT, strideH, strideW] = d.latentStride;
  const [patchT, patchH, patchW] = d.patch;
  const latentFrames = d.frames === null ? 1 : Math.floor((d.frames - 1) / strideT) + 1;
  return (
    Math.ceil(latentFrames / patchT) *
    Math.ceil(d.heightPx / strideH / patchH) *
    Math.ceil(d.widthPx / strideW / patchW)
  );
}

function guidanceFactor(spec: ModelSpec): number {
  return spec.diffusion?.classifierFreeGuidance === true ? 2 : 1;
}

/** Peak-equivalent TFLOP of one denoising step, or null without a transformer shape. */
export function ditStepPeakTflop(spec: ModelSpec): number | null {
  if (spec.shape === null || spec.diffusion === null) return null;
  const tokens = latentTokens(spec);
  const matmul = 2 * spec.activeParamsBillions * 1e9 * tokens;
  const attention = 4 * spec.shape.layers * tokens * tokens * spec.shape.hiddenSize;
  return (guidanceFactor(spec) * (matmul + attention)) / ditMfu / 1e12;
}

export function diffusionMemoryGb(spec: ModelSpec, precision: Precision): number {
  const weights = spec.paramsBillions * bytesPerParameter[precision];
  const d = spec.diffusion;
  if (d === null) return weights;
  if (d.frames === null) return weights + (3 * d.widthPx * d.heightPx) / 1e6;
  const activations = (12 * latentTokens(spec) * (spec.shape?.hiddenSize ?? 0) * guidanceFactor(spec)) / 1e9;
  return weights + activations + 4;
}
