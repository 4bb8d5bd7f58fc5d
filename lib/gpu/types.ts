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
  /** provider slug, used for provider-specific naming rules (e.g. Vast "A100 PCIE") */
  provider?: string | null;
}

export type GpuResolution =
  | { status: "known"; model: string; raw: string; spec: GpuModelSpec; vramSnapped: boolean }
  /** family known but variant undecidable (e.g. bare "H100 80GB"): candidates listed, none chosen */
  | { status: "ambiguous"; raw: string; family: string; candidates: string[]; reason: string }
  /** a GPU we do not carry in the ontology: kept verbatim, never guessed */
  | { status: "unknown"; raw: string; reason: string };
