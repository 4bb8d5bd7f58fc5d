"use client";

import type { OfferFilters, OfferSort, SortField } from "@/lib/marketplace/filters";
import type { OfferList } from "@/server/services/offers/list";
import { EmptyResults } from "./empty-results";
import { OfferCards } from "./offer-cards";
import { OfferTable } from "./offer-table";
import { ResultsError } from "./results-error";
import { ResultsSkeleton } from "./results-skeleton";
import type { ResultsView } from "./view-toggle";

/** Whichever of skeleton, error, empty, table or cards the current list state calls for. */
export function OfferResults({
  list,
  pending,
  refreshing,
  error,
  onRetry,
  view,
  sort,
  onSort,
  filters,
  onFilters,
  onFirstPage,
}: {
  list: OfferList | undefined;
  pending: boolean;
  refreshing: boolean;
  error: string | null;
  onRetry: () => void;
  view: ResultsView;
  sort: OfferSort;
  onSort: (field: SortField) => void;
  filters: OfferFilters;
  onFilters: (next: OfferFilters) => void;
  onFirstPage: () => void;
}) {
  if (error !== null) return <ResultsError message={error} onRetry={onRetry} />;
  if (pending || !list) return <ResultsSkeleton />;
  if (list.total === 0) return <EmptyResults filters={filters} onFilters={onFilters} />;
  if (list.items.length === 0) {
    return (
      <div className="empty-state" data-testid="page-past-end">
        <p>This page is past the end of the results.</p>
        <button type="button" className="button-secondary" onClick={onFirstPage}>
          Back to page 1
        </button>
      </div>
    );
  }
  return (
    <div className={refreshing ? "results refreshing" : "results"} aria-busy={refreshing}>
      {view === "table" ? (
        <OfferTable offers={list.items} sort={sort} onSort={onSort} />
      ) : (
        <OfferCards offers={list.items} />
      )}
    </div>
  );
}
