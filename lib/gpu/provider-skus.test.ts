import { describe, expect, it } from "vitest";
import { lookupInstanceFamily } from "./instance-families";
import { lookupProviderSku, providersWithSkuRules } from "./provider-skus";
import { canonicalModels, findModel, resolveGpu, resolveGpuDetailed } from "./resolve";

type Row = readonly [
  provider: string,
  instanceType: string,
  name: string,
  vramGb: number | null,
  model: string,
];

/**
 * Provider string + SKU → canonical model, through the whole resolver. Names and SKUs as the snapshot
 * CSV (shared/reference/gpu-prices-snapshot.csv) and lib/providers/fixtures/*.json carry them.
 */
const knownRows: readonly Row[] = [
  // Verda: "<GB>S" = SXM part with that memory
  ["verda", "1H100.80S.32V", "H100", null, "H100 SXM"],
  ["verda", "8H100.80S.176V", "H100", null, "H100 SXM"],
  ["verda", "1A100.40S.22V", "A100", null, "A100 SXM 40GB"],
  ["verda", "8A100.40S.176V", "A100", 40, "A100 SXM 40GB"],
  ["verda", "1H200.141S.44V", "H200", null, "H200 SXM"],
  // Nebius platforms
  ["nebius", "gpu-h100-sxm_1gpu-16vcpu-200gb", "H100", null, "H100 SXM"],
  ["nebius", "gpu-h100-sxm 8gpu-128vcpu-1600gb", "h100-sxm", 80, "H100 SXM"],
  ["nebius", "gpu-h200-sxm_8gpu-128vcpu-1600gb", "H200", null, "H200 SXM"],
  ["nebius", "gpu-b200-sxm-a_8gpu-160vcpu-1792gb", "B200", null, "B200"],
  ["nebius", "gpu-l40s-a 1gpu-8vcpu-32gb", "l40s", 48, "L40S"],
  // DigitalOcean: slugs decide family and memory; names decide the rest
  ["digitalocean", "gpu-mi300x8-1536gb", "amd_mi300x", 192, "MI300X"],
  ["digitalocean", "gpu-l40sx1-48gb", "nvidia_l40s", null, "L40S"],
  ["digitalocean", "gpu-6000adax1-48gb", "nvidia_rtx6000_ada", null, "RTX 6000 Ada"],
  ["digitalocean", "gpu-h200x8-1128gb", "nvidia_h200", null, "H200 SXM"],
  // OCI shapes
  ["oci", "VM.GPU3.1", "V100", null, "V100 SXM2 16GB"],
  ["oci", "BM.GPU3.8", "V100", null, "V100 SXM2 16GB"],
  ["oci", "VM.GPU2.1", "P100", null, "P100 PCIe 16GB"],
  ["oci", "VM.GPU.A10.1", "A10", null, "A10"],
  ["oci", "BM.GPU.A10.4", "A10", null, "A10"],
  ["oci", "BM.GPU.L40S.4", "L40S", null, "L40S"],
  ["oci", "BM.GPU.H200.8", "H200", null, "H200 SXM"],
  ["oci", "BM.GPU.MI300X.8", "MI300X", null, "MI300X"],
  // Scaleway commercial types
  ["scaleway", "H100-1-80G", "H100", null, "H100 PCIe"],
  ["scaleway", "H100-2-80G", "H100", null, "H100 PCIe"],
  ["scaleway", "H100-SXM-8-80G", "H100", null, "H100 SXM"],
  ["scaleway", "L40S-1-48G", "L40S", null, "L40S"],
  ["scaleway", "L4-1-24G", "L4", 24, "L4"],
  ["scaleway", "RENDER-S", "P100", null, "P100 PCIe 16GB"],
  // OVHcloud flavors
  ["ovh", "t1-45", "V100", null, "V100 SXM2 16GB"],
  ["ovh", "t1-le-180", "V100", null, "V100 SXM2 16GB"],
  ["ovh", "t1-45", "Tesla V100", 16, "V100 SXM2 16GB"],
  ["ovh", "l40s-90", "L40S", 48, "L40S"],
  ["ovh", "a10-45", "A10", null, "A10"],
  ["ovh", "l4-90", "L4", null, "L4"],
  // Cudo machine types
  ["cudo", "epyc-genoa-a100-pcie_1x2v4gb", "A100", null, "A100 PCIe 80GB"],
  ["cudo", "epyc-genoa-a100-pcie_8x64v128gb", "A100", null, "A100 PCIe 80GB"],
  ["cudo", "intel-ice-lake-a100-pci_1x2v4gb", "A100", null, "A100 PCIe 80GB"],
  ["cudo", "intel-broadwell-v100_1x2v4gb", "V100", null, "V100 SXM2 16GB"],
  ["cudo", "sapphire-rapids-h100_1x2v4gb", "H100-SXM", null, "H100 SXM"],
  // Lambda (global instance-family table)
  ["lambdalabs", "gpu_8x_v100_n", "V100", null, "V100 SXM2 16GB"],
  // Hyperstack: the `gpu` string states the form factor; NVLink is the bridge between PCIe cards
  ["hyperstack", "n3-H100x1", "H100-80G-PCIe", null, "H100 PCIe"],
  ["hyperstack", "n3-H100-NVLinkx8", "H100-80G-PCIe-NVLink", 80, "H100 PCIe"],
  ["hyperstack", "n3-A100x8-NVLink", "A100-80G-PCIe-NVLink", null, "A100 PCIe 80GB"],
  ["hyperstack", "n3-H100-SXM5x8", "H100-80G-SXM5", null, "H100 SXM"],
  // AWS g5g: T4G = T4 class (§8 T4 row)
  ["aws", "g5g.xlarge", "NVIDIA T4G", 16, "T4"],
  ["aws", "g5g.16xlarge", "T4G", null, "T4"],
];

