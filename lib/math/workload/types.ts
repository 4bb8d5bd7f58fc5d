/**
 * Input and output types of the workload estimator (design requirements 22 and 27: "estimate
 * workload", "map workload to GPU"). Every quantity carries its unit in its name. Fields of
 * `WorkloadInput` are optional because the natural-language parser fills what the user said;
 * the estimator assumes the rest and lists what it would ask in `clarificationFields`.
 */

export const workloadTypes = [
  "llm_inference",
  "image_generation",
  "video_generation",
  "training",
  "fine_tuning",
  "embedding",
  "transcription",
  "batch_inference",
  "rendering",
  "other",
] as const;
export type WorkloadType = (typeof workloadTypes)[number];

/** Weight precision: float formats, or integer quantisation (int4 ≈ GPTQ/AWQ/llama.cpp Q4, 4.5 bits). */
export const precisions = ["fp32", "fp16", "bf16", "fp8", "int8", "int4"] as const;
export type Precision = (typeof precisions)[number];

/** `video_seconds` = seconds of generated video; `audio_hours` = hours of audio to transcribe. */
export const quantityUnits = [
  "images",
  "videos",
  "video_seconds",
  "audio_hours",
  "tokens",
  "documents",
] as const;
export type QuantityUnit = (typeof quantityUnits)[number];

export const fineTuneMethods = ["full", "lora", "qlora"] as const;
export type FineTuneMethod = (typeof fineTuneMethods)[number];

/**
 * The two image benchmarks of reference/gpu-benchmarks.md §2.7, which are NOT comparable:
 * MLPerf SDXL 1024², 20 steps (TensorRT, batched) and diffusers SD 1.5 512², 50 steps.
 */
export const imageBenchmarks = ["sdxl-1024-20-steps", "sd15-512-50-steps"] as const;
export type ImageBenchmark = (typeof imageBenchmarks)[number];

/** What the estimator needs to know about one GPU model (a row of gpu-benchmarks.csv). */
export interface GpuCapability {
  model: string;
  vramGb: number;
  memoryBandwidthGbps: number;
  /** dense FP16/BF16 tensor TFLOPS (GeForce: FP32-accumulate figure) */
  tflopsFp16: number | null;
  /** measured single-stream decode, Llama-2-7B Q4_0 / Llama-3-8B Q4_K_M class */
  tokensPerSecond7b: number | null;
  /** measured single-stream decode, Llama-2/3-70B Q4 class, one GPU */
  tokensPerSecond70b: number | null;
  imageGenPerMinute: number | null;
  /** which benchmark `imageGenPerMinute` comes from; without it the figure is not used */
  imageGenBenchmark?: ImageBenchmark | null;
}

/** Price per GPU-hour in USD keyed by `GpuCapability.model`. */
export type PricePerGpuHourUsd = Readonly<Record<string, number>>;

export interface WorkloadInput {
  workloadType: WorkloadType;
  /** a name from the models table ("llama-3-70b", "SDXL", "meta-llama/Llama-2-7b-hf" …) */
  model?: string | null;
  /** model size when the model is not in the table (total parameters, billions) */
  paramsBillions?: number | null;
  precision?: Precision | null;
  /** tokens of context per sequence (prompt + output) */
  contextLength?: number | null;
  /** concurrent sequences served (LLM) or micro-batch per GPU (training) */
  concurrency?: number | null;
  tokensToGenerate?: number | null;
  quantity?: number | null;
  unit?: QuantityUnit | null;
  /** how long the user wants to rent (or the deadline for a batch job) */
  durationHours?: number | null;
  /** tokens per epoch of training data */
  trainingTokens?: number | null;
  epochs?: number | null;
  method?: FineTuneMethod | null;
  /** GPU memory the job needs, when the user knows it (rendering, other) */
  vramGb?: number | null;
}

export type EstimateBasis = "measured" | "estimated";

export const throughputUnits = [
  "tokens/s",
  "images/min",
  "videos/hour",
  "audio hours/hour",
  "training tokens/s",
] as const;
export type ThroughputUnit = (typeof throughputUnits)[number];

export interface Throughput {
  value: number;
  unit: ThroughputUnit;
}

export interface GpuRecommendation {
  model: string;
  /** GPUs of this model to rent together (tensor parallel × data-parallel replicas); 0 if it does not fit */
  gpuCount: number;
  /** false when even the largest allowed group of this GPU cannot hold the job */
  fits: boolean;
  estimatedHours: number | null;
  /** estimatedHours × gpuCount × price; null without a price or a time */
  estimatedCostUsd: number | null;
  /** per group of `gpuCount` GPUs */
  throughput: Throughput | null;
  basis: EstimateBasis;
}

export interface WorkloadEstimate {
  workloadType: WorkloadType;
  /** memory one copy of the job needs, summed over the GPUs holding it */
  requiredVramGb: number;
  /** GPU count of the top recommendation; null when nothing fits */
  gpuCount: number | null;
  /** fitting GPUs first (by cost, or by time without prices), then the ones that do not fit */
  recommendedGpus: GpuRecommendation[];
  estimatedDurationHours: number | null;
  estimatedCostUsd: number | null;
  /** 0..1: lower for estimated throughput and for every assumption the user should confirm */
  confidence: number;
  /** snake_case input fields worth asking the user about */
  clarificationFields: string[];
  assumptions: string[];
}
