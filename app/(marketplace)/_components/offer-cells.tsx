import Link from "next/link";
import {
  availabilityLabels,
  formatAge,
  formatNumber,
  formatPrice,
  gpuLabel,
  marketLabels,
} from "@/app/_lib/format";
import type { OfferDto } from "@/server/services/offers/dto";

/** Cell contents shared by the table rows and the cards, so both views say the same thing. */
export function GpuCell({ offer }: { offer: OfferDto }) {
  return (
    <span className="gpu-cell">
      <span>
        <Link href={`/offers/${offer.id}`} className="gpu-link" data-testid="offer-link" tabIndex={-1}>
          {gpuLabel(offer)}
        </Link>
        {offer.gpu_model === null && (
          <span className="badge badge-warn" title="GPU not in the reference table">
            unmapped
          </span>
        )}
      </span>
      <span className="cell-sub muted">{offer.instance_type}</span>
    </span>
  );
}

export function TokenCost({ offer }: { offer: OfferDto }) {
  const cost = offer.kpis.cost_per_1m_tokens_7b;
  return cost === null ? <span className="muted">no benchmark</span> : formatPrice(cost);
}

export function SourceAge({ offer }: { offer: OfferDto }) {
  const { source, age_s, stale } = offer.provenance;
  return (
    <span className="source-age">
      <span className={`badge badge-${source}`}>{source}</span>{" "}
      <span className="muted">{formatAge(age_s)}</span>
      {stale && <span className="badge badge-warn">stale</span>}
    </span>
  );
}

export function AvailabilityBadge({ status }: { status: string }) {
  return (
    <span className={`availability availability-${status}`}>{availabilityLabels[status] ?? status}</span>
  );
}

export const marketText = (market: string) => marketLabels[market] ?? market;
export const vramText = (offer: OfferDto) =>
  offer.vram_per_gpu_gb === null ? "—" : `${formatNumber(offer.vram_per_gpu_gb)} GB`;
