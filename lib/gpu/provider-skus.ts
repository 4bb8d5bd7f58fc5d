/**
 * Provider SKU naming rules: instance types, shapes, flavors, platforms and size slugs whose naming
 * scheme states (part of) the GPU. A rule applies only to offers of its provider (`hints.provider`,
 * the registry slug), so one provider's scheme never reads another's ids. Each rule returns what the
 * identifier itself determines, with its source, and nothing more: where a scheme names the family
 * and memory but not SXM vs PCIe, the match has `formFactor: null` and the resolver keeps the offer
 * ambiguous (reference/gpu-benchmarks.md §8 step 5). Identifiers arrive trimmed and lower-cased.
 */
import type { InstanceMatch } from "./types";

type SkuRule = (id: string) => InstanceMatch | null;

function partial(family: string, memoryGb: number | null): InstanceMatch {
  return { family, formFactor: null, memoryGb };
}

/**
 * Verda (ex-DataCrunch) `<count><GPU>.<GB>S.<vCPUs>V`: the `<GB>S` token is the per-GPU memory of
 * the SXM part. providers.md §5 ("1H100.80S.32V", gpu.description "… H100 SXM5 80GB"); dstackai/gpuhunt
 * src/tests/providers/test_datacrunch.py records the API item "1H100.80S.30V" = "1x H100 SXM5 80GB".
 * Types without the token ("1A100.22V", "1V100.6V", "8B200.240V") state neither: no match.
 */
const verdaSxmType = /^\d+([a-z][a-z0-9]*)\.(\d+)s\.\d+v$/;
const verdaFamilies: Readonly<Record<string, string>> = { h100: "H100", h200: "H200", a100: "A100" };

function verda(id: string): InstanceMatch | null {
  const match = verdaSxmType.exec(id);
  const family = match?.[1] === undefined ? undefined : verdaFamilies[match[1]];
  if (family === undefined || match?.[2] === undefined) return null;
  return { family, formFactor: "SXM", memoryGb: Number(match[2]) };
}

/**
 * Nebius platform (the instance type is "<platform>_<preset>" in the snapshot, "<platform> <preset>"
 * from the adapter). providers.md §14 (`metadata.name` "gpu-h100-sxm"); platform names as listed in the
 * snapshot CSV and fixtures/nebius*.json; the trailing "-a" names the host CPU variant.
 */
const nebiusPlatforms: Readonly<Record<string, InstanceMatch>> = {
  "gpu-h100-sxm": { model: "H100 SXM" },
  "gpu-h200-sxm": { model: "H200 SXM" },
  "gpu-b200-sxm": { model: "B200" },
  "gpu-b200-sxm-a": { model: "B200" },
  "gpu-l40s-a": { model: "L40S" },
};

function nebius(id: string): InstanceMatch | null {
  return nebiusPlatforms[id.split(/[_\s]/)[0] ?? ""] ?? null;
}

/**
 * DigitalOcean GPU Droplet size slugs `gpu-<gpu>x<count>-<total GB>gb[-suffix]` ("gpu-h100x8-640gb",
 * "gpu-mi300x1-192gb": the GPU token drops MI300X's "x"). providers.md §8 (`gpu_info.vram` is the
 * droplet total); slugs from the snapshot CSV and fixtures/digitalocean.json. DO documents its H100
 * droplets only as "NVIDIA H100" (docs.digitalocean.com/products/droplets/details/pricing): memory per
 * GPU is stated, SXM vs PCIe is not, so H100 slugs stay ambiguous between the two 80 GB variants.
 */
const doSlug = /^gpu-([a-z0-9]+?)x(\d+)-(\d+)gb(?:-[a-z-]+)?$/;
const doFamilies: Readonly<Record<string, string>> = {
  h100: "H100",
  h200: "H200",
  l40s: "L40S",
  "6000ada": "RTX 6000 Ada",
  mi300: "MI300X",
  mi325: "MI325X",
};

function digitalocean(id: string): InstanceMatch | null {
  const match = doSlug.exec(id);
  const family = match?.[1] === undefined ? undefined : doFamilies[match[1]];
  const count = Number(match?.[2]);
  if (family === undefined || !(count > 0)) return null;
  return partial(family, Number(match?.[3]) / count);
}

/**
 * OCI GPU shapes `<BM|VM>.GPU<generation>.<count>` and `<BM|VM>.GPU.<model>.<count>`. GPU per shape:
 * gpuhunt providers/oci.py `get_gpu_name` (GPU2 = P100, GPU3 = V100, GPU4 = A100) and providers.md §13
 * part numbers ("A100-40G (GPU4)", "A100-80G v2"); memory per GPU: skypilot-org/skypilot-catalog
 * catalogs/v9/oci/vms.csv@a5be5386 GpuInfo (the snapshot's source; 16384 MiB V100 and P100, 40960 A100,
 * 81920 A100-80GB and H100, 144384 H200). The shape does not say SXM vs PCIe, so A100 and H100 shapes
 * pin family and memory only.
 */
