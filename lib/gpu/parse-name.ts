/**
 * Tokenizes a provider GPU string into a compact identity key plus the explicit form-factor and
 * memory tokens it carries (reference/gpu-benchmarks.md §8 normalizer steps 1–2). Pure; regex work
 * here runs once per distinct string because resolve.ts memoizes.
 *
 * "NVIDIA H100 80GB HBM3"        → { key: "h100", formFactor: "SXM", memoryGb: 80 }
 * "Tesla V100-SXM2-16GB"         → { key: "v100", formFactor: "SXM", memoryGb: 16 }
 * "NVIDIA RTX 6000 Ada Generation" → { key: "rtx6000ada", formFactor: null, memoryGb: null }
 * "H100-80G-PCIe"                → { key: "h100", formFactor: "PCIe", memoryGb: 80 }
 * "H100-80G-PCIe-NVLink"         → { key: "h100", formFactor: "PCIe", memoryGb: 80 }
 * "H100-NVLINK"                  → { key: "h100nvlink", formFactor: null, memoryGb: null }
 */
import { formFactorTokens, ignoredWords, interconnectWords } from "./aliases";
import { lookup } from "./lookup";
import type { FormFactor } from "./types";

export interface ParsedGpuName {
  /** lower-case identity tokens concatenated without separators, e.g. "rtx4090", "quadrortx6000" */
  key: string;
  formFactor: FormFactor | null;
  /** first memory token of the name in GB (MiB values converted), or null */
  memoryGb: number | null;
}

const MIB_PER_GIB = 1024;
const memoryToken = /^(\d+(?:\.\d+)?)(gb|gib|g|mib|mb)$/;
const memoryUnit = /^(gb|gib|g|mib|mb)$/;
const countToken = /^(\d+x|x\d+)$/;
/** a family token with a form factor glued on, as in gpuhunt's "H100NVL" / "H200NVL" */
const gluedFormFactor = /^([a-z]+\d+)(nvl|sxm\d?|pcie)$/;

function toGb(value: number, unit: string): number {
  return unit === "mib" || unit === "mb" ? value / MIB_PER_GIB : value;
}

export function parseGpuName(raw: string): ParsedGpuName {
  const text = raw
    .toLowerCase()
    .replace(/pci[\s_-]?e(?:xpress)?(?![a-z])/g, " pcie ")
    .replace(/max[\s_-]?q(?![a-z])/g, " maxq ")
    .replace(/[^a-z0-9.]+/g, " ");
  const words = text.split(" ").filter((w) => w !== "" && w !== ".");
  const kept: string[] = [];
  let formFactor: FormFactor | null = null;
  let memoryGb: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const next = words[i + 1];
    const memory = memoryToken.exec(word);
    if (memory) {
      memoryGb ??= toGb(Number(memory[1]), memory[2] ?? "gb");
      continue;
    }
    if (/^\d+(\.\d+)?$/.test(word) && next !== undefined && memoryUnit.test(next)) {
      memoryGb ??= toGb(Number(word), next);
      i++;
      continue;
    }
    if (countToken.test(word) || ignoredWords.has(word)) continue;
    const ff = lookup(formFactorTokens, word);
    if (ff !== undefined) {
      formFactor ??= ff;
      continue;
    }
    const glued = gluedFormFactor.exec(word);
    if (glued?.[1] !== undefined && glued[2] !== undefined) {
      kept.push(glued[1]);
      formFactor ??= lookup(formFactorTokens, glued[2]) ?? null;
      continue;
    }
    if (!kept.includes(word)) kept.push(word);
  }
  // an interconnect word only says how the GPUs are joined; it matters as a trap key when nothing else
  // states the form factor (see interconnectWords)
  const identity = formFactor === null ? kept : kept.filter((word) => !interconnectWords.has(word));
  return { key: identity.join("").replace(/\./g, ""), formFactor, memoryGb };
}
