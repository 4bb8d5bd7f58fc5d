import Link from "next/link";
import type { CompareOffer } from "@/app/_hooks/use-compare-offers";
import type { RankedOffer } from "@/app/_lib/compare-ranking";
import { formatPrice, gpuLabel } from "@/app/_lib/format";
import { ContributionBars } from "./contribution-bars";

/** The TOPSIS ranking, best first, with closeness and contribution bars per offer. */
export function RankingList({ ranked, offers }: { ranked: RankedOffer[]; offers: CompareOffer[] }) {
  return (
    <ol className="ranking-list" data-testid="ranking-list" aria-live="polite">
      {ranked.map((r) => {
        const offer = offers[r.index];
        if (!offer) return null;
        return (
          <li key={offer.id} className="ranking-item" data-testid="ranking-item" data-offer-id={offer.id}>
            <div className="ranking-head">
              <span className="ranking-rank">#{r.rank}</span>
              <span className="ranking-letter">{offer.letter}</span>
              <Link href={`/offers/${offer.id}`} className="ranking-name">
                {gpuLabel(offer)}
                {offer.gpu_count > 1 ? ` ×${offer.gpu_count}` : ""}
              </Link>
              <span className="muted">{offer.provider_name}</span>
              <span className="ranking-price">{formatPrice(offer.price_per_gpu_hour)}/GPU-h</span>
              <span className="ranking-score" title="TOPSIS closeness to the ideal offer (0–1)">
                closeness <strong data-testid="ranking-score">{r.score.toFixed(3)}</strong>
              </span>
            </div>
            <ContributionBars ranked={r} />
          </li>
        );
      })}
    </ol>
  );
}
