"use client";

import { availabilityLabels, marketLabels } from "@/app/_lib/format";
import type { OfferFilters } from "@/lib/marketplace/filters";
import { availabilityStatuses, markets } from "@/lib/providers/types";
import { ChoiceFilter } from "./choice-filter";
import { GpuFilter } from "./gpu-filter";
import { NumberFilter } from "./number-filter";
import { ProviderFilter } from "./provider-filter";
import { RegionFilter } from "./region-filter";

const marketOptions = markets.map((m) => ({ value: m, label: marketLabels[m] ?? m }));
const availabilityOptions = availabilityStatuses.map((a) => ({
  value: a,
  label: availabilityLabels[a] ?? a,
}));

const orUndefined = <T,>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

/** Every sidebar control; each change hands the whole new filter object up. */
export function FilterForm({
  filters,
  onChange,
}: {
  filters: OfferFilters;
  onChange: (next: OfferFilters) => void;
}) {
  const set = <K extends keyof OfferFilters>(key: K, value: OfferFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <div className="filter-form" data-testid="filter-form">
      <GpuFilter value={filters.gpu_type ?? []} onChange={(v) => set("gpu_type", orUndefined(v))} />
      <div className="field-pair">
        <NumberFilter
          id="filter-gpus-min"
          label="GPUs min"
          step="1"
          value={filters.gpu_count_min}
          onChange={(v) => set("gpu_count_min", v === 0 ? undefined : v)}
        />
        <NumberFilter
          id="filter-gpus-max"
          label="GPUs max"
          step="1"
          value={filters.gpu_count_max}
          onChange={(v) => set("gpu_count_max", v === 0 ? undefined : v)}
        />
      </div>
      <NumberFilter
        id="filter-vram-min"
        label="VRAM per GPU min"
        unit="GB"
        value={filters.vram_min}
        onChange={(v) => set("vram_min", v)}
      />
      <NumberFilter
        id="filter-max-price"
        label="Max price"
        unit="$/h"
        value={filters.max_price}
        onChange={(v) => set("max_price", v)}
      />
      <NumberFilter
        id="filter-max-gpu-price"
        label="Max price per GPU"
        unit="$/GPU-h"
        value={filters.max_gpu_price}
        onChange={(v) => set("max_gpu_price", v)}
      />
      <ProviderFilter value={filters.provider ?? []} onChange={(v) => set("provider", orUndefined(v))} />
      <RegionFilter value={filters.region ?? []} onChange={(v) => set("region", orUndefined(v))} />
      <ChoiceFilter
        legend="Market"
        name="market"
        options={marketOptions}
        value={filters.market ?? []}
        onChange={(v) => set("market", orUndefined(v))}
      />
      <ChoiceFilter
        legend="Availability"
        name="availability"
        options={availabilityOptions}
        value={filters.availability ?? []}
        onChange={(v) => set("availability", orUndefined(v))}
      />
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={filters.include_stale === true}
            onChange={(e) => set("include_stale", e.target.checked ? true : undefined)}
            data-testid="filter-include-stale"
          />{" "}
          Include stale prices
        </label>
      </div>
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange({})}
        data-testid="filter-reset"
      >
        Reset filters
      </button>
    </div>
  );
}
