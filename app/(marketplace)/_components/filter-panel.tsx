"use client";

import { NARROW_SCREEN, useMediaQuery } from "@/app/_hooks/use-media-query";
import type { OfferFilters } from "@/lib/marketplace/filters";
import { FilterForm } from "./filter-form";

/** The filter sidebar; on narrow screens it collapses into a "Filters" disclosure. */
export function FilterPanel({
  filters,
  activeCount,
  onChange,
}: {
  filters: OfferFilters;
  activeCount: number;
  onChange: (next: OfferFilters) => void;
}) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const form = <FilterForm filters={filters} onChange={onChange} />;
  if (narrow) {
    return (
      <details className="filter-disclosure" data-testid="filter-disclosure">
        <summary>Filters{activeCount > 0 ? ` (${activeCount})` : ""}</summary>
        {form}
      </details>
    );
  }
  return (
    <aside className="filter-sidebar" aria-label="Filters" data-testid="filter-sidebar">
      <h2 className="section-title">Filters</h2>
      {form}
    </aside>
  );
}
