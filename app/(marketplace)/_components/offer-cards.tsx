import type { OfferDto } from "@/server/services/offers/dto";
import { OfferCard } from "./offer-card";

export function OfferCards({ offers }: { offers: OfferDto[] }) {
  return (
    <ul className="offer-cards" data-testid="offer-cards">
      {offers.map((o) => (
        <li key={o.id}>
          <OfferCard offer={o} />
        </li>
      ))}
    </ul>
  );
}
