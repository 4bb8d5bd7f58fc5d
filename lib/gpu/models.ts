/**
 * The canonical GPU ontology: one GpuModelSpec per benchmark row (model key = the row's gpuModel).
 * Family and form factor are derived from the row; the form factors of rows whose name carries no
 * SXM/PCIe/NVL token are stated in `formFactorByModel` with their source.
 */
import { gpuBenchmarks } from "./benchmarks-data";
import { lookup } from "./lookup";
import type { FormFactor, GpuModelSpec } from "./types";

/**
 * Form factor of rows whose name does not say it. Sources (IDs of benchmarkSources):
 * B200/B100 are HGX baseboard SXM modules (S3, S4; MLPerf "B200-SXM-180GB", M1); GH200 is the
 * Grace-Hopper superchip (S1); AMD MI300X/MI325X/MI250X are OAM modules and MI210 a PCIe card (S17);
 * Gaudi 2 HL-225H and Gaudi 3 HL-325L are OAM mezzanine cards (S18, reference §8); L-, A- (except A100)
 * and T-series datacenter parts and all RTX/GeForce rows are PCIe add-in boards (S5, S6, S12–S16).
 * A10G is an AWS-only part without an NVIDIA datasheet (S7), so its form factor is left unknown.
 */
const formFactorByModel: Readonly<Record<string, FormFactor>> = {
  B200: "SXM",
  B100: "SXM",
  GH200: "superchip",
  L40S: "PCIe",
  L40: "PCIe",
  L4: "PCIe",
  A10G: "unknown",
  A10: "PCIe",
  A40: "PCIe",
  A30: "PCIe",
  A16: "PCIe",
  T4: "PCIe",
  "RTX 6000 Ada": "PCIe",
  "RTX A6000": "PCIe",
  "RTX A5000": "PCIe",
  "RTX A4000": "PCIe",
  "RTX 5090": "PCIe",
  "RTX 4090": "PCIe",
  "RTX 4080": "PCIe",
  "RTX 3090": "PCIe",
  "RTX 3080": "PCIe",
  "RTX 2080 Ti": "PCIe",
  MI300X: "OAM",
  MI325X: "OAM",
  MI250X: "OAM",
  MI210: "PCIe",
  "Gaudi 2": "OAM",
  "Gaudi 3": "OAM",
};

/** Words of a model key that name a variant rather than the family: form factors and memory sizes. */
const variantWord = /^(SXM\d?|PCIe|NVL|\d+GB)$/;

function formFactorOf(model: string): FormFactor {
  const words = model.split(" ");
  if (words.some((w) => /^SXM\d?$/.test(w))) return "SXM";
  if (words.includes("PCIe")) return "PCIe";
  if (words.includes("NVL")) return "NVL";
  return lookup(formFactorByModel, model) ?? "unknown";
}

function familyOf(model: string): string {
  return model
    .split(" ")
    .filter((w) => !variantWord.test(w))
    .join(" ");
}

/** Every canonical model, in reference-table order. */
export const canonicalModels: readonly Readonly<GpuModelSpec>[] = gpuBenchmarks.map((row) =>
  Object.freeze({
    model: row.gpuModel,
    vendor: row.vendor,
    family: familyOf(row.gpuModel),
    formFactor: formFactorOf(row.gpuModel),
    vramGb: row.vramGb,
  }),
);

const byLowerKey = new Map(canonicalModels.map((spec) => [spec.model.toLowerCase(), spec]));

/** The canonical spec for a model key (case-insensitive exact match), or null. Never fuzzy. */
export function findModel(key: string): GpuModelSpec | null {
  return byLowerKey.get(key.trim().toLowerCase()) ?? null;
}

/** Variants of a family (e.g. "H100" → H100 SXM, H100 PCIe, H100 NVL), in table order. */
export function variantsOfFamily(family: string): readonly GpuModelSpec[] {
  return canonicalModels.filter((spec) => spec.family === family);
}
