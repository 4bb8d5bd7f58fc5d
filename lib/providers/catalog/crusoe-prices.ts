import type { CatalogRow, PriceTable } from "./catalog-adapter";

/**
 * Crusoe Cloud on-demand GPU prices (no public price API; providers.md lists none for Crusoe).
 *
 * Source: https://www.crusoe.ai/cloud/pricing, read 2026-09-20 and transcribed verbatim ("every
 * price_text was found verbatim in the fetched page text") in api-evangelist/crusoe
 * plans/crusoe-plans-pricing.yml @ 39cd780e0bc3e5ba67ce1749b07cf1a4c4051643. The page quotes
 * $/GPU-hour, so each row is one GPU at that rate (VMs with more GPUs scale linearly). GB200 and
 * B200 ("Contact sales") and the spot tier (not priced on that copy) are left out. The page gives
 * no region, CPU or RAM per GPU.
 */

function perGpu(gpuName: string, vramPerGpuGb: number, pricePerGpuHour: number): CatalogRow {
  return {
    instanceType: gpuName,
    gpuName,
    gpuCount: 1,
    vramPerGpuGb,
    cpuCores: null,
    ramGb: null,
    storageGb: null,
    pricePerHour: pricePerGpuHour,
    spotPricePerHour: null,
    region: "global",
    country: null,
  };
}

export const crusoePrices: PriceTable = {
  provider: "crusoe",
  currency: "USD",
  observedOn: "2026-09-20",
  sourceUrl: "https://www.crusoe.ai/cloud/pricing",
  citation: "api-evangelist/crusoe plans/crusoe-plans-pricing.yml@39cd780e0bc3e5ba67ce1749b07cf1a4c4051643",
  rows: [
    perGpu("NVIDIA H200 141GB HGX", 141, 4.29),
    perGpu("NVIDIA H100 80GB HGX", 80, 3.9),
    perGpu("NVIDIA A100 80GB SXM", 80, 2.3),
    perGpu("NVIDIA A100 80GB PCIe", 80, 2.0),
    perGpu("NVIDIA L40S 48GB", 48, 1.5),
    perGpu("AMD MI300X 192GB", 192, 3.45),
  ],
};