/** SKUs that leave SXM vs PCIe (or the memory) open: [..., candidates]. */
const ambiguousRows: readonly (readonly [
  provider: string,
  instanceType: string,
  name: string,
  vramGb: number | null,
  candidates: readonly string[],
])[] = [
  ["verda", "1A100.22V", "A100-80GB", null, ["A100 SXM 80GB", "A100 PCIe 80GB"]],
  ["verda", "1V100.6V", "V100", null, ["V100 SXM2 16GB", "V100 SXM2 32GB"]],
  ["digitalocean", "gpu-h100x1-80gb", "H100", null, ["H100 SXM", "H100 PCIe"]],
  ["digitalocean", "gpu-h100x8-640gb", "nvidia_h100", 80, ["H100 SXM", "H100 PCIe"]],
  ["oci", "BM.GPU4.8", "A100", null, ["A100 SXM 40GB", "A100 PCIe 40GB"]],
  ["oci", "BM.GPU.A100-v2.8", "A100-80GB", null, ["A100 SXM 80GB", "A100 PCIe 80GB"]],
  ["oci", "BM.GPU.H100.8", "H100", null, ["H100 SXM", "H100 PCIe"]],
  ["ovh", "h100-380", "H100", null, ["H100 SXM", "H100 PCIe"]],
  ["ovh", "a100-180", "A100-80GB", null, ["A100 SXM 80GB", "A100 PCIe 80GB"]],
  ["runpod", "1x_A100-80GB_SECURE", "A100-80GB", 80, ["A100 SXM 80GB", "A100 PCIe 80GB"]],
  ["jarvislabs", "1x_H100_24V_200G", "H100", null, ["H100 SXM", "H100 PCIe", "H100 NVL"]],
  ["paperspace", "A100-80Gx8", "A100-80GB", null, ["A100 SXM 80GB", "A100 PCIe 80GB"]],
  ["paperspace", "V100", "V100", null, ["V100 SXM2 16GB", "V100 SXM2 32GB"]],
];

