import type { OfferFilters } from "@/lib/marketplace/filters";
import { availabilityLabels, marketLabels } from "./format";
import { filterKeys } from "./market-url";

/** One active filter value, with the filters that remain when the user removes it. */
export interface FilterChip {
  id: string;
  label: string;
  without: OfferFilters;
}

const labels: Partial<Record<keyof OfferFilters, (value: string) => string>> = {
  gpu_type: (v) => `GPU: ${v}`,
  gpu_count_min: (v) => `≥ ${v} GPUs`,
  gpu_count_max: (v) => `≤ ${v} GPUs`,
  vram_min: (v) => `VRAM ≥ ${v} GB`,
  vram_max: (v) => `VRAM ≤ ${v} GB`,
  total_vram_min: (v) => `Total VRAM ≥ ${v} GB`,
  total_vram_max: (v) => `Total VRAM ≤ ${v} GB`,
  min_price: (v) => `≥ $${v}/h`,
  max_price: (v) => `≤ $${v}/h`,
  min_gpu_price: (v) => `≥ $${v}/GPU-h`,
  max_gpu_price: (v) => `≤ $${v}/GPU-h`,
  provider: (v) => `Provider: ${v}`,
  region: (v) => `Region: ${v}`,
  market: (v) => `Market: ${marketLabels[v] ?? v}`,
  availability: (v) => `Availability: ${availabilityLabels[v] ?? v}`,
  include_stale: (v) => (v === "true" ? "Including stale prices" : "Excluding stale prices"),
  q: (v) => `Search: “${v}”`,
};

function labelOf(key: keyof OfferFilters, value: string): string {
  return labels[key]?.(value) ?? `${key.replace(/_/g, " ")}: ${value}`;
}

/** Every active filter value as a removable chip, in the order of the filter schema. */
export function filterChips(filters: OfferFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const key of filterKeys) {
    const value: unknown = filters[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      const items = value.map(String);
      for (const item of items) {
        const rest = items.filter((v) => v !== item);
        chips.push({
          id: `${key}:${item}`,
          label: labelOf(key, item),
          without: { ...filters, [key]: rest.length > 0 ? rest : undefined },
        });
      }
    } else {
      chips.push({ id: key, label: labelOf(key, String(value)), without: { ...filters, [key]: undefined } });
    }
  }
  return chips;
}
