/**
 * GPU identity contract. Canonical keys are the `gpu_model` values of the benchmark reference
 * table (shared/reference/gpu-benchmarks.csv), e.g. "H100 SXM", "A100 PCIe 40GB", "RTX 6000 Ada".
 */

export const formFactors = ["SXM", "PCIe", "NVL", "OAM", "superchip", "unknown"] as const;
export type FormFactor = (typeof formFactors)[number];

/** Facts about one canonical model; nulls mean "not published / not measured", never guessed. */
export interface GpuModelSpec {
  model: string;
  vendor: "NVIDIA" | "AMD" | "Intel";
  family: string;
  formFactor: FormFactor;
  vramGb: number;
}

/** What a provider told us about the GPU, besides its name. */
export interface GpuHints {
  /** memory per GPU in GB as reported (may be MiB-rounded, marketing or usable size) */
  vramGb?: number | null;
  /** cloud instance type / SKU, e.g. "p4d.24xlarge", "gpu_1x_a100_sxm4", "Standard_NC24ads_A100_v4" */
  instanceType?: string | null;
  /** registry slug; enables that provider's SKU naming rules (provider-skus.ts: Verda, Nebius, OCI, …) */
  provider?: string | null;
}

/**
 * What a cloud identifier (instance type, VM size, shape, flavor, platform, slug) says about its GPU:
 * the exact model; or only the part its naming states (family, plus form factor and/or memory per
 * GPU; the rest is left to the name, the reported memory and the family rules); or a known GPU
 * outside the table. `family` on an unknown match names the table family the provider's GPU string
 * carries although the SKU is a different GPU (OVH t2 flavors are sold as "V100-32GB" but are V100S);
 * the SKU then overrides a name of that family.
 */
export type InstanceMatch =
  | { model: string }
  | { family: string; formFactor: FormFactor | null; memoryGb: number | null }
  | { unknownReason: string; family?: string };

export type GpuResolution =
  | { status: "known"; model: string; raw: string; spec: GpuModelSpec; vramSnapped: boolean }
  /** family known but variant undecidable (e.g. bare "H100 80GB"): candidates listed, none chosen */
  | { status: "ambiguous"; raw: string; family: string; candidates: string[]; reason: string }
  /** a GPU we do not carry in the ontology: kept verbatim, never guessed */
  | { status: "unknown"; raw: string; reason: string };

/**
 * One row of the benchmark reference table (one GPU SKU). Units are in the names; `null` means the
 * cell is empty in the reference (not published or not measured) and must never be imputed silently.
 * tokensPerSecond* are single-stream (batch 1) decode speeds; see benchmarks-data.ts for sources.
 */
export interface GpuBenchmark {
  gpuModel: string;
  vendor: "NVIDIA" | "AMD" | "Intel";
  architecture: string;
  year: number;
  vramGb: number;
  memoryBandwidthGbps: number;
  tflopsFp32: number | null;
  /** dense tensor FP16 (GeForce: FP32-accumulate rate) */
  tflopsFp16: number | null;
  tflopsBf16: number | null;
  /** dense tensor INT8, TOPS */
  tflopsInt8: number | null;
  tdpWatts: number;
  tokensPerSecond7b: number | null;
  tokensPerSecond13b: number | null;
  tokensPerSecond70b: number | null;
  tpsNote: string;
  imageGenPerMinute: number | null;
  imageNote: string | null;
  /** source IDs, keys of benchmarkSources */
  source: readonly string[];
}

/** One batched / max-load LLM throughput measurement (supplementary table). */
export interface GpuBatchedBenchmark {
  gpuModel: string;
  model: string;
  precision: string;
  engine: string;
  gpus: number;
  /** "128/128" style input/output lengths, or an MLPerf scenario / concurrency description */
  islOslOrScenario: string;
  totalOutputTokensPerSecond: number;
  outputTokensPerSecondPerGpu: number;
  source: string;
  note: string | null;
}
