import type { CatalogRow, PriceTable } from "./catalog-adapter";

/**
 * Akash Network GPU marketplace floor prices. Akash is a decentralised marketplace: independent
 * hosts bid, and the pricing page lists a "Starting at" $/GPU-hour per model, so rows are market
 * "community" single-GPU offers at that floor.
 *
 * Source: https://akash.network/pricing/gpus/, read 2026-09-20 and transcribed verbatim in
 * api-evangelist/akash plans/plans.yml @ 4301f93c844dd5582b0756ffa1b02541b9ad9787 (26 priced
 * models; "Pro6000mq" and "RTX 3060 Ti" were listed as --/hr and are left out). Per-GPU memory is
 * the figure in the page's model name. No region, CPU or RAM is given.
 */

function floor(gpuName: string, vramPerGpuGb: number, pricePerGpuHour: number): CatalogRow {
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
    market: "community",
  };
}

export const akashPrices: PriceTable = {
  provider: "akash",
  currency: "USD",
  observedOn: "2026-09-20",
  sourceUrl: "https://akash.network/pricing/gpus/",
  citation: "api-evangelist/akash plans/plans.yml@4301f93c844dd5582b0756ffa1b02541b9ad9787",
  rows: [
    floor("B300 288GB SXM6", 288, 6.0),
    floor("B200 180GB HBM3e", 180, 5.0),
    floor("H200 141GB SXM5", 141, 4.45),
    floor("Pro 6000 SE 96GB PCIe", 96, 2.04),
    floor("Pro 6000 WE 96GB PCIe", 96, 1.45),
    floor("H100 80GB SXM5", 80, 2.71),
    floor("A100 80GB SXM4", 80, 1.71),
    floor("RTX 8000 48GB PCIe", 48, 0.21),
    floor("RTX 5090 32GB PCIe", 32, 0.67),
    floor("V100 32GB PCIe", 32, 0.17),
    floor("RTX 4090 24GB PCIe", 24, 0.39),
    floor("RTX 3090 24GB PCIe", 24, 0.16),
    floor("RTX 6000 24GB PCIe", 24, 0.17),
    floor("P40 24GB PCIe", 24, 0.08),
    floor("RTX 3090 Ti 24GB PCIe", 24, 0.25),
    floor("P2000 5GB PCIe", 5, 0.25),
    floor("V100 16GB SXM2", 16, 0.36),
    floor("RTX 4000 Ada 20GB PCIe", 20, 0.41),
    floor("GTX 1050 2GB PCIe", 2, 0.05),
    floor("GTX 1050 Ti 4GB PCIe", 4, 0.03),
    floor("GTX 1070 Ti 8GB PCIe", 8, 0.08),
    floor("RTX 3060 12GB PCIe", 12, 0.14),
    floor("RTX 4080 16GB PCIe", 16, 0.15),
    floor("T4 16GB PCIe", 16, 0.15),
    floor("M4000 8GB PCIe", 8, 0.06),
    floor("P4 8GB PCIe", 8, 0.03),
  ],
};
