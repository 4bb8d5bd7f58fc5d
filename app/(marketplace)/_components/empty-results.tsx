import { type FilterChip, filterChips } from "@/app/_lib/filter-chips";
import type { OfferFilters } from "@/lib/marketplace/filters";

/** No matches: say so, and offer each active filter as a one-click removal. */
export function EmptyResults({
  filters,
  onFilters,
}: {
  filters: OfferFilters;
  onFilters: (next: OfferFilters) => void;
}) {
  const chips: FilterChip[] = filterChips(filters);
  return (
    <div className="empty-state" data-testid="empty-state">
      <p className="empty-title">No offers match — try removing a filter</p>
      {chips.length > 0 && (
        <ul className="chip-list" aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.id}>
              <button
                type="button"
                className="chip"
                onClick={() => onFilters(chip.without)}
                data-testid="remove-filter-chip"
                aria-label={`Remove filter ${chip.label}`}
              >
                {chip.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
