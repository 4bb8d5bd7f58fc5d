/**
 * Name-level alias data for GPU resolution, from reference/gpu-benchmarks.md §8 ("Canonical names
 * and provider aliases"; provider naming sources X1–X4 in benchmarkSources). Keys are "compact
 * keys": the provider string lower-cased, with vendor words, form-factor tokens, memory sizes and
 * separators removed (see parse-name.ts). Matching is by exact key only — a name is never mapped to
 * a neighbouring row because it merely starts like one.
 */
import type { FormFactor } from "./types";

/**
 * Vendor and filler words dropped before matching. `quadro` is deliberately absent: "Quadro RTX 6000"
 * (Turing, 24 GB) is a different GPU from "RTX 6000 Ada". Memory-type words carry no identity.
 */
export const ignoredWords: ReadonlySet<string> = new Set([
  "nvidia",
  "tesla",
  "geforce",
  "amd",
  "instinct",
  "intel",
  "habana",
  "gpu",
  "gpus",
  "graphics",
  "generation",
  "accelerator",
  "card",
  "gracehopper",
  "grace",
  "hopper",
  "hbm3e",
  "hbm2e",
  "hbm2",
  "gddr6",
  "gddr6x",
  "gddr7",
  "vram",
]);

/**
 * Explicit form-factor tokens (§8 normalizer step 1). `hbm3` ⇒ SXM because only the SXM H100 carries
 * HBM3 ("NVIDIA H100 80GB HBM3" is the SXM part's nvidia-smi name); HGX/DGX are SXM baseboards.
 */
export const formFactorTokens: Readonly<Record<string, FormFactor>> = {
  sxm: "SXM",
  sxm2: "SXM",
  sxm3: "SXM",
  sxm4: "SXM",
  sxm5: "SXM",
  sxm6: "SXM",
  hbm3: "SXM",
  hgx: "SXM",
  dgx: "SXM",
  pcie: "PCIe",
  nvl: "NVL",
  oam: "OAM",
  superchip: "superchip",
};

/**
 * Interconnect words. They do not name a variant: with an explicit form-factor token they are dropped
 * (Hyperstack "H100-80G-PCIe-NVLink" = PCIe cards joined by NVLink bridges, providers.md §11 `gpu`
 * values); without one they stay in the key, so "H100-NVLINK" (SXM board or bridged PCIe cards) hits
 * its trap below and is never guessed (§8: "confirm the form factor").
 */
export const interconnectWords: ReadonlySet<string> = new Set(["nvlink"]);

/** Aliases whose compact key differs from the family's own compact key (§8 "aliases seen"). */
export const familyAliases: Readonly<Record<string, string>> = {
  // Vast rule `A(\d{4}) → RTX A\1`; "A6000" alone = Ampere RTX A6000 (§8)
  a6000: "RTX A6000",
  a5000: "RTX A5000",
  a4000: "RTX A4000",
  // ROCm device name "AMD Instinct MI250X / MI250" (X4): one per GCD, marketed MI250X
  mi250xmi250: "MI250X",
  // Gaudi board names (§8; MLPerf system file HLS-Gaudi2-PT, S18)
  hl225: "Gaudi 2",
  hl225h: "Gaudi 2",
  hlsgaudi2: "Gaudi 2",
  hl325l: "Gaudi 3",
  // AWS g5g: "NVIDIA T4G" is the T4 (same TU104 part, 16 GB) on an Arm (Graviton2) host; §8 T4 row:
  // "AWS g5g = T4G (Arm host), same GPU class". The host CPU is not part of the GPU identity.
  t4g: "T4",
};

/** Compact keys of real GPUs that look like a table row but are a different SKU (§8 rules column). */
export const trapReasons: Readonly<Record<string, string>> = {
  gb200: "GB200 is the Grace-Blackwell superchip (186 GB per GPU), not B200; not in the table",
  gb300: "GB300 (Grace-Blackwell Ultra) is not in the table",
  b300: "B300 (Blackwell Ultra) is not in the table; not mapped to B200",
  h800: "H800 is the China export variant of H100 (NVLink cut to 400 GB/s); not in the table",
  h20: "H20 is a China export Hopper variant; not in the table",
  a800: "A800 is the China export variant of A100; not in the table",
  a100x: "A100X is the converged accelerator (80 GB + BlueField-2), a separate SKU from A100 PCIe 80GB",
  v100s: "V100S (1134 GB/s, 16.4 TFLOPS) is a separate SKU from V100",
  rtx4090d: "RTX 4090 D is the China variant with fewer SMs; not RTX 4090",
  rtx6000: "RTX 6000 without 'Ada' is the Quadro RTX 6000 (Turing, 24 GB), not RTX 6000 Ada",
  quadrortx6000: "Quadro RTX 6000 (Turing, 24 GB) is not RTX 6000 Ada",
  rtxpro6000: "RTX PRO 6000 Blackwell (96 GB) is not RTX 6000 Ada and is not in the table",
  rtxpro6000blackwell: "RTX PRO 6000 Blackwell (96 GB) is not RTX 6000 Ada and is not in the table",
  rtx5000ada: "RTX 5000 Ada (32 GB) is not RTX A5000 and is not in the table",
  rtx4000ada: "RTX 4000 Ada (20 GB) is not RTX A4000 and is not in the table",
  mi308x: "MI308X is the China variant of MI300X; not in the table",
  mi250: "MI250 (non-X, 362 TFLOPS) is a separate SKU from MI250X",
  h100nvlink: "H100 NVLINK names the interconnect, not the variant (SXM board or NVL card); not guessed",
  hl338: "HL-338 is the Gaudi 3 PCIe card (600 W), stored separately from the OAM Gaudi 3 row",
};

/**
 * Suffixes that change the SKU (§8 normalizer step 3) when they follow a known family key, e.g.
 * "rtx3090" + "ti", "rtx4080" + "super", "rtx4090" + "laptop". The resulting key is not in the table,
 * so it resolves unknown; this list only produces a precise reason.
 */
export const skuSuffixes: readonly string[] = [
  "tisuper",
  "ti",
  "super",
  "d",
  "laptop",
  "maxq",
  "mobile",
  "x",
  "s",
];

/** Words anywhere in a key that mark a mobile part (§8: laptop / Max-Q parts have less memory). */
export const mobileWords: readonly string[] = ["laptop", "maxq", "mobile"];
