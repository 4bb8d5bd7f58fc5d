import Link from "next/link";
import { formatPrice, gpuLabel, marketLabels } from "@/app/_lib/format";
import type { OfferDto } from "@/server/services/offers/dto";

/** Title, provider and the headline prices of an offer. */
export function OfferSummary({ offer }: { offer: OfferDto }) {
  return (
    <header className="offer-summary">
      <p className="muted breadcrumb">
        <Link href="/">Marketplace</Link> / {offer.provider_name}
      </p>
      <h1 data-testid="offer-title">
        {gpuLabel(offer)}
        {offer.gpu_count > 1 ? ` ×${offer.gpu_count}` : ""}{" "}
        <span className="muted offer-provider">on {offer.provider_name}</span>
      </h1>
      <p className="lead">
        {offer.instance_type} · {offer.region}
        {offer.country ? ` (${offer.country})` : ""} · {marketLabels[offer.market] ?? offer.market}
      </p>
      <div className="offer-prices">
        <div>
          <span className="offer-price" data-testid="offer-price">
            {formatPrice(offer.price_per_hour)}
          </span>
          <span className="muted"> per hour</span>
        </div>
        <div>
          <span className="offer-price-secondary">{formatPrice(offer.price_per_gpu_hour)}</span>
          <span className="muted"> per GPU-hour</span>
        </div>
        {offer.spot_price_per_hour !== null && (
          <div>
            <span className="offer-price-secondary">{formatPrice(offer.spot_price_per_hour)}</span>
            <span className="muted"> spot per hour</span>
          </div>
        )}
      </div>
    </header>
  );
}
