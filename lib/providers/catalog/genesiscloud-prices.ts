import type { CatalogRow, PriceTable } from "./catalog-adapter";

/**
 * Genesis Cloud on-demand prices (providers.md §21: api.genesiscloud.com manages instances but no
 * price endpoint was found; recommendation: static table).
 *
 * Source: https://www.genesiscloud.com/pricing, figures "pulled manually from each provider's
 * public pricing page on 2026-05-24" (collected_at 2026-05-24) in tardellirs/gpu-pricing
 * src/data/offerings.json @ 03e805830dab06b12f6a8c5b397c9a995d516a85 (rows
 * genesis-cloud-rtx-3080/3090/4090-on-demand). That copy lists single-GPU consumer instances only
 * (its README: "HGX is 8x bundle", not listed) and no region.
 */

function single(
  gpuName: string,
  vramPerGpuGb: number,
  cpuCores: number,
  ramGb: number,
  price: number,
): CatalogRow {
  return {
    instanceType: `1x ${gpuName}`,
    gpuName,
    gpuCount: 1,
    vramPerGpuGb,
    cpuCores,
    ramGb,
    storageGb: null,
    pricePerHour: price,
    spotPricePerHour: null,
    region: "global",
    country: null,
    interconnect: "PCIe",
  };
}

export const genesiscloudPrices: PriceTable = {
  provider: "genesiscloud",
  currency: "USD",
  observedOn: "2026-05-24",
  sourceUrl: "https://www.genesiscloud.com/pricing",
  citation: "tardellirs/gpu-pricing src/data/offerings.json@03e805830dab06b12f6a8c5b397c9a995d516a85",
  rows: [
    single("RTX 3080", 10, 4, 16, 0.08),
    single("RTX 3090", 24, 4, 24, 0.2),
    single("RTX 4090", 24, 8, 48, 0.55),
  ],
};