const ociShape = /^(?:bm|vm)\.(gpu\d|gpu\.[a-z0-9-]+)\.\d+$/;
const ociShapes: Readonly<Record<string, InstanceMatch>> = {
  gpu2: partial("P100", 16),
  gpu3: partial("V100", 16),
  gpu4: partial("A100", 40),
  "gpu.a100-v2": partial("A100", 80),
  "gpu.h100": partial("H100", 80),
  "gpu.h200": partial("H200", 141),
  "gpu.a10": { model: "A10" },
  "gpu.l40s": { model: "L40S" },
  "gpu.mi300x": { model: "MI300X" },
  "gpu.b200": { model: "B200" },
};

function oci(id: string): InstanceMatch | null {
  const token = ociShape.exec(id)?.[1];
  return token === undefined ? null : (ociShapes[token] ?? null);
}

/**
 * Scaleway commercial types, per scaleway/docs-content pages/gpu/reference-content/
 * choosing-gpu-instance-type.mdx@06dae9d5: H100-1-80G / H100-2-80G = "H100 PCIe5", H100-SXM-<n>-80G =
 * "H100-SXM SXM", L4-<n>-24G = "L4 PCIe4", L40S-<n>-48G = "L40S 48GB PCIe", RENDER-S = "P100 PCIe3" 16 GB.
 */
const scalewayTypes: readonly (readonly [RegExp, InstanceMatch])[] = [
  [/^h100-\d+-80g$/, { model: "H100 PCIe" }],
  [/^h100-sxm-\d+-80g$/, { model: "H100 SXM" }],
  [/^l40s-\d+-48g$/, { model: "L40S" }],
  [/^l4-\d+-24g$/, { model: "L4" }],
  [/^render-s$/, { model: "P100 PCIe 16GB" }],
];

function scaleway(id: string): InstanceMatch | null {
  return scalewayTypes.find(([pattern]) => pattern.test(id))?.[1] ?? null;
}

/**
 * OVHcloud flavors `<prefix>[-le]-<RAM GB>`: providers.md §19 (SpareCores/sc-crawler `_get_gpu_info`:
 * h100-380 = H100, a100-180 = A100-80G, t1-45 = V100, t2-45 = V100S, rtx5000-28), per-GPU memory as in
 * lib/providers/ovh.ts. OVH does not state SXM vs PCIe for h100/a100: family and memory only.
 */
const ovhFlavor = /^([a-z0-9]+?)(?:-le)?-\d+$/;
const ovhPrefixes: Readonly<Record<string, InstanceMatch>> = {
  h100: partial("H100", 80),
  a100: partial("A100", 80),
  a10: { model: "A10" },
  l40s: { model: "L40S" },
  l4: { model: "L4" },
  t1: partial("V100", 16),
  t2: {
    unknownReason: "OVH t2 flavors are V100S 32 GB (1134 GB/s), a separate SKU from V100; not in the table",
    family: "V100",
  },
  rtx5000: { unknownReason: "OVH rtx5000 flavors are the Quadro RTX 5000 (Turing, 16 GB); not in the table" },
};

function ovh(id: string): InstanceMatch | null {
  const prefix = ovhFlavor.exec(id)?.[1];
  return prefix === undefined ? null : (ovhPrefixes[prefix] ?? null);
}

/**
 * Cudo machine types `<cpu platform>-<gpu>` (configuration suffix "_<n>x<v>v<gb>gb" in the snapshot):
 * skypilot sky/provision/cudo/cudo_utils.py maps Cudo's "A100 80GB PCIe" to SkyPilot "A100" (80 GB) and
 * "V100" to 16 GB; the snapshot CSV notes "A100 here = 80GB"; "-pci"/"-pcie" is Cudo's own token.
 */
const cudoGpus: Readonly<Record<string, InstanceMatch>> = {
  "a100-pcie": { family: "A100", formFactor: "PCIe", memoryGb: 80 },
  "a100-pci": { family: "A100", formFactor: "PCIe", memoryGb: 80 },
  v100: partial("V100", 16),
};
const cudoMachine = /-(a100-pcie?|v100)$/;

function cudo(id: string): InstanceMatch | null {
  const gpu = cudoMachine.exec(id.split("_")[0] ?? "")?.[1];
  return gpu === undefined ? null : (cudoGpus[gpu] ?? null);
}

const rulesByProvider: Readonly<Record<string, SkuRule>> = {
  verda,
  nebius,
  digitalocean,
  oci,
  scaleway,
  ovh,
  cudo,
};

/** Providers with SKU naming rules (registry slugs). */
export const providersWithSkuRules: readonly string[] = Object.keys(rulesByProvider);

/** What `provider`'s naming scheme says about the GPU of `id` (trimmed, lower-case), or null. */
export function lookupProviderSku(id: string, provider: string): InstanceMatch | null {
  const rule = rulesByProvider[provider];
  return rule === undefined ? null : rule(id);
}
