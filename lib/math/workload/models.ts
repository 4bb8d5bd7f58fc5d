/**
 * Well-known models and the architecture facts the estimators need. Sources are the models'
 * published config.json files / model cards (URLs per row); parameter counts are the model
 * cards' figures. `paramsBillions` is everything loaded for inference (for memory: MoE experts,
 * text encoders and VAE of diffusion pipelines); `activeParamsBillions` is what one token / one
 * denoising step runs through (for speed). `shape` is the main transformer (the DiT for video and
 * Flux, the decoder for Whisper); null for UNet models, whose cost is calibrated instead
 * (image-generation.ts).
 */

export type ModelKind = "llm" | "image" | "video" | "speech" | "embedding";

export interface TransformerShape {
  layers: number;
  hiddenSize: number;
  attentionHeads: number;
  /** key/value heads: fewer than attention heads under grouped-query attention */
  kvHeads: number;
  headDim: number;
}

export interface DiffusionFacts {
  widthPx: number;
  heightPx: number;
  defaultSteps: number;
  /** classifier-free guidance runs the denoiser twice per step */
  classifierFreeGuidance: boolean;
  /** video only: frames per clip and playback rate; null for images */
  frames: number | null;
  fps: number | null;
  /** VAE compression (time, height, width) and DiT patch size (time, height, width) */
  latentStride: readonly [number, number, number];
  patch: readonly [number, number, number];
}

export interface ModelSpec {
  id: string;
  kind: ModelKind;
  aliases: readonly string[];
  paramsBillions: number;
  activeParamsBillions: number;
  shape: TransformerShape | null;
  contextLength: number | null;
  diffusion: DiffusionFacts | null;
  source: string;
}

const gqa8 = (layers: number, hiddenSize: number, heads: number): TransformerShape => ({
  layers,
  hiddenSize,
  attentionHeads: heads,
  kvHeads: 8,
  headDim: hiddenSize / heads,
});
const mha = (layers: number, hiddenSize: number, heads: number): TransformerShape => ({
  layers,
  hiddenSize,
  attentionHeads: heads,
  kvHeads: heads,
  headDim: hiddenSize / heads,
});
const image = (px: number, steps: number, cfg: boolean): DiffusionFacts => ({
  widthPx: px,
  heightPx: px,
  defaultSteps: steps,
  classifierFreeGuidance: cfg,
  frames: null,
  fps: null,
  latentStride: [1, 8, 8],
  patch: [1, 2, 2],
});
const video = (w: number, h: number, frames: number, fps: number, cfg: boolean): DiffusionFacts => ({
  widthPx: w,
  heightPx: h,
  defaultSteps: 50,
  classifierFreeGuidance: cfg,
  frames,
  fps,
  latentStride: [4, 8, 8],
  patch: [1, 2, 2],
});
const hf = (repo: string) => `https://huggingface.co/${repo} (config.json, model card)`;

