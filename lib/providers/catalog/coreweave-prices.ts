import type { CatalogRow, PriceTable } from "./catalog-adapter";

/**
 * CoreWeave on-demand instance prices (providers.md §20: no public pricing API; the only automated
 * source is a scrape of the pricing web page).
 *
 * Source: https://coreweave.com/pricing as scraped on 2026-10-10 (scrapedAt 2026-10-10T11:47:15Z)
 * by PrashantSedhain/coreweave-pricing-tracker, data/2026-10-10.json @ b936d50a5ecd3644b5eca6a657cd4c7f4f1e8e69.
 * Cross-checked with api-evangelist/coreweave plans/coreweave-plans-pricing.yml (read 2026-09-20,
 * same on-demand figures). Prices are per instance-hour; "Spot Price" is quoted on the same row.
 * The scrape reads the GB200 NVL72 GPU count as "41" — the "4" plus a footnote marker: the
 * api-evangelist copy says "4 GPUs" and $42.00 / 4 equals the page's $10.50 single-GPU price.
 * GB300 NVL72 (no price, "contact sales") is left out. Per CoreWeave's billing docs the GPU price
 * includes the host vCPU, RAM and ephemeral storage.
 */

type Row = Omit<CatalogRow, "region" | "country">;

function row(
  instanceType: string,
  gpuCount: number,
  vramPerGpuGb: number,
  cpuCores: number,
  ramGb: number,
  storageTb: number,
  pricePerHour: number | null,
  spotPricePerHour: number | null,
): Row {
  return {
    instanceType,
    gpuName: instanceType,
    gpuCount,
    vramPerGpuGb,
    cpuCores,
    ramGb,
    storageGb: Math.round(storageTb * 1000),
    pricePerHour,
    spotPricePerHour,
  };
}

const rtxProHigh = "NVIDIA RTX PRO 6000 Blackwell Server Edition (High Memory)";
const rtxProStandard = "NVIDIA RTX PRO 6000 Blackwell Server Edition (Standard Memory)";

const northAmerica: Row[] = [
  row("NVIDIA GB200 NVL72", 4, 186, 144, 960, 30.72, 42, null),
  row("NVIDIA HGX B300", 8, 270, 192, 4096, 61.44, null, 35.84),
  row("NVIDIA HGX B200", 8, 180, 128, 2048, 61.44, 68.8, 34.11),
  row(rtxProHigh, 8, 96, 128, 1024, 7.68, 20, 11.09),
  row(rtxProStandard, 8, 96, 128, 512, 7.68, null, 9.56),
  row("NVIDIA GH200", 1, 96, 72, 480, 7.68, 6.5, null),
  row("NVIDIA HGX H100", 8, 80, 128, 2048, 61.44, 49.24, 19.71),
  row("NVIDIA L40", 8, 48, 128, 1024, 7.68, 10, 6.27),
  row("NVIDIA HGX H200", 8, 141, 128, 2048, 61.44, 50.44, 20.93),
  row("NVIDIA L40S", 8, 48, 128, 1024, 7.68, 18, 7.88),
  row("NVIDIA A100", 8, 80, 128, 2048, 7.68, 21.6, 9.65),
];

const europe: Row[] = [
  row("NVIDIA GB200 NVL72", 4, 186, 144, 960, 30.72, 42, null),
  row("NVIDIA HGX B300", 8, 270, 192, 4096, 61.44, null, 36.7),
  row("NVIDIA HGX B200", 8, 180, 128, 2048, 61.44, 68.8, 34.87),
  row(rtxProHigh, 8, 96, 128, 1024, 7.68, 20, 11.01),
  row(rtxProStandard, 8, 96, 128, 512, 7.68, null, 9.56),
  row("NVIDIA GH200", 1, 96, 72, 480, 7.68, 6.5, null),
  row("NVIDIA HGX H100", 8, 80, 128, 2048, 61.44, 49.24, 19.51),
  row("NVIDIA L40", 8, 48, 128, 1024, 7.68, 10, null),
  row("NVIDIA HGX H200", 8, 141, 128, 2048, 61.44, 50.44, 20.64),
  row("NVIDIA L40S", 8, 48, 128, 1024, 7.68, 18, null),
  row("NVIDIA A100", 8, 80, 128, 2048, 7.68, 21.6, 9.51),
];

export const coreweavePrices: PriceTable = {
  provider: "coreweave",
  currency: "USD",
  observedOn: "2026-10-10",
  sourceUrl: "https://coreweave.com/pricing",
  citation:
    "PrashantSedhain/coreweave-pricing-tracker data/2026-10-10.json@b936d50a5ecd3644b5eca6a657cd4c7f4f1e8e69",
  rows: [
    ...northAmerica.map((r) => ({ ...r, region: "north-america", country: null })),
    ...europe.map((r) => ({ ...r, region: "europe", country: null })),
  ],
};
