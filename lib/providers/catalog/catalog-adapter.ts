import type { Currency, Market, ProviderAdapter, ProviderInfo, RawOffer } from "../types";

/**
 * Static catalog providers: companies with no public price API (providers.md §20–§21). Each one is
 * a dated price table transcribed from the provider's published pricing page, with the stored copy
 * it was read from cited; the adapter fetches nothing and returns the table's offers with
 * availability "unknown" and source "catalog".
 */

export interface CatalogRow {
  instanceType: string;
  /** the GPU as the pricing page names it, verbatim */
  gpuName: string;
  gpuCount: number;
  vramPerGpuGb: number | null;
  cpuCores: number | null;
  ramGb: number | null;
  storageGb: number | null;
  /** whole instance, per hour, in the table's currency; null when the page lists only a spot price */
  pricePerHour: number | null;
  /** interruptible price quoted on the same row */
  spotPricePerHour: number | null;
  region: string;
  country: string | null;
  /** default "on_demand"; "community" for marketplace floor prices */
  market?: Market;
  interconnect?: string | null;
}

export interface PriceTable {
  provider: string;
  currency: Currency;
  /** ISO date the cited copy of the pricing page was read */
  observedOn: string;
  /** the provider's pricing page the figures were published on */
  sourceUrl: string;
  /** the stored copy the figures were transcribed from (repository/path@commit) */
  citation: string;
  rows: readonly CatalogRow[];
}

/** One RawOffer per row; a row with only a spot price becomes a market "spot" offer at that price. */
export function catalogOffers(table: PriceTable): RawOffer[] {
  return table.rows.map((row) => {
    const spotOnly = row.pricePerHour === null;
    const pricePerHour = row.pricePerHour ?? row.spotPricePerHour;
    if (pricePerHour === null) {
      throw new Error(`${table.provider}: catalog row ${row.instanceType} (${row.region}) has no price`);
    }
    const market: Market = spotOnly ? "spot" : (row.market ?? "on_demand");
    return {
      provider: table.provider,
      externalId: `${row.instanceType}:${row.region}${spotOnly ? ":spot" : ""}`,
      instanceType: row.instanceType,
      gpuName: row.gpuName,
      gpuCount: row.gpuCount,
      vramPerGpuGb: row.vramPerGpuGb,
      cpuCores: row.cpuCores,
      ramGb: row.ramGb,
      storageGb: row.storageGb,
      pricePerHour,
      spotPricePerHour: spotOnly ? null : row.spotPricePerHour,
      currency: table.currency,
      region: row.region,
      country: row.country,
      market,
      availability: "unknown",
      availableCount: null,
      interconnect: row.interconnect ?? null,
      complianceTags: [],
      reliability: null,
      storagePriceGbMonth: null,
      egressPriceGb: null,
      bootTimeS: null,
      source: "catalog",
    };
  });
}

/** An adapter over a static table: no requests, and parse ignores responses. */
export function catalogAdapter(
  info: Omit<ProviderInfo, "kind" | "credentialKeys" | "slug">,
  table: PriceTable,
): ProviderAdapter {
  return {
    info: { ...info, slug: table.provider, kind: "catalog", credentialKeys: [] },
    buildRequests: () => [],
    parse: () => ({ offers: catalogOffers(table), skipped: [] }),
  };
}
