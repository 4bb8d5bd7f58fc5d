import { exportHref } from "@/app/_lib/market-url";
import type { OfferFilters } from "@/lib/marketplace/filters";

/** Download every offer matching the current filters (not just this page) as CSV or JSON. */
export function ExportLinks({ filters }: { filters: OfferFilters }) {
  return (
    <div className="export-links">
      <span className="muted">Export</span>
      <a href={exportHref(filters, "csv")} download className="button-secondary" data-testid="export-csv">
        CSV
      </a>
      <a href={exportHref(filters, "json")} download className="button-secondary" data-testid="export-json">
        JSON
      </a>
    </div>
  );
}
