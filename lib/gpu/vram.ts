/**
 * Memory-size matching for GPU identity. Providers report per-GPU memory as marketing GB, usable GB,
 * GiB or MiB (AWS 81559 MiB = 79.6 GiB for an 80 GB H100, reference/gpu-benchmarks.md §8), so a
 * reported size matches a canonical size within ±7 % (DESIGN.md §5). 7 % separates every pair of
 * variants in the table (closest pair: H100 80 vs NVL 94 GB, 17.5 %) while absorbing B200's
 * 192 GB marketing vs 180 GB usable (6.7 %).
 */

export const VRAM_TOLERANCE = 0.07;

/** No GPU has ≥ 1 TiB per device, so such a value in a GB field is MiB (nvidia-smi style). */
const MIB_THRESHOLD = 1024;

/** A provider-reported per-GPU memory in GB, MiB values converted; null for absent or non-positive. */
export function reportedVramGb(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return null;
  return value >= MIB_THRESHOLD ? value / MIB_THRESHOLD : value;
}

/** |reported − canonical| ≤ 7 % of canonical. */
export function vramMatches(reportedGb: number, canonicalGb: number): boolean {
  return Math.abs(reportedGb - canonicalGb) <= VRAM_TOLERANCE * canonicalGb;
}