// biome-ignore format: one model per line reads as a table
export const knownModels: readonly ModelSpec[] = [
  { id: "llama-2-7b", kind: "llm", aliases: ["llama-2-7b", "llama2-7b"], paramsBillions: 6.74, activeParamsBillions: 6.74, shape: mha(32, 4096, 32), contextLength: 4096, diffusion: null, source: hf("meta-llama/Llama-2-7b-hf") },
  { id: "llama-2-13b", kind: "llm", aliases: ["llama-2-13b", "llama2-13b"], paramsBillions: 13.02, activeParamsBillions: 13.02, shape: mha(40, 5120, 40), contextLength: 4096, diffusion: null, source: hf("meta-llama/Llama-2-13b-hf") },
  { id: "llama-2-70b", kind: "llm", aliases: ["llama-2-70b", "llama2-70b"], paramsBillions: 68.98, activeParamsBillions: 68.98, shape: gqa8(80, 8192, 64), contextLength: 4096, diffusion: null, source: hf("meta-llama/Llama-2-70b-hf") },
  { id: "llama-3-8b", kind: "llm", aliases: ["llama-3-8b", "meta-llama-3-8b", "llama3-8b"], paramsBillions: 8.03, activeParamsBillions: 8.03, shape: gqa8(32, 4096, 32), contextLength: 8192, diffusion: null, source: hf("meta-llama/Meta-Llama-3-8B") },
  { id: "llama-3-70b", kind: "llm", aliases: ["llama-3-70b", "meta-llama-3-70b", "llama3-70b"], paramsBillions: 70.55, activeParamsBillions: 70.55, shape: gqa8(80, 8192, 64), contextLength: 8192, diffusion: null, source: hf("meta-llama/Meta-Llama-3-70B") },
  { id: "llama-3.1-8b", kind: "llm", aliases: ["llama-3.1-8b", "meta-llama-3.1-8b", "llama3.1-8b"], paramsBillions: 8.03, activeParamsBillions: 8.03, shape: gqa8(32, 4096, 32), contextLength: 131072, diffusion: null, source: hf("meta-llama/Llama-3.1-8B") },
  { id: "llama-3.1-70b", kind: "llm", aliases: ["llama-3.1-70b", "meta-llama-3.1-70b", "llama3.1-70b", "llama-3.3-70b"], paramsBillions: 70.55, activeParamsBillions: 70.55, shape: gqa8(80, 8192, 64), contextLength: 131072, diffusion: null, source: hf("meta-llama/Llama-3.1-70B") },
  { id: "llama-3.1-405b", kind: "llm", aliases: ["llama-3.1-405b", "meta-llama-3.1-405b", "llama3.1-405b"], paramsBillions: 405.85, activeParamsBillions: 405.85, shape: gqa8(126, 16384, 128), contextLength: 131072, diffusion: null, source: hf("meta-llama/Llama-3.1-405B") },
  { id: "mistral-7b", kind: "llm", aliases: ["mistral-7b", "mistral-7b-v0.1"], paramsBillions: 7.24, activeParamsBillions: 7.24, shape: gqa8(32, 4096, 32), contextLength: 32768, diffusion: null, source: hf("mistralai/Mistral-7B-v0.1") },
  // MoE: 8 experts, 2 active per token (num_local_experts 8, num_experts_per_tok 2).
  { id: "mixtral-8x7b", kind: "llm", aliases: ["mixtral-8x7b", "mixtral"], paramsBillions: 46.7, activeParamsBillions: 12.9, shape: gqa8(32, 4096, 32), contextLength: 32768, diffusion: null, source: hf("mistralai/Mixtral-8x7B-v0.1") },
  // UNet 0.86B + CLIP ViT-L/14 text encoder 0.123B + VAE 0.084B; 50 steps = diffusers default.
  { id: "sd-1.5", kind: "image", aliases: ["sd-1.5", "sd15", "stable-diffusion-1.5", "stable-diffusion-v1-5"], paramsBillions: 1.07, activeParamsBillions: 0.86, shape: null, contextLength: null, diffusion: image(512, 50, true), source: hf("stable-diffusion-v1-5/stable-diffusion-v1-5") },
  // UNet 2.567B + CLIP ViT-L 0.123B + OpenCLIP ViT-bigG 0.695B + VAE 0.084B (Podell et al. 2023); 20 steps as MLPerf and ComfyUI.
  { id: "sdxl", kind: "image", aliases: ["sdxl", "sdxl-1.0", "stable-diffusion-xl", "stable-diffusion-xl-base-1.0"], paramsBillions: 3.47, activeParamsBillions: 2.567, shape: null, contextLength: null, diffusion: image(1024, 20, true), source: hf("stabilityai/stable-diffusion-xl-base-1.0") },
  // 19 double + 38 single stream blocks, hidden 3072, 24 heads; + T5-XXL encoder 4.76B, CLIP-L, VAE. Guidance-distilled: no CFG.
  { id: "flux.1-dev", kind: "image", aliases: ["flux.1-dev", "flux-dev", "flux1-dev", "flux"], paramsBillions: 16.9, activeParamsBillions: 11.9, shape: mha(57, 3072, 24), contextLength: null, diffusion: image(1024, 50, false), source: hf("black-forest-labs/FLUX.1-dev") },
  { id: "flux.1-schnell", kind: "image", aliases: ["flux.1-schnell", "flux-schnell", "flux1-schnell"], paramsBillions: 16.9, activeParamsBillions: 11.9, shape: mha(57, 3072, 24), contextLength: null, diffusion: image(1024, 4, false), source: hf("black-forest-labs/FLUX.1-schnell") },
  // DiT dim 5120, 40 layers, 40 heads, VAE stride (4,8,8), patch (1,2,2), 81 frames at 16 fps, 50 steps; + umT5-XXL encoder 5.7B.
  { id: "wan-2.1-t2v-14b", kind: "video", aliases: ["wan-2.1-t2v-14b", "wan2.1-t2v-14b", "wan-2.1-14b", "wan-14b", "wan"], paramsBillions: 19.8, activeParamsBillions: 14, shape: mha(40, 5120, 40), contextLength: null, diffusion: video(1280, 720, 81, 16, true), source: "https://github.com/Wan-Video/Wan2.1 (wan/configs/wan_t2v_14B.py, shared_config.py)" },
  { id: "wan-2.1-t2v-1.3b", kind: "video", aliases: ["wan-2.1-t2v-1.3b", "wan2.1-t2v-1.3b", "wan-2.1-1.3b", "wan-1.3b"], paramsBillions: 7.1, activeParamsBillions: 1.3, shape: mha(30, 1536, 12), contextLength: null, diffusion: video(832, 480, 81, 16, true), source: "https://github.com/Wan-Video/Wan2.1 (wan/configs/wan_t2v_1_3B.py)" },
  // 20 double + 40 single blocks, hidden 3072, 24 heads; text encoder llava-llama-3-8b + CLIP-L; CFG-distilled.
  { id: "hunyuanvideo", kind: "video", aliases: ["hunyuanvideo", "hunyuan-video", "hunyuan"], paramsBillions: 21.2, activeParamsBillions: 12.8, shape: mha(60, 3072, 24), contextLength: null, diffusion: video(1280, 720, 129, 24, false), source: "https://github.com/Tencent/HunyuanVideo (README, hyvideo/modules/models.py HYVideo-T/2-cfgdistill)" },
  // 42 layers, 48 heads × 64, 49 frames at 8 fps, 720×480, guidance 6; + T5-XXL encoder 4.76B.
  { id: "cogvideox-5b", kind: "video", aliases: ["cogvideox-5b", "cogvideox", "cogvideo"], paramsBillions: 9.97, activeParamsBillions: 5, shape: mha(42, 3072, 48), contextLength: null, diffusion: video(720, 480, 49, 8, true), source: hf("THUDM/CogVideoX-5b") },
  // 32 encoder + 32 decoder layers, d_model 1280, 20 heads, 128 mel bins.
  { id: "whisper-large-v3", kind: "speech", aliases: ["whisper-large-v3", "whisper-large", "whisper"], paramsBillions: 1.55, activeParamsBillions: 1.55, shape: mha(32, 1280, 20), contextLength: 448, diffusion: null, source: hf("openai/whisper-large-v3") },
  { id: "bge-large-en-v1.5", kind: "embedding", aliases: ["bge-large-en-v1.5", "bge-large-en", "bge-large", "bge"], paramsBillions: 0.335, activeParamsBillions: 0.335, shape: mha(24, 1024, 16), contextLength: 512, diffusion: null, source: hf("BAAI/bge-large-en-v1.5") },
  { id: "e5-large-v2", kind: "embedding", aliases: ["e5-large-v2", "e5-large", "e5"], paramsBillions: 0.335, activeParamsBillions: 0.335, shape: mha(24, 1024, 16), contextLength: 512, diffusion: null, source: hf("intfloat/e5-large-v2") },
];

