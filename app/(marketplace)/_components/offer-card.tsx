import Link from "next/link";
import { CompareCheckbox } from "@/app/_components/compare-checkbox";
import { formatPrice, gpuLabel } from "@/app/_lib/format";
import type { OfferDto } from "@/server/services/offers/dto";
import { AvailabilityBadge, marketText, SourceAge, TokenCost, vramText } from "./offer-cells";

/** One offer as a card (the grid view, and the only view on narrow screens). */
export function OfferCard({ offer }: { offer: OfferDto }) {
  const label = gpuLabel(offer);
  return (
    <article className="offer-card" data-testid="offer-card" data-offer-id={offer.id}>
      <header className="offer-card-head">
        <h3 className="offer-card-title">
          <Link href={`/offers/${offer.id}`} data-testid="offer-link">
            {label}
            {offer.gpu_count > 1 ? ` ×${offer.gpu_count}` : ""}
          </Link>
        </h3>
        <span className="offer-card-price">
          <strong data-testid="cell-price">{formatPrice(offer.price_per_hour)}</strong>/h
        </span>
      </header>
      <p className="muted offer-card-provider">
        <span data-testid="cell-provider">{offer.provider_name}</span> · {offer.region} ·{" "}
        {marketText(offer.market)}
      </p>
      <dl className="offer-card-facts">
        <div>
          <dt>$/GPU-h</dt>
          <dd data-testid="cell-gpu-price">{formatPrice(offer.price_per_gpu_hour)}</dd>
        </div>
        <div>
          <dt>VRAM/GPU</dt>
          <dd>{vramText(offer)}</dd>
        </div>
        <div>
          <dt>$/1M tok 7B</dt>
          <dd>
            <TokenCost offer={offer} />
          </dd>
        </div>
        <div>
          <dt>Availability</dt>
          <dd>
            <AvailabilityBadge status={offer.availability_status} />
          </dd>
        </div>
      </dl>
      <footer className="offer-card-foot">
        <SourceAge offer={offer} />
        <CompareCheckbox id={offer.id} label={`${label} · ${offer.provider}`} />
      </footer>
    </article>
  );
}
