/**
 * Model names users mention, as regular expressions over the corrected, lower-cased text, and
 * the normalised name each produces: `family-version-size` ("llama-3.1-8b", "qwen-2.5-72b",
 * "mixtral-8x7b"), or the usual short name for image / audio / video / embedding models
 * ("sdxl", "flux-dev", "whisper-large-v3", "hunyuan-video", "bge-large").
 *
 * Parameter counts come from the size in the name; models whose name carries no size use the
 * figure their authors published (table below). Mixture-of-experts sizes are *total* parameters
 * (Mixtral 8x7B = 46.7B, not 56B, because attention weights are shared between experts —
 * Mistral AI, "Mixtral of experts", 2023); an unlisted NxM stays null rather than guessed.
 */

export type ModelCategory = "llm" | "image" | "video" | "audio" | "embedding";

export interface FixedModel {
  pattern: string;
  name: (groups: ReadonlyArray<string | undefined>) => string;
  category: ModelCategory;
}

const sep = "[\\s_-]?";
const fixed = (name: string) => () => name;

/** Ordered most specific first: at equal positions the earlier entry wins. */
export const fixedModels: readonly FixedModel[] = [
  {
    pattern: `(?:sdxl|stable${sep}diffusion${sep}xl)${sep}(turbo|lightning)`,
    name: (g) => `sdxl-${g[1] ?? ""}`,
    category: "image",
  },
  { pattern: `sdxl|sd${sep}xl|stable${sep}diffusion${sep}xl`, name: fixed("sdxl"), category: "image" },
  { pattern: `stable${sep}video${sep}diffusion|svd(?:${sep}xt)?`, name: fixed("svd"), category: "video" },
  {
    pattern: `(?:stable${sep}diffusion|sd)${sep}v?(1\\.5|1\\.4|2\\.1|3\\.5|2|3)(?:[\\s_-](large|medium))?`,
    name: (g) => ["sd", g[1], g[2]].filter((part) => part !== undefined).join("-"),
    category: "image",
  },
  { pattern: `stable${sep}diffusion`, name: fixed("stable-diffusion"), category: "image" },
  {
    pattern: `flux(?:[\\s.-]?1)?(?:${sep}(dev|schnell|pro))?`,
    name: (g) => (g[1] === undefined ? "flux" : `flux-${g[1]}`),
    category: "image",
  },
  {
    pattern: `whisper(?:${sep}(tiny|base|small|medium|large))?(?:${sep}(v2|v3))?(?:${sep}(turbo))?`,
    name: (g) => ["whisper", g[1], g[2], g[3]].filter((part) => part !== undefined).join("-"),
    category: "audio",
  },
  // Tencent's open Hunyuan model people rent GPUs for is the video one; a bare "hunyuan" means it
  { pattern: `hunyuan(?:${sep}video)?`, name: fixed("hunyuan-video"), category: "video" },
  { pattern: `mochi(?:${sep}1)?`, name: fixed("mochi-1"), category: "video" },
  { pattern: `wan${sep}(2\\.1|2\\.2)`, name: (g) => `wan-${g[1] ?? ""}`, category: "video" },
  { pattern: "cogvideox?", name: fixed("cogvideox"), category: "video" },
  { pattern: `ltx${sep}video`, name: fixed("ltx-video"), category: "video" },
  {
    pattern: `bge(?:${sep}(large|base|small|m3))?(?:${sep}en)?`,
    name: (g) => (g[1] === undefined ? "bge" : `bge-${g[1]}`),
    category: "embedding",
  },
  {
    pattern: `e5${sep}(large|base|small)(?:${sep}v2)?`,
    name: (g) => `e5-${g[1] ?? ""}`,
    category: "embedding",
  },
  { pattern: `nomic${sep}embed(?:${sep}text)?`, name: fixed("nomic-embed"), category: "embedding" },
  {
    pattern: `all${sep}minilm(?:${sep}l6(?:${sep}v2)?)?|minilm`,
    name: fixed("all-minilm-l6-v2"),
    category: "embedding",
  },
];

/** LLM families; the version / size / size-word groups are parsed by the LLM pattern below. */
const llmFamilies =
  `code${sep}llama|tiny${sep}llama|llama|mixtral|mistral|qwen|gemma|falcon|phi|deepseek(?:${sep}coder)?|` +
  `gpt${sep}oss|gpt${sep}neox|gpt${sep}j|gpt${sep}2|vicuna|starcoder2?`;

/**
 * family, version (not directly followed by b/m), specialisation ("coder", "math": a different
 * model), size ("70b", "8x7b", "125m"), size word. Tuning suffixes (instruct, chat, it) are the
 * same weights for sizing purposes and are left out of the name.
 */
export const llmPattern =
  `(${llmFamilies})` +
  `(?:[\\s_-]?(v?\\d+(?:\\.\\d+)?|r\\d)(?![\\d.]*\\s?[bm](?![\\p{L}\\p{N}])))?` +
  `(?:[\\s_-](coder|math))?` +
  `(?:[\\s_:-]?(\\d+x\\d+|\\d+(?:\\.\\d+)?)\\s?([bm])(?![\\p{L}\\p{N}]))?` +
  `(?:[\\s_-](mini|small|medium|large|xl))?`;

/** Families that are ordinary words unless a version or size follows. */
export const familiesNeedingVersion: ReadonlySet<string> = new Set(["phi", "vicuna"]);

/** Published totals for mixture-of-experts shapes (billions). */
export const moeParams: Readonly<Record<string, number>> = { "8x7": 46.7, "8x22": 141 };

/** Published sizes (billions) of models whose names carry none. */
export const publishedParams: Readonly<Record<string, number>> = {
  sdxl: 3.5,
  "sdxl-turbo": 3.5,
  "sdxl-lightning": 3.5,
  "sd-3-medium": 2,
  "sd-3.5-medium": 2.5,
  "sd-3.5-large": 8.1,
  flux: 12,
  "flux-dev": 12,
  "flux-schnell": 12,
  "flux-pro": 12,
  "whisper-large": 1.55,
  "whisper-large-v2": 1.55,
  "whisper-large-v3": 1.55,
  "whisper-large-v3-turbo": 0.809,
  "whisper-medium": 0.769,
  "whisper-small": 0.244,
  "whisper-base": 0.074,
  "whisper-tiny": 0.039,
  "hunyuan-video": 13,
  "mochi-1": 10,
  "deepseek-r1": 671,
  "deepseek-v3": 671,
  "phi-3-mini": 3.8,
  "phi-2": 2.7,
  "gpt-2-small": 0.124,
  "gpt-2-medium": 0.355,
  "gpt-2-large": 0.774,
  "gpt-2-xl": 1.5,
};