/** Lower-case, drop the org prefix and serving suffixes, keep only letters and digits. */
export function normalizeModelName(name: string): string {
  const base = name.toLowerCase().split("/").pop() ?? "";
  return base
    .replace(/\b(hf|chat|instruct|base|it|diffusers|v\d+\.\d+)\b/g, "")
    .replace(/\[(dev|schnell)\]/g, "$1")
    .replace(/[^a-z0-9]/g, "");
}

const byAlias = new Map<string, ModelSpec>();
for (const spec of knownModels)
  for (const alias of spec.aliases) byAlias.set(normalizeModelName(alias), spec);

/** The table row for `name`, or null. "meta-llama/Llama-2-7b-chat-hf", "Llama 2 7B", "SDXL" all resolve. */
export function findModel(name: string): ModelSpec | null {
  return byAlias.get(normalizeModelName(name)) ?? null;
}

/** "Qwen2.5-72B-Instruct" → 72: the size written in an unknown model's name, or null. */
export function paramsFromName(name: string): number | null {
  const match = /(\d+(?:\.\d+)?)\s*b\b/i.exec(name.replace(/[-_]/g, " "));
  const value = match?.[1] === undefined ? Number.NaN : Number.parseFloat(match[1]);
  return Number.isFinite(value) && value > 0 ? value : null;
}
