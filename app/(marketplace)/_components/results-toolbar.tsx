import { formatNumber } from "@/app/_lib/format";
import { pageSizes } from "@/lib/marketplace/filters";
import { ExportLinks } from "./export-links";
import type { ResultsView } from "./view-toggle";
import { ViewToggle } from "./view-toggle";

/** Total, view toggle, page size and export, above the results. */
export function ResultsToolbar({
  total,
  view,
  onView,
  canChooseView,
  perPage,
  onPerPage,
  exportFilters,
}: {
  total: number | null;
  view: ResultsView;
  onView: (view: ResultsView) => void;
  canChooseView: boolean;
  perPage: number;
  onPerPage: (perPage: number) => void;
  exportFilters: Parameters<typeof ExportLinks>[0]["filters"];
}) {
  return (
    <div className="results-toolbar">
      <p className="result-total" aria-live="polite">
        <strong data-testid="result-total">{total === null ? "…" : formatNumber(total)}</strong> offers
      </p>
      {canChooseView && <ViewToggle view={view} onView={onView} />}
      <label className="page-size">
        Per page{" "}
        <select
          value={perPage}
          onChange={(e) => {
            onPerPage(Number(e.target.value));
          }}
          data-testid="page-size"
        >
          {pageSizes.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <ExportLinks filters={exportFilters} />
    </div>
  );
}
