import type { OfferSort, SortField } from "@/lib/marketplace/filters";
import type { OfferColumn } from "./offer-columns";

/** A column header; sortable ones are buttons that toggle asc/desc and expose aria-sort. */
export function SortableHeader({
  column,
  sort,
  onSort,
}: {
  column: OfferColumn;
  sort: OfferSort;
  onSort: (field: SortField) => void;
}) {
  const className = `col-${column.id}${column.numeric ? " num" : ""}`;
  const field = column.sort;
  if (!field) {
    return (
      <th scope="col" className={className}>
        {column.id === "compare" ? <span className="visually-hidden">{column.header}</span> : column.header}
      </th>
    );
  }
  const active = sort.sort === field;
  const direction = sort.order === "asc" ? "ascending" : "descending";
  return (
    <th scope="col" className={className} aria-sort={active ? direction : "none"}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(field)}
        data-testid={`sort-${field}`}
      >
        {column.header}
        <span aria-hidden="true" className="sort-indicator">
          {active ? (sort.order === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}
