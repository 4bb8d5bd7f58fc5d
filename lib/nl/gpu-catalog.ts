/**
 * GPU names as users type them, keyed by the compact spelling ("h100", "4090", "a6000",
 * "mi300x"), with the canonical-ish display name the marketplace filters on. Names follow the
 * benchmark reference §8 ("RTX A6000", "RTX 6000 Ada", "MI300X", "Gaudi 2"); the memory size is
 * kept only where it selects a different SKU (A100 40/80 GB, V100 16/32 GB), and the form factor
 * only when the user gave one ("H100 SXM"). The full ontology lives in lib/gpu; this table only
 * has to recognise what people write in a chat box.
 */

export interface GpuFamily {
  /** compact lower-case spelling without separators */
  key: string;
  name: string;
  /** memory sizes that select distinct SKUs */
  memoriesGb?: readonly number[];
  /** a bare number ("4090") that needs context to be read as a GPU */
  numeric?: boolean;
  /** only a GPU when followed by this word ("rtx 6000 ada") */
  requiresSuffix?: string;
  /** form-factor / variant words accepted after the name */
  variants?: readonly string[];
}

const datacenter: GpuFamily[] = [
  { key: "h100", name: "H100", variants: ["SXM", "PCIe", "NVL"] },
  { key: "h200", name: "H200", variants: ["SXM", "NVL"] },
  { key: "h800", name: "H800" },
  { key: "a100", name: "A100", memoriesGb: [40, 80], variants: ["SXM", "PCIe"] },
  { key: "a800", name: "A800" },
  { key: "b200", name: "B200" },
  { key: "b100", name: "B100" },
  { key: "gb200", name: "GB200" },
  { key: "gh200", name: "GH200" },
  { key: "l40s", name: "L40S" },
  { key: "l40", name: "L40" },
  { key: "l4", name: "L4" },
  { key: "a10g", name: "A10G" },
  { key: "a10", name: "A10" },
  { key: "a40", name: "A40" },
  { key: "a30", name: "A30" },
  { key: "a16", name: "A16" },
  { key: "t4", name: "T4" },
  { key: "v100", name: "V100", memoriesGb: [16, 32] },
  { key: "p100", name: "P100" },
  { key: "p40", name: "P40" },
  { key: "k80", name: "K80" },
  { key: "mi300x", name: "MI300X" },
  { key: "mi325x", name: "MI325X" },
  { key: "mi250x", name: "MI250X" },
  { key: "mi250", name: "MI250" },
  { key: "mi210", name: "MI210" },
  { key: "gaudi2", name: "Gaudi 2" },
  { key: "gaudi3", name: "Gaudi 3" },
];

const workstation: GpuFamily[] = [
  { key: "a6000", name: "RTX A6000" },
  { key: "a5000", name: "RTX A5000" },
  { key: "a4500", name: "RTX A4500" },
  { key: "a4000", name: "RTX A4000" },
  { key: "6000", name: "RTX 6000 Ada", numeric: true, requiresSuffix: "ada" },
  { key: "5000", name: "RTX 5000 Ada", numeric: true, requiresSuffix: "ada" },
  { key: "4000", name: "RTX 4000 Ada", numeric: true, requiresSuffix: "ada" },
];

const consumerNumbers = [
  "2080",
  "3060",
  "3070",
  "3080",
  "3090",
  "4060",
  "4070",
  "4080",
  "4090",
  "5070",
  "5080",
  "5090",
];
const consumer: GpuFamily[] = consumerNumbers.map((key) => ({
  key,
  name: `RTX ${key}`,
  numeric: true,
  variants: ["Ti", "SUPER"],
}));

export const gpuFamilies: ReadonlyMap<string, GpuFamily> = new Map(
  [...datacenter, ...workstation, ...consumer].map((family) => [family.key, family]),
);

/** Words that precede a model name and carry nothing ("NVIDIA GeForce RTX 4090"). */
export const vendorWords: ReadonlySet<string> = new Set([
  "nvidia",
  "geforce",
  "tesla",
  "amd",
  "instinct",
  "intel",
  "habana",
  "rtx",
  "gtx",
  "radeon",
]);

/** Variant spellings → canonical variant. */
export const variantWords: Readonly<Record<string, string>> = {
  sxm: "SXM",
  sxm2: "SXM",
  sxm4: "SXM",
  sxm5: "SXM",
  hbm3: "SXM",
  pcie: "PCIe",
  nvl: "NVL",
  ti: "Ti",
  super: "SUPER",
  ada: "Ada",
};

/** Nouns after a GPU name meaning the number counts machines, not GPUs ("5 h100 nodes"). */
export const machineWords: ReadonlySet<string> = new Set([
  "node",
  "nodes",
  "server",
  "servers",
  "machine",
  "machines",
  "instance",
  "instances",
  "box",
  "boxes",
  "pod",
  "pods",
  "rig",
  "rigs",
]);

/** Generic GPU nouns for counts without a model ("8 gpus", "a single 48gb card"). */
export const gpuNouns: ReadonlySet<string> = new Set([
  "gpu",
  "gpus",
  "card",
  "cards",
  "accelerator",
  "accelerators",
]);
