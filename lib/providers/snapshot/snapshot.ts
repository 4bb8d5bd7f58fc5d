import type { Currency, RawOffer } from "../types";
import { SNAPSHOT_SOURCES, SNAPSHOT_TUPLES, type SnapshotSourceKey } from "./snapshot-rows";

/**
 * The bundled snapshot catalog (DESIGN.md §2: embedded mode starts from it before live adapters
 * run). Rows come from shared/reference/gpu-prices-snapshot.csv (providers.md §24): published
 * prices from skypilot-org/skypilot-catalog CSVs and koen-nebius/price-monitor, one representative
 * region per instance type, in the row's currency (Scaleway rows are EUR).
 */

/**
 * Label date of the snapshot. The rows have no single date: providers.md §24 gives only bounds —
 * skypilot-catalog v8/v9 files late 2025–2026, v6 files ~2024 (some stale), price-monitor rows
 * 2026-05-18..2026-05-21 — because commit dates are not exposed. The label is the latest bound.
 */
export const SNAPSHOT_DATE = "2026-05-21";

/** CSV `cloud` → our provider slug (providers.md fixture names). */
const SLUGS: Readonly<Record<string, string>> = {
  lambda: "lambdalabs",
  ovhcloud: "ovh",
  do: "digitalocean",
  digitalocean: "digitalocean",
  verda: "verda",
  runpod: "runpod",
  hyperstack: "hyperstack",
  jarvislabs: "jarvislabs",
  nebius: "nebius",
  cudo: "cudo",
  fluidstack: "fluidstack",
  oci: "oci",
  paperspace: "paperspace",
  scaleway: "scaleway",
  aws: "aws",
  azure: "azure",
  gcp: "gcp",
};

export function snapshotSlug(cloud: string): string {
  const slug = SLUGS[cloud];
  if (!slug) throw new Error(`snapshot: no provider slug for cloud "${cloud}"`);
  return slug;
}

export interface SnapshotRow {
  cloud: string;
  provider: string;
  instanceType: string;
  acceleratorName: string;
  acceleratorCount: number;
  vcpus: number | null;
  memoryGib: number | null;
  /** on-demand $/h (or €/h) for the whole instance; null for rows recorded as spot-only */
  pricePerHour: number | null;
  spotPricePerHour: number | null;
  region: string;
  currency: Currency;
  source: SnapshotSourceKey;
  notes: string;
  /** "snapshot:<provider>:<instance type>:<region>" — never collides with live external ids */
  externalId: string;
  /** "repo path@commit" the row was read from */
  citation: string;
}

function citationOf(source: SnapshotSourceKey): string {
  const { repo, path, commit } = SNAPSHOT_SOURCES[source];
  return commit ? `${repo} ${path}@${commit}` : `${repo} ${path}`;
}

export const SNAPSHOT_ROWS: readonly SnapshotRow[] = SNAPSHOT_TUPLES.map((tuple) => {
  const [
    cloud,
    instanceType,
    acceleratorName,
    acceleratorCount,
    vcpus,
    memoryGib,
    price,
    spot,
    region,
    currency,
  ] = tuple;
  const [source, notes] = [tuple[10], tuple[11]];
  const provider = snapshotSlug(cloud);
  return {
    cloud,
    provider,
    instanceType,
    acceleratorName,
    acceleratorCount,
    vcpus,
    memoryGib,
    pricePerHour: price,
    spotPricePerHour: spot,
    region,
    currency,
    source,
    notes,
    externalId: `snapshot:${provider}:${instanceType}:${region}`,
    citation: citationOf(source),
  };
});

/**
 * One RawOffer per row: market on_demand with the row's spot price alongside, or — for rows whose
 * on-demand cell is empty (spot-only at snapshot time, Azure spot rows) — market spot at the spot
 * price. GPU name is the CSV's accelerator_name verbatim; the CSV has no per-GPU memory.
 */
export function snapshotOffers(): RawOffer[] {
  return SNAPSHOT_ROWS.map((row) => {
    const spotOnly = row.pricePerHour === null;
    const pricePerHour = row.pricePerHour ?? row.spotPricePerHour;
    if (pricePerHour === null) throw new Error(`snapshot: row ${row.externalId} has no price`);
    return {
      provider: row.provider,
      externalId: row.externalId,
      instanceType: row.instanceType,
      gpuName: row.acceleratorName,
      gpuCount: row.acceleratorCount,
      vramPerGpuGb: null,
      cpuCores: row.vcpus,
      ramGb: row.memoryGib,
      storageGb: null,
      pricePerHour,
      spotPricePerHour: spotOnly ? null : row.spotPricePerHour,
      currency: row.currency,
      region: row.region,
      country: null,
      market: spotOnly ? "spot" : "on_demand",
      availability: "unknown",
      availableCount: null,
      interconnect: null,
      complianceTags: [],
      reliability: null,
      storagePriceGbMonth: null,
      egressPriceGb: null,
      bootTimeS: null,
      source: "snapshot",
    };
  });
}
