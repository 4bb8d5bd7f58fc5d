"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { OfferSort, SortField } from "@/lib/marketplace/filters";
import type { OfferDto } from "@/server/services/offers/dto";
import { offerColumns } from "./offer-columns";
import { OfferTableRow } from "./offer-table-row";
import { SortableHeader } from "./sortable-header";

const ROW_HEIGHT_PX = 52;

/**
 * The results table, virtualized: only the rows in (and near) the scroll box are in the DOM,
 * with spacer rows keeping the scroll height, so 100 rows per page stay cheap.
 */
export function OfferTable({
  offers,
  sort,
  onSort,
}: {
  offers: OfferDto[];
  sort: OfferSort;
  onSort: (field: SortField) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: offers.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 12,
    initialRect: { width: 1200, height: 720 },
    getItemKey: (index) => offers[index]?.id ?? index,
  });
  const rows = virtualizer.getVirtualItems();
  const top = rows[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);
  return (
    <div className="table-wrap offer-table-scroll" ref={scroller}>
      <table data-testid="offer-table" aria-rowcount={offers.length + 1} className="offer-table">
        <caption className="visually-hidden">
          GPU offers, sorted by {sort.sort.replace(/_/g, " ")}{" "}
          {sort.order === "asc" ? "ascending" : "descending"}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {offerColumns.map((c) => (
              <SortableHeader key={c.id} column={c} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr className="spacer-row">
              <td colSpan={offerColumns.length} style={{ height: top }} />
            </tr>
          )}
          {rows.map((row) => {
            const offer = offers[row.index];
            return offer ? (
              <OfferTableRow key={row.key} offer={offer} index={row.index} ref={virtualizer.measureElement} />
            ) : null;
          })}
          {bottom > 0 && (
            <tr className="spacer-row">
              <td colSpan={offerColumns.length} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
