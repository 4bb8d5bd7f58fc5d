"use client";

import { useRouter } from "next/navigation";
import type { Ref } from "react";
import type { OfferDto } from "@/server/services/offers/dto";
import { offerColumns } from "./offer-columns";

/** One focusable row: Enter (or a click outside its controls) opens the offer page. */
export function OfferTableRow({
  offer,
  index,
  ref,
}: {
  offer: OfferDto;
  index: number;
  ref?: Ref<HTMLTableRowElement>;
}) {
  const router = useRouter();
  const open = () => router.push(`/offers/${offer.id}`);
  return (
    <tr
      ref={ref}
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={0}
      className="offer-row"
      data-testid="offer-row"
      data-offer-id={offer.id}
      onKeyDown={(e) => {
        if (e.key === "Enter" && e.target === e.currentTarget) open();
      }}
      onClick={(e) => {
        const onControl = e.target instanceof Element && e.target.closest("a, button, input, label") !== null;
        if (!onControl) open();
      }}
    >
      {offerColumns.map((c) => (
        <td key={c.id} className={`col-${c.id}${c.numeric ? " num" : ""}`}>
          {c.cell(offer)}
        </td>
      ))}
    </tr>
  );
}