/** SKUs of GPUs outside the table: [..., reason fragment]. */
const unknownRows: readonly (readonly [
  provider: string,
  instanceType: string,
  name: string,
  vramGb: number | null,
  reason: string,
])[] = [
  ["ovh", "t2-45", "V100-32GB", null, "V100S"],
  ["ovh", "t2-le-180", "V100-32GB", 32, "V100S"],
  ["ovh", "t2-45", "V100S", 32, "V100S"],
  ["ovh", "rtx5000-28", "", null, "Quadro RTX 5000"],
  ["fluidstack", "H100_NVLINK_80GB::8", "H100-NVLINK", null, "interconnect"],
  ["fluidstack", "H100_NVLINK_80GB::8", "H100_NVLINK_80GB", 80, "interconnect"],
  ["scaleway", "GPU-3070-S", "RTX 3070", null, "not in the GPU ontology"],
  ["verda", "1B300.30V", "B300", null, "B300"],
  ["oci", "BM.GPU.GB200.4", "GB200", 192, "Grace-Blackwell"],
];

describe("provider SKU rules through resolveGpu", () => {
  it.each(knownRows)("%s %s (%s, %s GB) → %s", (provider, instanceType, name, vramGb, model) => {
    expect(resolveGpu(name, { provider, instanceType, vramGb })).toMatchObject({ status: "known", model });
  });

  it.each(ambiguousRows)(
    "%s %s (%s, %s GB) stays ambiguous",
    (provider, instanceType, name, vramGb, candidates) => {
      expect(resolveGpu(name, { provider, instanceType, vramGb })).toMatchObject({
        status: "ambiguous",
        candidates,
      });
    },
  );

  it.each(unknownRows)("%s %s (%s) is unknown: %s", (provider, instanceType, name, vramGb, reason) => {
    const resolution = resolveGpu(name, { provider, instanceType, vramGb });
    expect(resolution.status).toBe("unknown");
    if (resolution.status === "unknown") expect(resolution.reason).toContain(reason);
  });

  it("reports the per-GPU memory a SKU states when the variant stays open", () => {
    expect(
      resolveGpuDetailed("H100", { provider: "digitalocean", instanceType: "gpu-h100x8-640gb" }).vramGb,
    ).toBe(80);
    expect(resolveGpuDetailed("A100", { provider: "oci", instanceType: "BM.GPU4.8" }).vramGb).toBe(40);
    // a reported size still wins over the SKU's
    expect(
      resolveGpu("A100", { provider: "verda", instanceType: "1A100.40S.22V", vramGb: 80 }),
    ).toMatchObject({
      model: "A100 SXM 80GB",
    });
  });

  it("lets the name win over a SKU of another family", () => {
    expect(resolveGpu("L4", { provider: "scaleway", instanceType: "H100-1-80G" })).toMatchObject({
      status: "known",
      model: "L4",
    });
    expect(resolveGpu("A100 SXM4", { provider: "ovh", instanceType: "t2-45", vramGb: 40 })).toMatchObject({
      model: "A100 SXM 40GB",
    });
  });

  it("applies a provider's scheme to that provider's offers only", () => {
    expect(resolveGpu("H100", { provider: "scaleway", instanceType: "H100-1-80G" })).toMatchObject({
      model: "H100 PCIe",
    });
    for (const provider of [null, "vastai", "runpod"]) {
      expect(resolveGpu("H100", { provider, instanceType: "H100-1-80G" }).status).toBe("ambiguous");
      expect(resolveGpu("V100-32GB", { provider, instanceType: "t2-45" })).toMatchObject({
        status: "known",
        model: "V100 SXM2 32GB",
      });
    }
  });
});

