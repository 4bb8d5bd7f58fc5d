/**
 * Cloud instance-family lookup (reference/gpu-benchmarks.md §8 normalizer step 4): instance types,
 * VM sizes and accelerator names whose GPU is fixed by the cloud, so they settle what a bare GPU name
 * leaves open (e.g. "H100 80GB" on p5 = H100 SXM). Sources: the §8 alias table, which cites gpuhunt
 * (X1), RunPod ids (X2), Lambda/SkyPilot (X3); Azure size regexes are the ones quoted there from X1.
 * These ids are unique across clouds and match for any provider; the naming schemes of other
 * providers (Verda, Nebius, OCI, …) are in provider-skus.ts and apply to their own offers only.
 *
 * The looked-up model fixes family and form factor; its memory is only a default — a memory size the
 * provider reports still decides (§8: "always parse memory from the provider's description").
 */

import { lookup } from "./lookup";
import { lookupProviderSku } from "./provider-skus";
import type { InstanceMatch } from "./types";

export type { InstanceMatch } from "./types";

/** AWS EC2 instance family (text before the first ".") → model (§8 rows B200…T4, V100). */
const awsFamilies: Readonly<Record<string, string>> = {
  "p6-b200": "B200",
  p5: "H100 SXM",
  p5e: "H200 SXM",
  p5en: "H200 SXM",
  p4d: "A100 SXM 40GB",
  p4de: "A100 SXM 80GB",
  g6e: "L40S",
  g6: "L4",
  gr6: "L4",
  g5: "A10G",
  g4dn: "T4",
  // g5g = T4G with an Arm host: "same GPU class" (§8 T4 row)
  g5g: "T4",
  p3: "V100 SXM2 16GB",
  p3dn: "V100 SXM2 32GB",
};

/** GCP accelerator type names (exact) → model (§8; GCP `acceleratorTypes` naming). */
const gcpAccelerators: Readonly<Record<string, string>> = {
  "nvidia-b200": "B200",
  "nvidia-h200-141gb": "H200 SXM",
  "nvidia-h100-80gb": "H100 SXM",
  "nvidia-h100-mega-80gb": "H100 SXM",
  "nvidia-a100-80gb": "A100 SXM 80GB",
  "nvidia-tesla-a100": "A100 SXM 40GB",
  "nvidia-l4": "L4",
  "nvidia-tesla-t4": "T4",
  "nvidia-tesla-v100": "V100 SXM2 16GB",
  "nvidia-tesla-p100": "P100 PCIe 16GB",
};

/** GCP machine series (machine type minus its size suffix) → model (§8: A2 High/Ultra, A3, A4, G2). */
const gcpMachineSeries: Readonly<Record<string, string>> = {
  "a2-highgpu": "A100 SXM 40GB",
  "a2-ultragpu": "A100 SXM 80GB",
  "a3-highgpu": "H100 SXM",
  "a3-megagpu": "H100 SXM",
  "a3-ultragpu": "H200 SXM",
  "a4-highgpu": "B200",
  "g2-standard": "L4",
};

/** Azure VM sizes, "Standard_" prefix optional; patterns as in §8 / gpuhunt azure.py (X1). */
const azureSizes: readonly (readonly [RegExp, string])[] = [
  [/^nd\d+isr_h200_v5$/, "H200 SXM"],
  [/^nd\d+isr_h100_v5$/, "H100 SXM"],
  [/^nc\d+adi?s_h100_v5$/, "H100 NVL"],
  [/^nd\d+isr_mi300x_v5$/, "MI300X"],
  [/^nd\d+amsr_a100_v4$/, "A100 SXM 80GB"],
  [/^nd\d+asr_v4$/, "A100 SXM 40GB"],
  [/^nc\d+ads_a100_v4$/, "A100 PCIe 80GB"],
  [/^nc\d+ads_a10_v4$/, "A10"],
  // NVads A10 v5 sizes are fractional vGPU slices (1/6–1 GPU): the adapter sets gpuCount
  [/^nv\d+adm?s_a10_v5$/, "A10"],
  [/^nc\d+as_t4_v3$/, "T4"],
  [/^nd40rs_v2$/, "V100 SXM2 32GB"],
  [/^nc\d+r?s_v3$/, "V100 PCIe 16GB"],
];

/**
 * Lambda instance types `gpu_<n>x_<suffix>` (X3). `a100_sxm4` is 40 GB per Lambda's own API
 * description "1x A100 (40 GB SXM4)"; a reported 80 GB still wins. `rtx6000` is the Quadro RTX 6000.
 * Suffixes not listed here fall through to name parsing (e.g. `h100_sxm5`).
 */
const lambdaSuffixes: Readonly<Record<string, InstanceMatch>> = {
  a100: { model: "A100 SXM 40GB" },
  a100_sxm4: { model: "A100 SXM 40GB" },
  a100_80gb_sxm4: { model: "A100 SXM 80GB" },
  a10: { model: "A10" },
  a6000: { model: "RTX A6000" },
  v100: { model: "V100 SXM2 16GB" },
  // Lambda describes gpu_8x_v100_n like gpu_8x_v100: "8x Tesla V100 (16 GB)", no form factor (the
  // /instance-types description as recorded in public Lambda clients); the V100 rule decides the rest
  v100_n: { family: "V100", formFactor: null, memoryGb: 16 },
  gh200: { model: "GH200" },
  h100_sxm5: { model: "H100 SXM" },
  h100_pcie: { model: "H100 PCIe" },
  rtx6000: { unknownReason: "Lambda gpu_*_rtx6000 is the Quadro RTX 6000 (Turing, 24 GB), not in the table" },
};

const lambdaPattern = /^gpu_\d+x_([a-z0-9_]+)$/;
const gcpMachinePattern = /^([a-z]\d+-[a-z]+)-\d+g?$/;

/**
 * What a cloud identifier pins down (a model, or the family with the form factor / memory it states),
 * a reason it is a known non-table GPU, or null. `provider` (registry slug) enables that provider's
 * SKU naming rules.
 */
export function lookupInstanceFamily(
  identifier: string,
  provider: string | null = null,
): InstanceMatch | null {
  const id = identifier.trim().toLowerCase();
  const providerMatch = provider === null ? null : lookupProviderSku(id, provider);
  if (providerMatch !== null) return providerMatch;
  const gcpAccelerator = lookup(gcpAccelerators, id);
  if (gcpAccelerator !== undefined) return { model: gcpAccelerator };
  const lambda = lambdaPattern.exec(id);
  if (lambda?.[1] !== undefined) return lookup(lambdaSuffixes, lambda[1]) ?? null;
  const dot = id.indexOf(".");
  if (dot > 0) {
    const aws = lookup(awsFamilies, id.slice(0, dot));
    return aws === undefined ? null : { model: aws };
  }
  const gcpSeries = gcpMachinePattern.exec(id);
  if (gcpSeries?.[1] !== undefined) {
    const model = lookup(gcpMachineSeries, gcpSeries[1]);
    if (model !== undefined) return { model };
  }
  const azure = id.startsWith("standard_") ? id.slice("standard_".length) : id;
  for (const [pattern, model] of azureSizes) if (pattern.test(azure)) return { model };
  return null;
}
