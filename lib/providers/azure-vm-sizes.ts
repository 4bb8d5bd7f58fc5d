/**
 * Azure GPU VM sizes → accelerator. The retail prices API prices a VM size but does not describe
 * it (providers.md §17), so GPU model, count and memory come from this table.
 *
 * GPU identity per size family: shared/reference/gpu-benchmarks.md §8 (NC A100 v4 → A100 PCIe
 * 80GB, NC H100 v5 → H100 NVL, ND H100 v5 → H100 SXM, ND H200 v5 → H200 SXM, ND A100 v4 → A100 SXM
 * 40GB, NDm A100 v4 → A100 SXM 80GB, NDv2 → V100 SXM2 32GB, NCv3 → V100 PCIe 16GB, NCasT4_v3 → T4,
 * NVads A10 v5 → fractional A10, ND MI300X v5 → MI300X). Counts, vCPUs and memory per size:
 * MicrosoftDocs/azure-docs articles/virtual-machines/sizes/gpu-accelerated/{nca100v4,
 * ncadsh100v5, ndh100v5, ncv3, ncast4v3}-series.md, nva10v5-series.md (GPU partition 1/6 … 2),
 * nda100-v4 / ndm-a100-v4 / ndv2 / nd-mi300x-v5 size tables. ND H200 v5 and ND GB200 v6 counts and
 * vCPUs come from the snapshot rows of providers.md §24 (koen-nebius/price-monitor); H200 141 GB
 * from the §8 alias "H200-SXM-141GB", GB200 186 GB/GPU from §8.
 *
 * NVads A10 v5 sizes are vGPU slices: gpuCount is the fraction of one A10 and vramPerGpuGb stays the
 * full GPU's 24 GB, so gpuCount × vramPerGpuGb is the slice's frame buffer (4 GiB for 1/6).
 * Sizes not listed here (e.g. NC A10 v4, whose partition sizes we could not source) are skipped.
 */

export interface AzureVmSize {
  gpuName: string;
  gpuCount: number;
  vramPerGpuGb: number | null;
  cpuCores: number;
  ramGb: number | null;
}

const a100Pcie = "NVIDIA A100 80GB PCIe";
const h100Nvl = "NVIDIA H100 NVL";
const v100Pcie = "Tesla V100-PCIE-16GB";
const t4 = "Tesla T4";
const a10 = "NVIDIA A10";

export const azureVmSizes: Readonly<Record<string, AzureVmSize>> = {
  Standard_NC24ads_A100_v4: { gpuName: a100Pcie, gpuCount: 1, vramPerGpuGb: 80, cpuCores: 24, ramGb: 220 },
  Standard_NC48ads_A100_v4: { gpuName: a100Pcie, gpuCount: 2, vramPerGpuGb: 80, cpuCores: 48, ramGb: 440 },
  Standard_NC96ads_A100_v4: { gpuName: a100Pcie, gpuCount: 4, vramPerGpuGb: 80, cpuCores: 96, ramGb: 880 },
  Standard_NC40ads_H100_v5: { gpuName: h100Nvl, gpuCount: 1, vramPerGpuGb: 94, cpuCores: 40, ramGb: 320 },
  Standard_NC80adis_H100_v5: { gpuName: h100Nvl, gpuCount: 2, vramPerGpuGb: 94, cpuCores: 80, ramGb: 640 },
  Standard_ND96isr_H100_v5: {
    gpuName: "NVIDIA H100 80GB HBM3",
    gpuCount: 8,
    vramPerGpuGb: 80,
    cpuCores: 96,
    ramGb: 1900,
  },
  Standard_ND96isr_H200_v5: {
    gpuName: "NVIDIA H200",
    gpuCount: 8,
    vramPerGpuGb: 141,
    cpuCores: 96,
    ramGb: null,
  },
  Standard_ND128isr_NDR_GB200_v6: {
    gpuName: "NVIDIA GB200",
    gpuCount: 4,
    vramPerGpuGb: 186,
    cpuCores: 128,
    ramGb: null,
  },
  Standard_ND96asr_v4: {
    gpuName: "NVIDIA A100-SXM4-40GB",
    gpuCount: 8,
    vramPerGpuGb: 40,
    cpuCores: 96,
    ramGb: 900,
  },
  Standard_ND96amsr_A100_v4: {
    gpuName: "NVIDIA A100-SXM4-80GB",
    gpuCount: 8,
    vramPerGpuGb: 80,
    cpuCores: 96,
    ramGb: 1900,
  },
  Standard_ND40rs_v2: {
    gpuName: "Tesla V100-SXM2-32GB",
    gpuCount: 8,
    vramPerGpuGb: 32,
    cpuCores: 40,
    ramGb: 672,
  },
  Standard_ND96isr_MI300X_v5: {
    gpuName: "AMD Instinct MI300X",
    gpuCount: 8,
    vramPerGpuGb: 192,
    cpuCores: 96,
    ramGb: 1850,
  },
  Standard_NC6s_v3: { gpuName: v100Pcie, gpuCount: 1, vramPerGpuGb: 16, cpuCores: 6, ramGb: 112 },
  Standard_NC12s_v3: { gpuName: v100Pcie, gpuCount: 2, vramPerGpuGb: 16, cpuCores: 12, ramGb: 224 },
  Standard_NC24s_v3: { gpuName: v100Pcie, gpuCount: 4, vramPerGpuGb: 16, cpuCores: 24, ramGb: 448 },
  Standard_NC24rs_v3: { gpuName: v100Pcie, gpuCount: 4, vramPerGpuGb: 16, cpuCores: 24, ramGb: 448 },
  Standard_NC4as_T4_v3: { gpuName: t4, gpuCount: 1, vramPerGpuGb: 16, cpuCores: 4, ramGb: 28 },
  Standard_NC8as_T4_v3: { gpuName: t4, gpuCount: 1, vramPerGpuGb: 16, cpuCores: 8, ramGb: 56 },
  Standard_NC16as_T4_v3: { gpuName: t4, gpuCount: 1, vramPerGpuGb: 16, cpuCores: 16, ramGb: 110 },
  Standard_NC64as_T4_v3: { gpuName: t4, gpuCount: 4, vramPerGpuGb: 16, cpuCores: 64, ramGb: 440 },
  Standard_NV6ads_A10_v5: { gpuName: a10, gpuCount: 1 / 6, vramPerGpuGb: 24, cpuCores: 6, ramGb: 55 },
  Standard_NV12ads_A10_v5: { gpuName: a10, gpuCount: 1 / 3, vramPerGpuGb: 24, cpuCores: 12, ramGb: 110 },
  Standard_NV18ads_A10_v5: { gpuName: a10, gpuCount: 1 / 2, vramPerGpuGb: 24, cpuCores: 18, ramGb: 220 },
  Standard_NV36ads_A10_v5: { gpuName: a10, gpuCount: 1, vramPerGpuGb: 24, cpuCores: 36, ramGb: 440 },
  Standard_NV36adms_A10_v5: { gpuName: a10, gpuCount: 1, vramPerGpuGb: 24, cpuCores: 36, ramGb: 880 },
  Standard_NV72ads_A10_v5: { gpuName: a10, gpuCount: 2, vramPerGpuGb: 24, cpuCores: 72, ramGb: 880 },
};