describe("lookupProviderSku", () => {
  it.each([
    ["verda", "1h100.80s.32v", { family: "H100", formFactor: "SXM", memoryGb: 80 }],
    ["verda", "1a100.40s.22v", { family: "A100", formFactor: "SXM", memoryGb: 40 }],
    ["nebius", "gpu-h200-sxm", { model: "H200 SXM" }],
    ["digitalocean", "gpu-h100x8-640gb", { family: "H100", formFactor: null, memoryGb: 80 }],
    ["digitalocean", "gpu-mi325x8-2048gb", { family: "MI325X", formFactor: null, memoryGb: 256 }],
    ["oci", "bm.gpu.a100-v2.8", { family: "A100", formFactor: null, memoryGb: 80 }],
    ["oci", "vm.gpu3.4", { family: "V100", formFactor: null, memoryGb: 16 }],
    ["scaleway", "h100-sxm-2-80g", { model: "H100 SXM" }],
    ["ovh", "h100-1520", { family: "H100", formFactor: null, memoryGb: 80 }],
    ["cudo", "epyc-genoa-a100-pcie", { family: "A100", formFactor: "PCIe", memoryGb: 80 }],
  ])("%s %s", (provider, id, expected) => {
    expect(lookupProviderSku(id, provider)).toEqual(expected);
  });

  it.each([
    ["verda", "1a100.22v"],
    ["verda", "8b200.240v"],
    ["verda", "1rtxpro6000.30v"],
    ["verda", "cpu.4v.16g"],
    ["nebius", "cpu-d3_4vcpu-16gb"],
    ["digitalocean", "gpu-b300x8-2304gb-spot"],
    ["digitalocean", "s-2vcpu-4gb"],
    ["oci", "vm.standard.e4.flex"],
    ["oci", "bm.gpu.gb200.4"],
    ["scaleway", "gpu-3070-s"],
    ["scaleway", "h100-1-m"],
    ["ovh", "b2-7"],
    ["cudo", "epyc-milan"],
    ["vastai", "1h100.80s.32v"],
  ])("%s %s states nothing", (provider, id) => {
    expect(lookupProviderSku(id, provider)).toBeNull();
  });

  it("is reached through lookupInstanceFamily only with the provider", () => {
    expect(lookupInstanceFamily("BM.GPU.H100.8", "oci")).toEqual({
      family: "H100",
      formFactor: null,
      memoryGb: 80,
    });
    expect(lookupInstanceFamily("BM.GPU.H100.8")).toBeNull();
    // the clouds' own ids stay global
    expect(lookupInstanceFamily("p5.48xlarge", "oci")).toEqual({ model: "H100 SXM" });
  });

  it("names only families and models of the ontology", () => {
    const families = new Set(canonicalModels.map((spec) => spec.family));
    const ids: readonly (readonly [string, string])[] = [
      ["verda", "1h200.141s.44v"],
      ...["gpu-h100-sxm", "gpu-h200-sxm", "gpu-b200-sxm", "gpu-b200-sxm-a", "gpu-l40s-a"].map(
        (id) => ["nebius", id] as const,
      ),
      ...["h100", "h200", "l40s", "6000ada", "mi300", "mi325"].map(
        (gpu) => ["digitalocean", `gpu-${gpu}x1-80gb`] as const,
      ),
      ...[
        "gpu2",
        "gpu3",
        "gpu4",
        "gpu.a100-v2",
        "gpu.h100",
        "gpu.h200",
        "gpu.a10",
        "gpu.l40s",
        "gpu.mi300x",
        "gpu.b200",
      ].map((shape) => ["oci", `bm.${shape}.8`] as const),
      ...["h100-1-80g", "h100-sxm-2-80g", "l40s-1-48g", "l4-1-24g", "render-s"].map(
        (id) => ["scaleway", id] as const,
      ),
      ...["h100-380", "a100-180", "a10-45", "l40s-90", "l4-90", "t1-45"].map((id) => ["ovh", id] as const),
      ...["x-a100-pcie", "x-a100-pci", "x-v100"].map((id) => ["cudo", id] as const),
    ];
    expect(new Set(ids.map(([provider]) => provider))).toEqual(new Set(providersWithSkuRules));
    for (const [provider, id] of ids) {
      const match = lookupProviderSku(id, provider);
      expect(match, `${provider} ${id}`).not.toBeNull();
      if (match !== null && "model" in match) expect(findModel(match.model), match.model).not.toBeNull();
      if (match !== null && "formFactor" in match)
        expect(families.has(match.family), match.family).toBe(true);
    }
  });
});
